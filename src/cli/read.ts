/** Reading inputs for the CLI: bytes from a file or stdin, decoded strictly as UTF-8. */
import { readFile } from 'node:fs/promises'
import { decodeInput } from '../formats/decode.js'
import type { Io } from './io.js'

export interface Input {
  /** The name used in messages (`-` reads stdin and is called `<stdin>`). */
  path: string
  raw: string
}

export async function readInput(path: string, io: Io): Promise<Input> {
  if (path === '-') return { path: '<stdin>', raw: decodeInput(await io.readStdin(), '<stdin>') }
  let bytes: Uint8Array
  try {
    bytes = await readFile(resolvePath(path, io))
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code
    const why = code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'is a directory' : code === 'EACCES' ? 'permission denied' : (error as Error).message
    throw new ReadError(`${path}: cannot read: ${why}`)
  }
  return { path, raw: decodeInput(bytes, path) }
}

export class ReadError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'ReadError'
  }
}

function resolvePath(path: string, io: Io): string {
  return path.startsWith('/') ? path : `${io.cwd}/${path}`
}
