/**
 * What the caption parsers share: splitting raw input into lines with their offsets, reading the
 * words out of one line of cue text (tags dropped, entities decoded), and building the transcript
 * with its verbatim segments.
 *
 * Only verbatim runs of cue text become segments. Tags, decoded entities and the newlines that join
 * lines and cues are synthetic: normalizers see them (entities) or their effect (joins), but the
 * applier never writes them, so they survive byte for byte.
 */
import type { CaptionDocument, RawEdit, Segment } from '../types.js'

/** One line of the raw input: `[start, end)` is its content, `next` where the following line starts. */
export interface RawLine {
  start: number
  end: number
  next: number
}

/** Splits raw input into lines (CRLF, LF or CR), starting at `from` (after a BOM). */
export function splitLines(raw: string, from = 0): RawLine[] {
  const lines: RawLine[] = []
  let start = from
  for (let index = from; index < raw.length; index++) {
    const code = raw.charCodeAt(index)
    if (code === 10 || code === 13) {
      const next = code === 13 && raw.charCodeAt(index + 1) === 10 ? index + 2 : index + 1
      lines.push({ start, end: index, next })
      start = next
      index = next - 1
    }
  }
  if (start < raw.length) lines.push({ start, end: raw.length, next: raw.length })
  return lines
}

/** Whether a line holds nothing but spaces and tabs. */
export function isBlank(raw: string, line: RawLine): boolean {
  for (let index = line.start; index < line.end; index++) {
    const code = raw.charCodeAt(index)
    if (code !== 32 && code !== 9) return false
  }
  return true
}

/** Whether a line contains `-->` (a timing line, or a line WebVTT refuses in cue text). */
export function hasArrow(raw: string, line: RawLine): boolean {
  const at = raw.indexOf('-->', line.start)
  return at >= 0 && at + 3 <= line.end
}

/** A piece of a cue-text line: verbatim text (at `rawStart` of the raw input) or a decoded entity. */
export interface CueTextPiece {
  text: string
  rawStart: number
  verbatim: boolean
}

/** Character references that WebVTT defines, and the few more that caption tools write. */
const NAMED_ENTITIES: ReadonlyMap<string, string> = new Map([
  ['amp', '&'],
  ['apos', "'"],
  ['gt', '>'],
  ['lrm', '\u200E'],
  ['lt', '<'],
  ['nbsp', '\u00A0'],
  ['quot', '"'],
  ['rlm', '\u200F'],
])

const ENTITY = /^&(?:#(\d{1,7})|#[xX]([\dA-Fa-f]{1,6})|([A-Za-z]{2,8}));/
/** `<i>`, `</b>`, `<v Speaker>`, `<c.yellow>`, `<00:01.000>`, `<font color="red">`. */
const TAG = /^<\/?[A-Za-z\d][^<>\r\n]*>/
/** ASS override blocks that SRT files carry: `{\an8}`, `{\i1}`. */
const ASS_OVERRIDE = /^\{\\[^{}\r\n]*\}/

export interface CueTextOptions {
  /** Drop ASS override blocks (`{\an8}`) as SRT players do. */
  assOverrides?: boolean
}

/**
 * Reads one line of cue text: tags and override blocks are dropped, known character references are
 * decoded (as non-verbatim pieces), everything else is verbatim. A `<` or `&` that starts no tag or
 * reference is text.
 */
export function readCueText(raw: string, line: RawLine, options: CueTextOptions = {}): CueTextPiece[] {
  const pieces: CueTextPiece[] = []
  let runStart = line.start
  const flush = (end: number): void => {
    if (end > runStart) pieces.push({ text: raw.slice(runStart, end), rawStart: runStart, verbatim: true })
  }
  let index = line.start
  while (index < line.end) {
    const char = raw[index]
    if (char !== '<' && char !== '&' && char !== '{') {
      index++
      continue
    }
    const rest = raw.slice(index, Math.min(line.end, index + 512))
    let skip = 0
    let decoded: string | undefined
    if (char === '<') {
      skip = TAG.exec(rest)?.[0].length ?? 0
    } else if (char === '{') {
      if (options.assOverrides) skip = ASS_OVERRIDE.exec(rest)?.[0].length ?? 0
    } else {
      const match = ENTITY.exec(rest)
      if (match) {
        decoded = decodeEntity(match)
        if (decoded !== undefined) skip = match[0].length
      }
    }
    if (skip === 0) {
      index++
      continue
    }
    flush(index)
    if (decoded !== undefined) pieces.push({ text: decoded, rawStart: index, verbatim: false })
    index += skip
    runStart = index
  }
  flush(line.end)
  return pieces
}

function decodeEntity(match: RegExpExecArray): string | undefined {
  const [, decimal, hex, name] = match
  if (name !== undefined) return NAMED_ENTITIES.get(name)
  const code = decimal !== undefined ? Number.parseInt(decimal, 10) : Number.parseInt(hex ?? '', 16)
  if (!Number.isFinite(code) || code === 0 || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff)) return undefined
  return String.fromCodePoint(code)
}

/** Builds a transcript from verbatim and synthetic pieces, keeping the segments sorted and merged. */
export class TranscriptBuilder {
  text = ''
  readonly segments: Segment[] = []

  /** Appends text that is a copy of `raw.slice(rawStart, rawStart + text.length)`. */
  verbatim(text: string, rawStart: number, cue?: number): void {
    if (text.length === 0) return
    const textStart = this.text.length
    this.text += text
    const last = this.segments.at(-1)
    if (last && last.cue === cue && last.textEnd === textStart && last.rawStart + (last.textEnd - last.textStart) === rawStart) {
      last.textEnd = this.text.length
      return
    }
    const segment: Segment = { textStart, textEnd: this.text.length, rawStart }
    if (cue !== undefined) segment.cue = cue
    this.segments.push(segment)
  }

  /** Appends text that exists only in the transcript (joins, decoded entities). */
  synthetic(text: string): void {
    this.text += text
  }

  /** Appends the pieces of one line of cue text. */
  pieces(pieces: readonly CueTextPiece[], cue?: number): void {
    for (const piece of pieces) {
      if (piece.verbatim) this.verbatim(piece.text, piece.rawStart, cue)
      else this.synthetic(piece.text)
    }
  }
}

/** The 1-based line of a raw offset. */
export function lineOf(raw: string, offset: number): number {
  let line = 1
  for (let index = 0; index < offset && index < raw.length; index++) {
    const code = raw.charCodeAt(index)
    if (code === 10) line++
    else if (code === 13 && raw.charCodeAt(index + 1) !== 10) line++
  }
  return line
}

/**
 * Keeps the line structure of a caption file when corrections empty a line of cue text. A correction
 * across cues removes the covered words from later cues; where that leaves a cue-text line blank, the
 * blank line would end the cue and orphan the lines after it. For SRT and WebVTT this adds, for each
 * such line, an edit removing the line break before it, so the cue simply has one line fewer. Other
 * formats get their edits back unchanged.
 */
export function keepLineStructure(document: CaptionDocument, edits: readonly RawEdit[]): RawEdit[] {
  if (document.format !== 'srt' && document.format !== 'vtt') return [...edits]
  const { raw } = document
  const byLine = new Map<number, RawEdit[]>()
  for (const edit of edits) {
    const lineStart = lineStartOf(raw, edit.range[0])
    const list = byLine.get(lineStart)
    if (list) list.push(edit)
    else byLine.set(lineStart, [edit])
  }
  const added: RawEdit[] = []
  for (const [lineStart, lineEdits] of byLine) {
    if (lineStart === 0 || (lineStart === 1 && raw.startsWith('\uFEFF'))) continue
    const lineEnd = lineEndOf(raw, lineStart)
    const line = raw.slice(lineStart, lineEnd)
    if (lineEdits.some((edit) => edit.range[1] > lineEnd) || /^[ \t]*$/.test(line)) continue
    let after = ''
    let cursor = lineStart
    for (const edit of [...lineEdits].sort((a, b) => a.range[0] - b.range[0])) {
      after += raw.slice(cursor, edit.range[0]) + edit.text
      cursor = edit.range[1]
    }
    after += raw.slice(cursor, lineEnd)
    if (!/^[ \t]*$/.test(after)) continue
    // Remove the line break before the emptied line (and whatever blanks are left on it), unless an
    // edit already does: edits adapted once come back as they are.
    const breakStart = raw[lineStart - 1] === '\n' && raw[lineStart - 2] === '\r' ? lineStart - 2 : lineStart - 1
    if (edits.some((edit) => edit.text === '' && edit.range[0] <= breakStart && edit.range[1] >= lineStart)) continue
    added.push({ range: [breakStart, lineStart], text: '' })
    let rest = lineStart
    for (const edit of [...lineEdits].sort((a, b) => a.range[0] - b.range[0])) {
      if (edit.range[0] > rest) added.push({ range: [rest, edit.range[0]], text: '' })
      rest = Math.max(rest, edit.range[1])
    }
    if (lineEnd > rest) added.push({ range: [rest, lineEnd], text: '' })
  }
  return [...edits, ...added]
}

function lineStartOf(raw: string, offset: number): number {
  let index = offset
  while (index > 0 && raw[index - 1] !== '\n' && raw[index - 1] !== '\r') index--
  return index
}

function lineEndOf(raw: string, offset: number): number {
  let index = offset
  while (index < raw.length && raw[index] !== '\n' && raw[index] !== '\r') index++
  return index
}

/**
 * Makes the applier's raw edits safe for the document's format: replacement text is encoded where
 * the format needs it (`&`, `<`, `>` as references in WebVTT cue text, JSON string escapes in
 * Whisper JSON) and, for SRT and WebVTT, {@link keepLineStructure} keeps every cue intact. Plain
 * text edits come back unchanged. The result is sorted by position; its first and last edits bound
 * the correction's raw range.
 */
export function adaptRawEdits(document: CaptionDocument, edits: readonly RawEdit[]): RawEdit[] {
  const encode = ENCODERS[document.format]
  const encoded = encode ? edits.map((edit) => (edit.text === '' ? edit : { range: edit.range, text: encode(edit.text) })) : [...edits]
  return keepLineStructure(document, encoded).sort((a, b) => a.range[0] - b.range[0] || a.range[1] - b.range[1])
}

const ENCODERS: Partial<Record<CaptionDocument['format'], (text: string) => string>> = {
  vtt: (text) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;'),
  whisper: (text) => JSON.stringify(text).slice(1, -1),
}
