/**
 * Runs the pipeline over single CLI inputs (`diff`, `eval`): reads, parses and cleans each, turning
 * failures into located messages. The pipeline is built once per distinct options, not per file.
 */
import { parseDocument } from '../formats/index.js'
import type { CleanOptions } from '../pipeline/clean.js'
import { createPipeline, type CleanResult, type Pipeline } from '../pipeline/pipeline.js'
import { InputError } from '../types.js'
import type { Io } from './io.js'
import { ReadError, readInput } from './read.js'

export type Outcome =
  | { path: string; ok: true; raw: string; result: CleanResult }
  | { path: string; ok: false; error: string }

const pipelines = new Map<string, { options: CleanOptions; pipeline: Pipeline }>()

function pipelineOf(options: CleanOptions): Pipeline {
  const { path: _path, format: _format, ...rest } = options
  // Options carry glossaries and plugins as objects: keyed by identity of those, by value for the rest.
  for (const entry of pipelines.values()) if (sameOptions(entry.options, rest)) return entry.pipeline
  const pipeline = createPipeline(rest)
  pipelines.set(String(pipelines.size), { options: rest, pipeline })
  return pipeline
}

function sameOptions(a: CleanOptions, b: CleanOptions): boolean {
  return (
    a.minConfidence === b.minConfidence &&
    a.defaultGlossaries === b.defaultGlossaries &&
    JSON.stringify(a.normalizers ?? {}) === JSON.stringify(b.normalizers ?? {}) &&
    sameList(a.glossaries, b.glossaries) &&
    sameList(a.plugins, b.plugins)
  )
}

function sameList(a: readonly unknown[] | undefined, b: readonly unknown[] | undefined): boolean {
  const x = a ?? []
  const y = b ?? []
  return x.length === y.length && x.every((item, index) => item === y[index])
}

/** Cleans one input; an unreadable or malformed one becomes `{ ok: false }` with a located message. */
export async function cleanPath(path: string, options: CleanOptions, io: Io): Promise<Outcome> {
  try {
    const input = await readInput(path, io)
    const document = parseDocument(input.raw, { path: input.path, ...(options.format ? { format: options.format } : {}) })
    const result = pipelineOf(options).run(document)
    return { path: input.path, ok: true, raw: input.raw, result }
  } catch (error) {
    if (error instanceof InputError || error instanceof ReadError) return { path, ok: false, error: error.message }
    throw error
  }
}
