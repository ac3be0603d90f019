/**
 * WebVTT (`.vtt`), after the W3C WebVTT file structure: a `WEBVTT` signature line and header, then
 * blocks separated by blank lines: cues (optional identifier, timing line
 * `[HH:]MM:SS.mmm --> [HH:]MM:SS.mmm [settings]`, cue text) and `NOTE`, `STYLE` and `REGION` blocks.
 *
 * The transcript is the cue text with tags (`<v Speaker>`, `<c.class>`, `<i>`, `<00:01.000>`)
 * removed and character references (`&amp;`, `&lt;`, `&nbsp;`, numeric) decoded; lines of a cue and
 * consecutive cues are joined by "\n" (by a blank line where a cue line opens another speaker's
 * voice, so that nothing is read across a change of speaker). Only verbatim cue text is mapped back, so the header, ids,
 * timings, settings, NOTE/STYLE/REGION blocks, tags, references, blank lines, CRLF and a BOM come
 * back byte for byte.
 */
import { InputError, type CaptionDocument, type CueRef } from '../types.js'
import { TranscriptBuilder, hasArrow, isBlank, readCueText, splitLines } from './cue-text.js'

const TIMESTAMP = String.raw`(?:\d{2,}:)?[0-5]\d:[0-5]\d\.\d{3}`
const TIMING = new RegExp(String.raw`^(${TIMESTAMP})[ \t]*-->[ \t]*(${TIMESTAMP})(?:[ \t]+(.*))?$`)
const SIGNATURE = /^WEBVTT(?:[ \t].*)?$/
const OTHER_BLOCK = /^(?:NOTE|STYLE|REGION)(?:[ \t].*)?$/
const EXPECTED_TIMING = 'a timing line `HH:MM:SS.mmm --> HH:MM:SS.mmm [settings]`'
/** A voice span opening a cue line: `<v Ana>`, `<v.loud Ana Ruiz>`; the speaker's name. */
const VOICE = /^\s*<v(?:\.[^\s>]*)?[ \t]+([^>]*)>/

/** The start, end and settings of a WebVTT timing line as written, or undefined. */
export function readVttTiming(line: string): { start: string; end: string; settings: string } | undefined {
  const match = TIMING.exec(line.trim())
  if (!match) return undefined
  return { start: match[1]!, end: match[2]!, settings: match[3] ?? '' }
}

export function parseVtt(raw: string, path?: string): CaptionDocument {
  const lines = splitLines(raw, raw.startsWith('\uFEFF') ? 1 : 0)
  const content = (index: number): string => raw.slice(lines[index]!.start, lines[index]!.end)
  const blank = (index: number): boolean => isBlank(raw, lines[index]!)
  const fail = (message: string, index: number): never => {
    throw new InputError(message, { path, line: Math.max(0, Math.min(index, lines.length - 1)) + 1 })
  }
  if (lines.length === 0 || !SIGNATURE.test(content(0))) fail('expected `WEBVTT` on the first line of a WebVTT file', 0)
  // The header runs to the first blank line (or to a line with "-->", which starts a cue).
  let index = 1
  while (index < lines.length && !blank(index) && !content(index).includes('-->')) index++

  const builder = new TranscriptBuilder()
  const cues: CueRef[] = []
  let lineCount = 0
  let lastVoice: string | undefined
  while (index < lines.length) {
    if (blank(index)) {
      index++
      continue
    }
    if (OTHER_BLOCK.test(content(index))) {
      while (index < lines.length && !blank(index)) index++
      continue
    }
    let id: string | undefined
    if (!content(index).includes('-->')) {
      id = content(index)
      index++
      if (index >= lines.length || blank(index) || !content(index).includes('-->')) {
        fail(`cue "${id}" has no timing: expected ${EXPECTED_TIMING} after the cue identifier`, index)
      }
    }
    const timing = readVttTiming(content(index))
    if (!timing) fail(`broken timing line: expected ${EXPECTED_TIMING}`, index)
    const cue: CueRef = { index: cues.length, start: timing!.start, end: timing!.end }
    if (id !== undefined) cue.id = id
    index++
    // A line with "-->" ends the cue text and starts the next cue, as in the WebVTT parser.
    while (index < lines.length && !blank(index) && !hasArrow(raw, lines[index]!)) {
      // A line that opens another speaker's voice ("<v Ana>") starts a new paragraph of the transcript,
      // so that no frame, repeat or name is read across a change of speaker; the join is synthetic.
      const voice = VOICE.exec(content(index))?.[1]?.trim()
      const newSpeaker = voice !== undefined && lastVoice !== undefined && voice !== lastVoice
      if (voice !== undefined) lastVoice = voice
      if (lineCount++ > 0) builder.synthetic(newSpeaker ? '\n\n' : '\n')
      builder.pieces(readCueText(raw, lines[index]!), cue.index)
      index++
    }
    cues.push(cue)
  }
  const document: CaptionDocument = { format: 'vtt', raw, text: builder.text, segments: builder.segments, cues }
  if (path !== undefined) document.path = path
  return document
}
