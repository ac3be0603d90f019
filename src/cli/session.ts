/** Runs the pipeline over CLI inputs: reads, parses and cleans each, turning failures into located messages. */
import { clean, type CleanOptions } from '../pipeline/clean.js'
import type { CleanResult } from '../pipeline/pipeline.js'
import { InputError } from '../types.js'
import type { Io } from './io.js'
import { ReadError, readInput } from './read.js'

export type Outcome =
  | { path: string; ok: true; raw: string; result: CleanResult }
  | { path: string; ok: false; error: string }

/** Cleans one input; an unreadable or malformed one becomes `{ ok: false }` with a located message. */
export async function cleanPath(path: string, options: CleanOptions, io: Io): Promise<Outcome> {
  try {
    const input = await readInput(path, io)
    const result = await clean(input.raw, { ...options, path: input.path })
    return { path: input.path, ok: true, raw: input.raw, result }
  } catch (error) {
    if (error instanceof InputError || error instanceof ReadError) return { path, ok: false, error: error.message }
    throw error
  }
}
