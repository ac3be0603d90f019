/** Parses raw input into the transcript that normalizers see, by format. */
import type { CaptionDocument, FormatName } from '../types.js'
import { parseText } from './text.js'

export interface ParseOptions {
  path?: string
  /** Force a format instead of choosing by extension or content. */
  format?: FormatName
}

export function parseDocument(raw: string, options: ParseOptions = {}): CaptionDocument {
  return parseText(raw, options.path)
}
