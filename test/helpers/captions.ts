/**
 * Test helpers for caption formats: turn a plain transcript into SRT or WebVTT cues the way a
 * captioner lays them out (lines of at most 37 characters, two lines a cue, phrases split across
 * cues), map cleaned captions back to the transcript's lines, and splice a replacement through a
 * document's segments exactly as the applier's contract says.
 */
import fc from 'fast-check'
import type { CaptionDocument } from '../../src/types.js'

/** One cue made from a transcript: its lines and the 1-based source line they came from. */
export interface FixtureCue {
  lines: string[]
  sourceLine: number
}

export interface CueLayout {
  maxLineLength?: number
  linesPerCue?: number
}

/** Lays each non-blank line of `text` out as cues; a word longer than a line gets a line of its own. */
export function toCues(text: string, layout: CueLayout = {}): FixtureCue[] {
  const maxLineLength = layout.maxLineLength ?? 37
  const linesPerCue = layout.linesPerCue ?? 2
  const cues: FixtureCue[] = []
  text.split(/\r?\n/).forEach((sourceText, index) => {
    const words = sourceText.split(' ').filter((word) => word.length > 0)
    const lines: string[] = []
    let current = ''
    for (const word of words) {
      if (current.length > 0 && current.length + 1 + word.length > maxLineLength) {
        lines.push(current)
        current = word
      } else current = current.length > 0 ? `${current} ${word}` : word
    }
    if (current.trim().length > 0) lines.push(current)
    for (let k = 0; k < lines.length; k += linesPerCue) {
      cues.push({ lines: lines.slice(k, k + linesPerCue), sourceLine: index + 1 })
    }
  })
  return cues
}

export interface CaptionFileOptions {
  newline?: '\n' | '\r\n'
  bom?: boolean
}

function timestamp(ms: number, separator: ',' | '.'): string {
  const pad = (value: number, width = 2): string => String(value).padStart(width, '0')
  const hours = Math.floor(ms / 3_600_000)
  const minutes = Math.floor(ms / 60_000) % 60
  const seconds = Math.floor(ms / 1000) % 60
  return `${pad(hours)}:${pad(minutes)}:${pad(seconds)}${separator}${pad(ms % 1000, 3)}`
}

/** SRT with numbered cues, 2.5 s each. */
export function toSrt(cues: readonly FixtureCue[], options: CaptionFileOptions = {}): string {
  const nl = options.newline ?? '\n'
  const blocks = cues.map((cue, index) =>
    [String(index + 1), `${timestamp(index * 2500, ',')} --> ${timestamp(index * 2500 + 2400, ',')}`, ...cue.lines].join(nl),
  )
  return (options.bom ? '\uFEFF' : '') + blocks.join(nl + nl) + nl
}

/** Escapes cue text for WebVTT, where `&`, `<` and `>` must be written as references. */
export function escapeVtt(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')
}

/** WebVTT with a header, a NOTE, cue ids and settings, 2.5 s a cue. */
export function toVtt(cues: readonly FixtureCue[], options: CaptionFileOptions = {}): string {
  const nl = options.newline ?? '\n'
  const head = ['WEBVTT - converted for tests', 'Kind: captions', 'Language: en'].join(nl)
  const note = `NOTE made from a plain transcript${nl}by test/helpers/captions.ts`
  const blocks = cues.map((cue, index) =>
    [
      `c${index + 1}`,
      `${timestamp(index * 2500, '.')} --> ${timestamp(index * 2500 + 2400, '.')} line:85% align:center`,
      ...cue.lines.map(escapeVtt),
    ].join(nl),
  )
  return (options.bom ? '\uFEFF' : '') + [head, note, ...blocks].join(nl + nl) + nl
}

/**
 * Rebuilds the transcript's lines from a parsed caption document of the same cues: each source line
 * is its cues' lines joined by spaces; lines that made no cue come back empty. Throws when the
 * document does not have the cue lines the layout made (the line structure was broken).
 */
export function linesFromCaptions(document: CaptionDocument, cues: readonly FixtureCue[], lineCount: number): string[] {
  const textLines = document.text.split('\n')
  const expected = cues.reduce((sum, cue) => sum + cue.lines.length, 0)
  if (textLines.length !== expected) throw new Error(`expected ${expected} cue lines, found ${textLines.length}`)
  const out: string[][] = Array.from({ length: lineCount }, () => [])
  let next = 0
  for (const cue of cues) {
    for (let k = 0; k < cue.lines.length; k++) out[cue.sourceLine - 1]!.push(textLines[next++]!)
  }
  return out.map((parts) => parts.join(' '))
}

/**
 * Writes `replacement` over transcript range [start, end) following the applier's contract: the
 * replacement goes into the first segment the span touches, the covered text of later segments is
 * removed, synthetic text is never written.
 */
export function spliceThroughSegments(document: CaptionDocument, start: number, end: number, replacement: string): string {
  const edits: { from: number; to: number; text: string }[] = []
  for (const segment of document.segments) {
    const from = Math.max(start, segment.textStart)
    const to = Math.min(end, segment.textEnd)
    const touches = start === end ? segment.textStart <= start && start <= segment.textEnd : from < to
    if (!touches) continue
    edits.push({ from: segment.rawStart + (from - segment.textStart), to: segment.rawStart + (to - segment.textStart), text: edits.length === 0 ? replacement : '' })
    if (start === end) break
  }
  let out = document.raw
  for (const edit of edits.reverse()) out = out.slice(0, edit.from) + edit.text + out.slice(edit.to)
  return out
}

/** The raw input with every segment's bytes removed: what must never change. */
export function skeleton(document: CaptionDocument): string {
  let out = ''
  let cursor = 0
  for (const segment of document.segments) {
    out += document.raw.slice(cursor, segment.rawStart) + '\u0000'
    cursor = segment.rawStart + (segment.textEnd - segment.textStart)
  }
  return out + document.raw.slice(cursor)
}

// ---------------------------------------------------------------------------------------------------
// Generated caption files for property tests: each knows its raw bytes and the transcript it must give.


/** A generated caption file and what parsing it must give. */
export interface GeneratedCaptions {
  raw: string
  text: string
  cues: { id?: string; start: string; end: string }[]
  newline: '\n' | '\r\n'
}

type Part = { raw: string; text: string }

const WORDS = ['ransom', 'wear', 'cyber', 'security', 'the', 'Internet', 'governance', "it's", 'multi‑stakeholder', 'café', 'U.N.', 'ICTs', '2017', 'yes,', 'well.', '--']
const word: fc.Arbitrary<Part> = fc
  .oneof(fc.constantFrom(...WORDS), fc.stringMatching(/^[A-Za-z0-9'.,?!é]{1,9}$/))
  .map((w) => ({ raw: w, text: w }))
const space: fc.Arbitrary<Part> = fc.constantFrom(' ', '  ', '\u00A0').map((s) => ({ raw: s, text: s }))
const entity: fc.Arbitrary<Part> = fc.constantFrom(
  { raw: '&amp;', text: '&' },
  { raw: '&lt;', text: '<' },
  { raw: '&gt;', text: '>' },
  { raw: '&nbsp;', text: '\u00A0' },
  { raw: '&#233;', text: 'é' },
  { raw: '&#x2011;', text: '\u2011' },
)
const srtTag = fc.constantFrom('<i>', '</i>', '<b>', '</b>', '<u>', '</u>', '<font color="#ffff00">', '</font>', '{\\an8}', '{\\i1}').map((raw) => ({ raw, text: '' }))
const vttTag = fc
  .constantFrom('<i>', '</i>', '<b>', '</b>', '<v Kate Smith>', '<v.loud Chair>', '</v>', '<c.yellow.bg_blue>', '</c>', '<00:00:01.500>', '<01:02.003>', '<lang en-GB>', '</lang>')
  .map((raw) => ({ raw, text: '' }))

/** One line of cue text: words with spaces, tags and references between them, at least one word. */
function cueLine(tag: fc.Arbitrary<Part>): fc.Arbitrary<Part> {
  const extra = fc.oneof({ weight: 3, arbitrary: space }, { weight: 2, arbitrary: tag }, { weight: 1, arbitrary: entity })
  return fc.array(fc.tuple(fc.array(extra, { maxLength: 2 }), word), { minLength: 1, maxLength: 6 }).map((groups) => {
    const parts = groups.flatMap(([before, w], index) => [...(index === 0 ? before.filter((p) => p.text === '') : [...before, { raw: ' ', text: ' ' }]), w])
    return { raw: parts.map((p) => p.raw).join(''), text: parts.map((p) => p.text).join('') }
  })
}

function clock(ms: number, separator: string, short: boolean): string {
  const pad = (value: number, width = 2): string => String(value).padStart(width, '0')
  const hours = Math.floor(ms / 3_600_000)
  const rest = `${pad(Math.floor(ms / 60_000) % 60)}:${pad(Math.floor(ms / 1000) % 60)}${separator}${pad(ms % 1000, 3)}`
  return short && hours === 0 ? rest : `${pad(hours)}:${rest}`
}

const layout = fc.record({
  newline: fc.constantFrom<'\n' | '\r\n'>('\n', '\r\n'),
  bom: fc.boolean(),
  gap: fc.integer({ min: 1, max: 3 }),
  finalNewline: fc.boolean(),
})

/** SRT files: numbered or bare cues, comma or period timings, X/Y coordinates, tags and references. */
export const srtFile: fc.Arbitrary<GeneratedCaptions> = fc
  .tuple(
    layout,
    fc.array(
      fc.record({
        numbered: fc.boolean(),
        start: fc.integer({ min: 0, max: 20_000_000 }),
        length: fc.integer({ min: 1, max: 9_000 }),
        separator: fc.constantFrom(',', ','),
        coordinates: fc.constantFrom('', '', '  X1:100 X2:600 Y1:10 Y2:50'),
        lines: fc.array(cueLine(srtTag), { minLength: 0, maxLength: 3 }),
      }),
      { minLength: 0, maxLength: 8 },
    ),
  )
  .map(([{ newline, bom, gap, finalNewline }, cues]) => {
    const blocks = cues.map((cue, index) => {
      const start = clock(cue.start, cue.separator, false)
      const end = clock(cue.start + cue.length, cue.separator, false)
      const head = [...(cue.numbered ? [String(index + 1)] : []), `${start} --> ${end}${cue.coordinates}`]
      return { raw: [...head, ...cue.lines.map((l) => l.raw)].join(newline), id: cue.numbered ? String(index + 1) : undefined, start, end, lines: cue.lines }
    })
    const raw = (bom ? '\uFEFF' : '') + blocks.map((b) => b.raw).join(newline.repeat(gap + 1)) + (finalNewline && blocks.length > 0 ? newline : '')
    return {
      raw,
      text: blocks.flatMap((b) => b.lines.map((l) => l.text)).join('\n'),
      cues: blocks.map((b) => (b.id === undefined ? { start: b.start, end: b.end } : { id: b.id, start: b.start, end: b.end })),
      newline,
    }
  })

/** WebVTT files: header metadata, NOTE/STYLE/REGION blocks, ids, settings, tags and references. */
export const vttFile: fc.Arbitrary<GeneratedCaptions> = fc
  .tuple(
    layout,
    fc.constantFrom('WEBVTT', 'WEBVTT - Panel on cybersecurity', 'WEBVTT\tcaptions'),
    fc.subarray(['Kind: captions', 'Language: en'], {}),
    fc.boolean(),
    fc.array(
      fc.record({
        id: fc.option(fc.constantFrom('intro', '1', 'chair-2', 'cue 7 (speaker)'), { nil: undefined }),
        start: fc.integer({ min: 0, max: 20_000_000 }),
        length: fc.integer({ min: 1, max: 9_000 }),
        short: fc.boolean(),
        settings: fc.constantFrom('', ' align:start', ' line:85% position:10% size:80% align:center', ' region:fred vertical:rl'),
        note: fc.constantFrom(undefined, undefined, 'NOTE a comment', 'NOTE\nspanning two lines'),
        lines: fc.array(cueLine(vttTag), { minLength: 0, maxLength: 3 }),
      }),
      { minLength: 0, maxLength: 8 },
    ),
  )
  .map(([{ newline, bom, gap, finalNewline }, signature, metadata, style, cues]) => {
    const sep = newline.repeat(gap + 1)
    const header = [signature, ...metadata].join(newline)
    const pre = style ? [`STYLE${newline}::cue { color: yellow }`, `REGION${newline}id:fred${newline}width:40%`] : []
    const blocks: string[] = []
    const out: GeneratedCaptions['cues'] = []
    const texts: string[] = []
    // A line that opens another speaker's voice than the last one begins a new paragraph ("\n\n").
    let lastVoice: string | undefined
    for (const cue of cues) {
      if (cue.note) blocks.push(cue.note.replace(/\n/g, newline))
      const start = clock(cue.start, '.', cue.short)
      const end = clock(cue.start + cue.length, '.', cue.short)
      blocks.push([...(cue.id === undefined ? [] : [cue.id]), `${start} --> ${end}${cue.settings}`, ...cue.lines.map((l) => l.raw)].join(newline))
      out.push(cue.id === undefined ? { start, end } : { id: cue.id, start, end })
      for (const line of cue.lines) {
        const voice = /^\s*<v(?:\.[^\s>]*)?[ \t]+([^>]*)>/.exec(line.raw)?.[1]?.trim()
        const join = texts.length === 0 ? '' : voice !== undefined && lastVoice !== undefined && voice !== lastVoice ? '\n\n' : '\n'
        if (voice !== undefined) lastVoice = voice
        texts.push(join + line.text)
      }
    }
    const raw = (bom ? '\uFEFF' : '') + [header, ...pre, ...blocks].join(sep) + (finalNewline ? newline : '')
    return { raw, text: texts.join(''), cues: out, newline }
  })
