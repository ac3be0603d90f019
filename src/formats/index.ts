/** Parses raw input into the transcript that normalizers see, by format. */
import type { CaptionDocument, FormatName } from '../types.js'
import { detectFormat } from './detect.js'
import { parseSrt } from './srt.js'
import { parseText } from './text.js'
import { parseVtt } from './vtt.js'
import { parseWhisper } from './whisper.js'

export interface ParseOptions {
  path?: string
  /** Force a format instead of choosing by extension, then content. */
  format?: FormatName
}

const parsers: Record<FormatName, (raw: string, path?: string) => CaptionDocument> = {
  text: parseText,
  srt: parseSrt,
  vtt: parseVtt,
  whisper: parseWhisper,
}

/** Parses `raw` in the given format, or the one its path or content names. Throws an `InputError` on malformed input. */
export function parseDocument(raw: string, options: ParseOptions = {}): CaptionDocument {
  const format = options.format ?? detectFormat(raw, options.path)
  return parsers[format](raw, options.path)
}

export { detectFormat, formatOfPath, FORMAT_NAMES, parseFormatOption } from './detect.js'
