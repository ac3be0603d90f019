/**
 * Plain-text transcripts: the transcript is the file itself, less a leading BOM. Each line is its own
 * segment, so line breaks are never written: a correction across a line break ("ransom" at the end of
 * one line, "wear" at the start of the next) puts its words where it starts and removes the rest from
 * the next line, and the file keeps its lines. Lines, paragraph breaks, U+00A0, U+2011, "‑‑" drop-out
 * markers, `>> SPEAKER:` chevrons and CRLF are all kept, since the applier only rewrites the spans of
 * corrections.
 */
import type { CaptionDocument, Segment } from '../types.js'

const BOM = '\uFEFF'

export function parseText(raw: string, path?: string): CaptionDocument {
  const offset = raw.startsWith(BOM) ? 1 : 0
  const text = raw.slice(offset)
  const segments: Segment[] = []
  let start = 0
  for (const match of text.matchAll(/\r\n|\r|\n/g)) {
    if (match.index > start) segments.push({ textStart: start, textEnd: match.index, rawStart: start + offset })
    start = match.index + match[0].length
  }
  if (text.length > start) segments.push({ textStart: start, textEnd: text.length, rawStart: start + offset })
  const document: CaptionDocument = { format: 'text', raw, text, segments }
  if (path !== undefined) document.path = path
  return document
}
