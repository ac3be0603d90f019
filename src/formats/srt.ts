/**
 * SubRip (`.srt`): blocks of an optional cue number, a timing line `HH:MM:SS,mmm --> HH:MM:SS,mmm`
 * (a period is accepted for the comma; text after the end time, such as `X1:` coordinates, is kept
 * untouched) and lines of cue text, separated by blank lines.
 *
 * The transcript is the cue text with tags (`<i>`, `<font …>`) and ASS override blocks (`{\an8}`)
 * removed and character references decoded; lines of a cue and consecutive cues are joined by "\n".
 * Only the verbatim cue text is mapped back, so numbers, timings, tags, blank lines, CRLF and a BOM
 * come back byte for byte.
 */
import { InputError, type CaptionDocument, type CueRef } from '../types.js'
import { TranscriptBuilder, hasArrow, isBlank, readCueText, splitLines } from './cue-text.js'

const TIMESTAMP = String.raw`(\d{1,3}):(\d{1,2}):(\d{1,2})[,.](\d{1,3})`
const TIMING = new RegExp(String.raw`^[ \t]*(${TIMESTAMP})[ \t]*-->[ \t]*(${TIMESTAMP})(?:[ \t].*)?$`)
/** A cue number; a stray BOM before it is where two SRT files were concatenated. */
const CUE_NUMBER = /^\uFEFF?[ \t]*(\d+)[ \t]*$/
const EXPECTED_TIMING = 'a timing line `HH:MM:SS,mmm --> HH:MM:SS,mmm`'

/** The start and end of an SRT timing line as written, or undefined when the line is not one. */
export function readSrtTiming(line: string): { start: string; end: string } | undefined {
  const match = TIMING.exec(line)
  if (!match) return undefined
  const [, start, , startMinutes, startSeconds, , end, , endMinutes, endSeconds] = match
  for (const part of [startMinutes, startSeconds, endMinutes, endSeconds]) if (Number(part) > 59) return undefined
  return { start: start!, end: end! }
}

export function parseSrt(raw: string, path?: string): CaptionDocument {
  const lines = splitLines(raw, raw.startsWith('\uFEFF') ? 1 : 0)
  const content = (index: number): string => raw.slice(lines[index]!.start, lines[index]!.end)
  const blank = (index: number): boolean => isBlank(raw, lines[index]!)
  const fail = (message: string, index: number): never => {
    throw new InputError(message, { path, line: Math.max(0, Math.min(index, lines.length - 1)) + 1 })
  }
  const builder = new TranscriptBuilder()
  const cues: CueRef[] = []
  let index = 0
  let lineCount = 0
  while (index < lines.length) {
    if (blank(index)) {
      index++
      continue
    }
    let id: string | undefined
    let timing = readSrtTiming(content(index))
    if (!timing) {
      const number = CUE_NUMBER.exec(content(index))
      if (!number) {
        if (content(index).includes('-->')) fail(`broken timing line: expected ${EXPECTED_TIMING}`, index)
        fail(`expected a cue number or ${EXPECTED_TIMING}, found text outside a cue`, index)
      }
      id = number![1]
      index++
      if (index >= lines.length || blank(index) || !content(index).includes('-->')) {
        fail(`cue ${id} has no timing: expected ${EXPECTED_TIMING} after the cue number`, index)
      }
      timing = readSrtTiming(content(index))
      if (!timing) fail(`broken timing line in cue ${id}: expected ${EXPECTED_TIMING}`, index)
    }
    const cue: CueRef = { index: cues.length, start: timing!.start, end: timing!.end }
    if (id !== undefined) cue.id = id
    index++
    while (index < lines.length && !blank(index)) {
      if (hasArrow(raw, lines[index]!) && readSrtTiming(content(index))) fail(`expected a blank line before the timing line of the next cue`, index)
      if (lineCount++ > 0) builder.synthetic('\n')
      builder.pieces(readCueText(raw, lines[index]!, { assOverrides: true }), cue.index)
      index++
    }
    cues.push(cue)
  }
  const document: CaptionDocument = { format: 'srt', raw, text: builder.text, segments: builder.segments, cues }
  if (path !== undefined) document.path = path
  return document
}
