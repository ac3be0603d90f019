/** The one-call API: parse, run the pipeline, return the cleaned text and the records. */
import { parseDocument, type ParseOptions } from '../formats/index.js'
import type { CaptionDocument } from '../types.js'
import { createPipeline, type CleanResult, type PipelineOptions } from './pipeline.js'

export interface CleanOptions extends PipelineOptions, ParseOptions {}

/**
 * Cleans a transcript or caption file given as a string (or an already parsed document).
 * Throws an `InputError` for unusable input and a `TypeError` for bad options.
 */
export async function clean(input: string | CaptionDocument, options: CleanOptions = {}): Promise<CleanResult> {
  const document = typeof input === 'string' ? parseDocument(input, options) : input
  return createPipeline(options).run(document)
}
