/** The one-call API: parse, run the pipeline, return the cleaned text and the records. */
import { parseDocument, type ParseOptions } from '../formats/index.js'
import type { CaptionDocument } from '../types.js'
import { createPipeline, type CleanResult, type Pipeline, type PipelineOptions } from './pipeline.js'

export interface CleanOptions extends PipelineOptions, ParseOptions {}

/**
 * Cleans a transcript or caption file given as a string (or an already parsed document).
 * Throws an `InputError` for unusable input and a `TypeError` for bad options.
 *
 * Building a pipeline (glossary index, normalizer tables) costs far more than running it on a short
 * text, so pipelines made from plain options (no glossaries or plugins of your own, normalizers only
 * switched on or off) are kept and reused by later calls with the same options.
 */
export async function clean(input: string | CaptionDocument, options: CleanOptions = {}): Promise<CleanResult> {
  const document = typeof input === 'string' ? parseDocument(input, options) : input
  return pipelineFor(options).run(document)
}

/** Pipelines kept for reuse, by {@link reuseKey}; the oldest goes when more are kept. */
const kept = new Map<string, Pipeline>()
const KEPT_LIMIT = 8

function pipelineFor(options: PipelineOptions): Pipeline {
  const key = reuseKey(options)
  if (key === undefined) return createPipeline(options)
  let pipeline = kept.get(key)
  if (!pipeline) {
    pipeline = createPipeline(options)
    if (kept.size >= KEPT_LIMIT) kept.delete(kept.keys().next().value as string)
    kept.set(key, pipeline)
  }
  return pipeline
}

/**
 * What a pipeline is built from, as a string, when that is all of it: the normalizer switches, the
 * minimum confidence and whether the shipped glossaries are in. Undefined (build a fresh pipeline)
 * when the options carry anything a string cannot stand for: glossaries or plugins of the caller's
 * own (objects that may change between calls) or normalizer options.
 */
function reuseKey(options: PipelineOptions): string | undefined {
  if (options.glossaries !== undefined && options.glossaries.length > 0) return undefined
  if (options.plugins !== undefined && options.plugins.length > 0) return undefined
  const switches: Array<[string, boolean]> = []
  for (const [id, setting] of Object.entries(options.normalizers ?? {})) {
    if (typeof setting !== 'boolean') return undefined
    switches.push([id, setting])
  }
  switches.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
  const { minConfidence, defaultGlossaries } = options
  // Anything else is left to createPipeline, which says what is wrong with it.
  if (minConfidence !== undefined && !(typeof minConfidence === 'number' && minConfidence >= 0 && minConfidence <= 1)) return undefined
  if (defaultGlossaries !== undefined && typeof defaultGlossaries !== 'boolean') return undefined
  return JSON.stringify([switches, minConfidence ?? null, defaultGlossaries ?? null])
}
