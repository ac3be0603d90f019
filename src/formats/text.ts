/**
 * Plain-text transcripts: the transcript is the file itself, less a leading BOM. Lines, paragraph
 * breaks, U+00A0, U+2011, "‑‑" drop-out markers, `>> SPEAKER:` chevrons and CRLF are all kept, since
 * the applier only ever rewrites the spans of corrections.
 */
import type { CaptionDocument } from '../types.js'

const BOM = '\uFEFF'

export function parseText(raw: string, path?: string): CaptionDocument {
  const offset = raw.startsWith(BOM) ? 1 : 0
  const text = raw.slice(offset)
  const document: CaptionDocument = {
    format: 'text',
    raw,
    text,
    segments: [{ textStart: 0, textEnd: text.length, rawStart: offset }],
  }
  if (path !== undefined) document.path = path
  return document
}
