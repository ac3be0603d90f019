/**
 * The one applier: writes chosen corrections back into the raw input. A correction over transcript
 * range [start, end) is split across the verbatim segments it touches: the replacement goes where the
 * span starts, the covered text of later segments is removed (with the spaces that followed it at the
 * start of a line), and text between segments (line breaks, cue joins, tags, timings) is never
 * written. So `applyCorrections(raw, corrections)` reproduces the cleaned text
 * from the records alone.
 */
import type { CaptionDocument, Correction, RawEdit, Segment } from '../types.js'

/** The raw edits that write `replacement` over transcript range [start, end). */
export function rawEditsFor(segments: readonly Segment[], start: number, end: number, replacement: string, text?: string): RawEdit[] {
  const touched = segmentsTouching(segments, start, end)
  if (touched.length > 1 && text !== undefined) {
    const inPlace = inPlaceEdits(touched, start, end, replacement, text)
    if (inPlace) return inPlace
  }
  const edits: RawEdit[] = []
  for (const segment of touched) {
    const from = Math.max(start, segment.textStart)
    let to = Math.min(end, segment.textEnd)
    // Words moved off the start of a later line take the spaces after them along (not after a tag
    // or cue join inside one line: there the space before them is covered already).
    const lineStart = segment.textStart === 0 || text?.[segment.textStart - 1] === '\n' || text?.[segment.textStart - 1] === '\r'
    if (edits.length > 0 && from === segment.textStart && lineStart && text !== undefined) {
      while (to < segment.textEnd && (text[to] === ' ' || text[to] === '\t')) to++
    }
    const rawFrom = segment.rawStart + (from - segment.textStart)
    const rawTo = segment.rawStart + (to - segment.textStart)
    edits.push({ range: [rawFrom, rawTo], text: edits.length === 0 ? replacement : '' })
  }
  return edits
}

/**
 * A replacement that changes letters only in place ("UN\ncharter" → "UN\nCharter": the same length,
 * the same text between segments) is written segment by segment, so each word stays in its own
 * line and cue. Undefined when the replacement changes what lies between segments.
 */
function inPlaceEdits(touched: readonly Segment[], start: number, end: number, replacement: string, text: string): RawEdit[] | undefined {
  if (replacement.length !== end - start) return undefined
  const edits: RawEdit[] = []
  let cursor = start
  for (const segment of touched) {
    const from = Math.max(start, segment.textStart)
    const to = Math.min(end, segment.textEnd)
    if (replacement.slice(cursor - start, from - start) !== text.slice(cursor, from)) return undefined
    const piece = replacement.slice(from - start, to - start)
    if (piece !== text.slice(from, to)) {
      const rawFrom = segment.rawStart + (from - segment.textStart)
      edits.push({ range: [rawFrom, rawFrom + (to - from)], text: piece })
    }
    cursor = to
  }
  if (replacement.slice(cursor - start) !== text.slice(cursor, end)) return undefined
  return edits.length > 0 ? edits : undefined
}

/** Maps a transcript offset to the raw input (an offset between segments maps to the next segment's start). */
export function toRawOffset(segments: readonly Segment[], offset: number): number {
  let low = 0
  let high = segments.length - 1
  while (low <= high) {
    const middle = (low + high) >> 1
    const segment = segments[middle]!
    if (offset < segment.textStart) high = middle - 1
    else if (offset > segment.textEnd) low = middle + 1
    else return segment.rawStart + (offset - segment.textStart)
  }
  const next = segments[low]
  if (next) return next.rawStart
  const last = segments.at(-1)
  return last ? last.rawStart + (last.textEnd - last.textStart) : offset
}

function segmentsTouching(segments: readonly Segment[], start: number, end: number): Segment[] {
  const touched: Segment[] = []
  for (const segment of segments) {
    if (segment.textEnd < start) continue
    if (segment.textStart > end) break
    // A zero-width overlap only counts for an insertion inside the segment.
    const overlaps = start === end ? segment.textStart <= start && start <= segment.textEnd : segment.textStart < end && start < segment.textEnd
    if (overlaps) touched.push(segment)
    if (start === end && overlaps) break
  }
  return touched
}

/** The raw edits of one correction (its `parts` where it crosses segments, else its range). */
export function editsOf(correction: Correction): RawEdit[] {
  const replacement = correction.expected[0]
  if (replacement === undefined) return []
  return correction.parts ?? [{ range: correction.range, text: replacement }]
}

/**
 * Applies the corrections marked `applied` to the raw input. Throws a RangeError on overlapping
 * edits: the resolver guarantees there are none.
 */
export function applyCorrections(raw: string, corrections: readonly Correction[]): string {
  const edits = corrections.filter((c) => c.applied).flatMap(editsOf)
  return applyRawEdits(raw, edits)
}

export function applyRawEdits(raw: string, edits: readonly RawEdit[]): string {
  const sorted = [...edits].sort((a, b) => a.range[0] - b.range[0] || a.range[1] - b.range[1])
  let out = ''
  let cursor = 0
  for (const edit of sorted) {
    const [start, end] = edit.range
    if (start < cursor || end > raw.length || start > end) {
      throw new RangeError(`edit [${start}, ${end}) overlaps another or leaves the input (length ${raw.length})`)
    }
    out += raw.slice(cursor, start) + edit.text
    cursor = end
  }
  return out + raw.slice(cursor)
}

/** The cleaned raw text of a document. */
export function applyToDocument(document: CaptionDocument, corrections: readonly Correction[]): string {
  return applyCorrections(document.raw, corrections)
}
