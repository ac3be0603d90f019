/**
 * What a normalizer gets to work with: the words of the transcript (from the retext tree, computed
 * once per file) and a way to propose a correction. Normalizers never rewrite the tree.
 */
import type { Root, Sentence, Paragraph, Word } from 'nlcst'
import type { VFile } from 'vfile'
import type { CaptionDocument, Proposal } from '../types.js'

/** One word of the transcript with the text that separates it from the previous word. */
export interface Token {
  /** Index in the word list. */
  index: number
  /** The word as written ("multi‑stakeholder", "it's"). */
  value: string
  /** Lower-cased value. */
  lower: string
  /** `[start, end)` in the transcript text. */
  start: number
  end: number
  /** Text between the previous word's end and this word's start ("" for the first word). */
  gap: string
  /** Index of the sentence and paragraph the word is in. */
  sentence: number
  paragraph: number
}

/** Per-file state shared by the normalizers of one run. */
export interface CaptidyData {
  document: CaptionDocument
  proposals: Proposal[]
  tokens?: Token[]
}

declare module 'vfile' {
  interface DataMap {
    captidy: CaptidyData
  }
}

/** The state of this file, or a TypeError when the plugin runs outside a captidy pipeline. */
export function dataOf(file: VFile): CaptidyData {
  const data = file.data.captidy
  if (!data) {
    // Used in someone else's unified pipeline: the file value is the transcript.
    const text = String(file.value ?? '')
    const created: CaptidyData = {
      document: { format: 'text', raw: text, text, segments: [{ textStart: 0, textEnd: text.length, rawStart: 0 }] },
      proposals: [],
    }
    file.data.captidy = created
    return created
  }
  return data
}

/** Adds a proposal; the resolver decides later which proposals are applied. */
export function propose(file: VFile, proposal: Proposal): void {
  dataOf(file).proposals.push(proposal)
}

/** The words of the transcript in reading order (computed once per file). */
export function tokensOf(tree: Root, file: VFile): Token[] {
  const data = dataOf(file)
  if (data.tokens) return data.tokens
  const text = data.document.text
  const tokens: Token[] = []
  let previousEnd = 0
  let sentenceIndex = 0
  let paragraphIndex = 0
  for (const paragraph of tree.children) {
    if (paragraph.type !== 'ParagraphNode') continue
    for (const sentence of (paragraph as Paragraph).children) {
      if (sentence.type !== 'SentenceNode') continue
      for (const child of (sentence as Sentence).children) {
        if (child.type !== 'WordNode') continue
        // retext keeps a full stop inside a word when a lower-case word follows ("cooperation.\nsecond"):
        // the token is the word without leading or trailing punctuation.
        const parts = (child as Word).children
        let first = 0
        let last = parts.length - 1
        while (first <= last && parts[first]!.type !== 'TextNode') first++
        while (last >= first && parts[last]!.type !== 'TextNode') last--
        if (first > last) continue
        const start = parts[first]!.position?.start.offset
        const end = parts[last]!.position?.end.offset
        if (start === undefined || end === undefined) continue
        const value = text.slice(start, end)
        tokens.push({
          index: tokens.length,
          value,
          lower: value.toLowerCase(),
          start,
          end,
          gap: text.slice(previousEnd, start),
          sentence: sentenceIndex,
          paragraph: paragraphIndex,
        })
        previousEnd = end
      }
      sentenceIndex++
    }
    paragraphIndex++
  }
  data.tokens = tokens
  return tokens
}

/** True when the gap between two words is plain spacing (no punctuation, no paragraph break). */
export function isSpaceGap(gap: string): boolean {
  // Nearly every gap is one space; the normalizers ask about each gap many times.
  if (gap === ' ') return true
  let plain = spaceGaps.get(gap)
  if (plain === undefined) {
    plain = /^[ \t\u00a0]+$/.test(gap) || /^[ \t\u00a0]*\r?\n[ \t\u00a0]*$/.test(gap)
    if (spaceGaps.size >= 1_000) spaceGaps.clear()
    spaceGaps.set(gap, plain)
  }
  return plain
}

/** Answers for gaps other than one space, which are few ("", ", ", ". ", "\n", …). */
const spaceGaps = new Map<string, boolean>()
