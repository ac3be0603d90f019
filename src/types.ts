/**
 * Shared types of captidy: the correction record, the document that formats produce, and the proposal
 * that normalizers emit. Every view (cleaned text, diff, report, review page) is derived from records.
 */

/** A 1-based line and column (columns in UTF-16 code units), as in unist. */
export interface Point {
  line: number
  column: number
}

/** Where a correction sits in a caption file's timeline. */
export interface CueRef {
  /** 0-based position of the cue in the file. */
  index: number
  /** The cue identifier as written (SRT number, WebVTT id), if any. */
  id?: string
  /** Start and end times as written in the file (`00:01:02,500`). */
  start: string
  end: string
}

/** A raw-file edit: replace `range` of the raw input with `text`. */
export interface RawEdit {
  range: [number, number]
  text: string
}

/**
 * The correction record: one proposed change (or, without `expected`, one flag) with everything a
 * reviewer needs to trust, reject or roll it back.
 */
export interface Correction {
  /** Stable id within one run: `${source}@${range[0]}-${range[1]}`. */
  id: string
  /** The normalizer that proposed it (its file name and README anchor). */
  source: string
  /** A rule id from the normalizer's fixed list, never the matched word. */
  ruleId: string
  /** The text of the span as written. */
  actual: string
  /** Replacements, the first is chosen, the rest are alternatives. Empty for a flag. */
  expected: string[]
  /** `[start, end)` in UTF-16 code units of the raw input (BOM included where present). */
  range: [number, number]
  /** `[start, end)` in the transcript text the normalizers saw (equal to `range` less a BOM for plain text). */
  textRange: [number, number]
  /** Raw edits when the span crosses cue or tag boundaries (see README, "Corrections across cues"). */
  parts?: RawEdit[]
  /** 1-based start and end of `range` in the raw input. */
  place: { start: Point; end: Point }
  /** The cue the span starts in, for caption formats. */
  cue?: CueRef
  /** Probability that the first `expected` is what was said, 0..1. */
  confidence: number
  /** Whether the cleaned text contains this change. Flags are never applied. */
  applied: boolean
  /** A sentence a reviewer understands, naming the evidence. */
  reason: string
  /** The numbers behind the confidence. */
  evidence: Record<string, number | string | boolean>
  /** The glossary term used, where one was. */
  glossaryTerm?: string
}

/** A proposal as a normalizer emits it, in transcript-text coordinates. */
export interface Proposal {
  source: string
  ruleId: string
  /** `[start, end)` in the transcript text. */
  start: number
  end: number
  /** Replacements, best first; empty for a flag. */
  expected: string[]
  confidence: number
  reason: string
  evidence?: Record<string, number | string | boolean>
  glossaryTerm?: string
}

export type FormatName = 'text' | 'srt' | 'vtt' | 'whisper'

/**
 * A run of the transcript text that is a verbatim copy of a run of the raw input:
 * `text.slice(textStart, textEnd) === raw.slice(rawStart, rawStart + (textEnd - textStart))`.
 * Text between segments (cue joins) is synthetic: it exists only in the transcript.
 */
export interface Segment {
  textStart: number
  textEnd: number
  rawStart: number
  /** 0-based cue index, for caption formats. */
  cue?: number
}

/** A parsed input: the transcript that normalizers see, and the map back to the raw bytes. */
export interface CaptionDocument {
  format: FormatName
  /** File path for messages, if known. */
  path?: string
  /** The raw input, exactly as read (BOM included). */
  raw: string
  /** Words of the whole transcript in reading order; cues joined by newlines. */
  text: string
  /** Sorted, non-overlapping verbatim runs. */
  segments: Segment[]
  /** Cues, for caption formats. */
  cues?: CueRef[]
  /**
   * ASR word probabilities keyed by transcript offset of the word start (Whisper JSON), if the input
   * carried them.
   */
  wordProbability?: Map<number, number>
}

/** Thrown for unusable input: names the file, line and what was expected. */
export class InputError extends Error {
  readonly path: string | undefined
  readonly line: number | undefined
  readonly column: number | undefined
  constructor(message: string, options: { path?: string; line?: number; column?: number } = {}) {
    const where = [options.path ?? '<input>', options.line, options.column].filter((x) => x !== undefined).join(':')
    super(`${where}: ${message}`)
    this.name = 'InputError'
    this.path = options.path
    this.line = options.line
    this.column = options.column
  }
}
