/**
 * Whisper-style ASR JSON: `{ text, segments: [{ id, start, end, text, words: [{ word, start, end,
 * probability }] }] }` as written by openai-whisper (`--output_format json --word_timestamps True`),
 * faster-whisper and WhisperX (`score` for `probability`), and whisper.cpp's `-oj`
 * (`{ transcription: [{ timestamps: { from, to }, text }] }`).
 *
 * The transcript is the `text` of each segment, trimmed, segments joined by "\n" (a segment without
 * `text` is read from its `words`). Corrections are written into the segment `text` strings only:
 * the top-level `text` and `words[].word` keep what the recogniser said, so the file stays a faithful
 * record of the ASR output next to the corrected segment text. Each word's `probability` is keyed by
 * the transcript offset of the word in the segment text.
 *
 * Segments map into the JSON string literals, split around escape sequences (`\"`, `\n`, `\u00e9`),
 * which are synthetic: a replacement never lands inside an escape. A replacement that itself holds a
 * `"`, `\` or control character must be escaped with {@link escapeJsonText} to keep the JSON valid.
 */
import { InputError, type CaptionDocument, type CueRef } from '../types.js'
import { TranscriptBuilder, lineOf } from './cue-text.js'

/** A parsed JSON value that remembers where it was written. */
export type JsonNode =
  | { kind: 'object'; start: number; entries: Map<string, JsonNode> }
  | { kind: 'array'; start: number; items: JsonNode[] }
  | { kind: 'string'; start: number; value: string; pieces: JsonStringPiece[] }
  | { kind: 'number'; start: number; value: number; raw: string }
  | { kind: 'literal'; start: number; value: boolean | null }

/** A run of a decoded JSON string: verbatim (`raw.slice(rawStart, rawStart + text.length) === text`) or an escape. */
export interface JsonStringPiece {
  text: string
  rawStart: number
  verbatim: boolean
}

const ESCAPES: Readonly<Record<string, string>> = { '"': '"', '\\': '\\', '/': '/', b: '\b', f: '\f', n: '\n', r: '\r', t: '\t' }
const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y

/** Parses JSON keeping the raw offset of every value and the verbatim runs of every string. */
export function parseJsonWithOffsets(raw: string, path?: string): JsonNode {
  let index = raw.startsWith('\uFEFF') ? 1 : 0
  const fail = (expected: string, at = index): never => {
    const found = at >= raw.length ? 'the end of the file' : JSON.stringify(raw[at])
    const lineStart = Math.max(raw.lastIndexOf('\n', at - 1), raw.lastIndexOf('\r', at - 1)) + 1
    throw new InputError(`invalid JSON: expected ${expected}, found ${found}`, { path, line: lineOf(raw, at), column: at - lineStart + 1 })
  }
  const space = (): void => {
    while (index < raw.length) {
      const code = raw.charCodeAt(index)
      if (code !== 32 && code !== 9 && code !== 10 && code !== 13) break
      index++
    }
  }
  const string = (): JsonNode => {
    const start = index
    index++ // opening quote
    const pieces: JsonStringPiece[] = []
    let runStart = index
    const flush = (): void => {
      if (index > runStart) pieces.push({ text: raw.slice(runStart, index), rawStart: runStart, verbatim: true })
    }
    for (;;) {
      if (index >= raw.length) fail('a closing `"`')
      const code = raw.charCodeAt(index)
      if (code === 34) break
      if (code < 32) fail('an escaped control character in a string')
      if (code !== 92) {
        index++
        continue
      }
      flush()
      const escapeStart = index
      const letter = raw[index + 1] ?? ''
      let text: string
      if (letter === 'u') {
        const hex = raw.slice(index + 2, index + 6)
        if (!/^[\dA-Fa-f]{4}$/.test(hex)) fail('four hex digits after `\\u`', index + 2)
        text = String.fromCharCode(Number.parseInt(hex, 16))
        index += 6
      } else {
        const decoded = ESCAPES[letter]
        if (decoded === undefined) fail('a valid escape sequence', index + 1)
        text = decoded!
        index += 2
      }
      // Surrogate pairs written as two escapes stay two pieces; their text joins up in `value`.
      pieces.push({ text, rawStart: escapeStart, verbatim: false })
      runStart = index
    }
    flush()
    index++ // closing quote
    return { kind: 'string', start, value: pieces.map((piece) => piece.text).join(''), pieces }
  }
  const value = (): JsonNode => {
    space()
    const start = index
    const char = raw[index]
    if (char === '{') {
      index++
      const entries = new Map<string, JsonNode>()
      space()
      if (raw[index] === '}') {
        index++
        return { kind: 'object', start, entries }
      }
      for (;;) {
        space()
        if (raw[index] !== '"') fail('a `"` starting a property name')
        const key = string()
        space()
        if (raw[index] !== ':') fail('`:` after a property name')
        index++
        entries.set((key as { value: string }).value, value())
        space()
        if (raw[index] === ',') {
          index++
          continue
        }
        if (raw[index] === '}') {
          index++
          return { kind: 'object', start, entries }
        }
        fail('`,` or `}` in an object')
      }
    }
    if (char === '[') {
      index++
      const items: JsonNode[] = []
      space()
      if (raw[index] === ']') {
        index++
        return { kind: 'array', start, items }
      }
      for (;;) {
        items.push(value())
        space()
        if (raw[index] === ',') {
          index++
          continue
        }
        if (raw[index] === ']') {
          index++
          return { kind: 'array', start, items }
        }
        fail('`,` or `]` in an array')
      }
    }
    if (char === '"') return string()
    for (const [word, literal] of [['true', true], ['false', false], ['null', null]] as const) {
      if (raw.startsWith(word, index)) {
        index += word.length
        return { kind: 'literal', start, value: literal }
      }
    }
    NUMBER.lastIndex = index
    const number = NUMBER.exec(raw)
    if (number) {
      index += number[0].length
      return { kind: 'number', start, value: Number(number[0]), raw: number[0] }
    }
    return fail('a JSON value')
  }
  const root = value()
  space()
  if (index < raw.length) fail('the end of the file after the JSON value')
  return root
}

/** Escapes a replacement for writing inside a JSON string literal (no surrounding quotes). */
export function escapeJsonText(text: string): string {
  return JSON.stringify(text).slice(1, -1)
}

function field(node: JsonNode | undefined, key: string): JsonNode | undefined {
  return node?.kind === 'object' ? node.entries.get(key) : undefined
}

function asString(node: JsonNode | undefined): Extract<JsonNode, { kind: 'string' }> | undefined {
  return node?.kind === 'string' ? node : undefined
}

/** The time as written: `2.5` for a number, the string itself for a string. */
function timeOf(node: JsonNode | undefined): string {
  if (node?.kind === 'number') return node.raw
  if (node?.kind === 'string') return node.value
  return ''
}

/** A caption segment of the JSON: the string literals its text comes from and its word probabilities. */
interface AsrSegment {
  cue: CueRef
  strings: Extract<JsonNode, { kind: 'string' }>[]
  words: { word: string; probability: number }[]
}

export function parseWhisper(raw: string, path?: string): CaptionDocument {
  const root = parseJsonWithOffsets(raw, path)
  const failAt = (node: JsonNode, message: string): never => {
    throw new InputError(message, { path, line: lineOf(raw, node.start) })
  }
  if (root.kind !== 'object') failAt(root, 'expected a Whisper JSON object with a `segments` array')
  const segments: AsrSegment[] = []
  const list = field(root, 'segments') ?? field(root, 'transcription')
  if (list !== undefined) {
    if (list.kind !== 'array') failAt(list, 'expected `segments` to be an array of segments')
    const items = (list as Extract<JsonNode, { kind: 'array' }>).items
    for (const item of items) {
      if (item.kind !== 'object') failAt(item, 'expected a segment object `{ start, end, text }`')
      segments.push(readSegment(item, segments.length, failAt))
    }
  } else {
    const text = asString(field(root, 'text'))
    if (!text) failAt(root, 'expected a Whisper JSON object with a `segments` array or a `text` string')
    segments.push({ cue: { index: 0, start: '', end: '' }, strings: [text!], words: [] })
  }

  const builder = new TranscriptBuilder()
  const probabilities = new Map<number, number>()
  const cues: CueRef[] = []
  for (const segment of segments) {
    const pieces = segment.strings.flatMap((node) => node.pieces)
    const whole = pieces.map((piece) => piece.text).join('')
    const from = whole.length - whole.trimStart().length
    const to = whole.trimEnd().length
    if (to > from) {
      if (builder.text.length > 0) builder.synthetic('\n')
      const base = builder.text.length
      let offset = 0
      for (const piece of pieces) {
        const start = Math.max(from, offset)
        const end = Math.min(to, offset + piece.text.length)
        if (end > start) {
          const text = piece.text.slice(start - offset, end - offset)
          if (piece.verbatim) builder.verbatim(text, piece.rawStart + (start - offset), segment.cue.index)
          else builder.synthetic(text)
        }
        offset += piece.text.length
      }
      alignWords(builder.text.slice(base), base, segment.words, probabilities)
    }
    cues.push(segment.cue)
  }
  const document: CaptionDocument = { format: 'whisper', raw, text: builder.text, segments: builder.segments }
  if (list !== undefined) document.cues = cues
  if (probabilities.size > 0) document.wordProbability = probabilities
  if (path !== undefined) document.path = path
  return document
}

function readSegment(item: JsonNode, index: number, failAt: (node: JsonNode, message: string) => never): AsrSegment {
  const timestamps = field(item, 'timestamps')
  const cue: CueRef = {
    index,
    start: timeOf(field(item, 'start') ?? field(timestamps, 'from')),
    end: timeOf(field(item, 'end') ?? field(timestamps, 'to')),
  }
  const id = field(item, 'id')
  if (id?.kind === 'number') cue.id = id.raw
  else if (id?.kind === 'string') cue.id = id.value
  const words: AsrSegment['words'] = []
  const wordStrings: Extract<JsonNode, { kind: 'string' }>[] = []
  const wordList = field(item, 'words')
  if (wordList !== undefined && wordList.kind !== 'array') failAt(wordList, 'expected `words` to be an array of `{ word, start, end, probability }`')
  for (const word of wordList?.kind === 'array' ? wordList.items : []) {
    const text = asString(field(word, 'word'))
    if (!text) failAt(word, 'expected a word object with a `word` string')
    wordStrings.push(text!)
    const probability = field(word, 'probability') ?? field(word, 'score')
    if (probability?.kind === 'number' && probability.value >= 0 && probability.value <= 1) {
      words.push({ word: text!.value.trim(), probability: probability.value })
    }
  }
  const textNode = field(item, 'text')
  if (textNode !== undefined && textNode.kind !== 'string') failAt(textNode, 'expected the segment `text` to be a string')
  const text = asString(textNode)
  if (!text && wordStrings.length === 0) failAt(item, 'expected a segment with a `text` string or `words`')
  return { cue, strings: text ? [text] : wordStrings, words }
}

/** Keys each word's probability by the transcript offset where the word starts in the segment text. */
function alignWords(text: string, base: number, words: AsrSegment['words'], into: Map<number, number>): void {
  let cursor = 0
  for (const { word, probability } of words) {
    if (word.length === 0) continue
    const at = text.indexOf(word, cursor)
    if (at < 0) continue
    into.set(base + at, probability)
    cursor = at + word.length
  }
}
