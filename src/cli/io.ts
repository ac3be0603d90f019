/** The CLI's contact with the outside world, passed in so commands can be tested without a process. */
export interface Output {
  write(chunk: string): unknown
  isTTY?: boolean
}

export interface Io {
  stdout: Output
  stderr: Output
  /** Reads all of standard input. */
  readStdin(): Promise<Uint8Array>
  cwd: string
  env: Record<string, string | undefined>
}

export function processIo(): Io {
  return {
    stdout: process.stdout,
    stderr: process.stderr,
    async readStdin() {
      const chunks: Buffer[] = []
      for await (const chunk of process.stdin) chunks.push(chunk as Buffer)
      return Buffer.concat(chunks)
    },
    cwd: process.cwd(),
    env: process.env,
  }
}

/** A usage error: exit code 2 with the message. */
export class UsageError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'UsageError'
  }
}
