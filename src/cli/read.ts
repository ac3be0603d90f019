/** Reading inputs for the CLI: bytes from a file or stdin, decoded strictly as UTF-8. */
import { readFile } from 'node:fs/promises'
import { resolve } from 'node:path'
import { decodeInput } from '../formats/decode.js'
import { DecisionsError, parseDecisions, type DecisionsFile } from '../review/decisions.js'
import { UsageError, type Io } from './io.js'

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

/** A decisions file exported from the review page; an unreadable or invalid one is a usage error naming it. */
export async function readDecisionsFile(path: string, io: Io): Promise<DecisionsFile> {
  let parsed: unknown
  try {
    parsed = JSON.parse(await readFile(resolve(io.cwd, path), 'utf8'))
  } catch (error) {
    throw new UsageError(`${path}: cannot read decisions (${(error as Error).message})`)
  }
  try {
    return parseDecisions(parsed, path)
  } catch (error) {
    if (error instanceof DecisionsError) throw new UsageError(error.message)
    throw error
  }
}
