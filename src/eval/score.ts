/**
 * Scores a cleaned transcript against a gold standard, word by word, in the manner of ERRANT/M2
 * scoring of grammatical error correction. A port of the shared reference scorer (`score.mjs`) that
 * gives the same numbers with the same rounding:
 *
 * - raw→ref and raw→hyp are aligned per line by longest common subsequence of words; each run of
 *   unaligned words is one edit (raw word span → replacement words);
 * - a hyp edit is correct when a gold edit has the same raw span and replacement;
 * - precision = correct / hyp edits (edits inside a flagged garble are not counted); recall = correct
 *   high-certainty gold edits / high-certainty gold edits (medium ones count when made);
 * - F0.5 weighs precision twice as much as recall; "damage" = hyp edits touching no gold edit;
 * - WER is word error rate against ref, for the raw and the cleaned text.
 */
import { alignWords, wordDistance, type WordEdit } from './align.js'
import { parseGold, type GoldLine } from './gold.js'
import { scoredWords, type ScoredWord } from './words.js'

export interface ScoreResult {
  lines: number
  goldEditsHigh: number
  goldEditsMedium: number
  hypEdits: number
  correct: number
  precision: number
  recall: number
  f05: number
  damage: number
  ignoredInFlags: number
  werRaw: number
  werCleaned: number
  werReduction: number
}

export type ListingKind = 'TP' | 'FP-wrong-fix' | 'FP-damage' | 'FN' | 'flagged'

export interface ListingItem {
  kind: ListingKind
  /** 1-based line of the raw transcript. */
  line: number
  /** `raw words -> replacement words`, FN with the gold kind in parentheses. */
  text: string
  /** `[start, end)` of the edit in the raw line (an insertion is an empty span). */
  rawSpan?: [number, number]
}

export interface ScoreReport {
  result: ScoreResult
  /** Sorted by kind, then line, as the reference scorer prints it with `--verbose`. */
  listing: ListingItem[]
}

/** A gold edit with its certainty and kind taken from the annotations it overlaps. */
export interface GoldWordEdit extends WordEdit {
  certainty: 'high' | 'medium'
  kind: string
}

/** One annotated line prepared for scoring: its words and the gold word edits. */
export interface PreparedLine {
  gold: GoldLine
  raw: ScoredWord[]
  rawWords: string[]
  refWords: string[]
  goldEdits: GoldWordEdit[]
  goldByKey: Map<string, GoldWordEdit>
}

/** Key of a word edit: same raw span and same replacement. */
export function editKey(e: WordEdit): string {
  return `${e.i}:${e.j}:${e.rep.join(' ')}`
}

/** Character span in the raw line of a word edit; an insertion gets the point before word `i`. */
export function editSpan(e: WordEdit, raw: readonly ScoredWord[], lineLength: number): [number, number] {
  if (e.i < e.j) return [raw[e.i]!.start, raw[e.j - 1]!.end]
  const at = e.i < raw.length ? raw[e.i]!.start : lineLength
  return [at, at]
}

function overlaps(s: [number, number], a: { start: number; end: number }): boolean {
  return (s[0] < a.end && a.start < s[1]) || (s[0] === s[1] && a.start <= s[0] && s[0] <= a.end)
}

/** Aligns a gold line's raw and ref words and labels each gold edit's certainty. */
export function prepareLine(gold: GoldLine): PreparedLine {
  const raw = scoredWords(gold.raw)
  const rawWords = raw.map((x) => x.w)
  const refWords = scoredWords(gold.ref).map((x) => x.w)
  const goldEdits = alignWords(rawWords, refWords).map((e): GoldWordEdit => {
    const s = editSpan(e, raw, gold.raw.length)
    const notes = gold.edits.filter((a) => overlaps(s, a))
    const certainty = notes.length > 0 && notes.every((a) => a.certainty === 'medium') ? 'medium' : 'high'
    const kind = notes.map((a) => a.kind).join('+') || '?'
    return { ...e, certainty, kind }
  })
  return { gold, raw, rawWords, refWords, goldEdits, goldByKey: new Map(goldEdits.map((e) => [editKey(e), e])) }
}

/** How one hyp edit scores on its line. */
export type EditVerdict = 'TP' | 'flagged' | 'FP-wrong-fix' | 'FP-damage'

/** Judges a hyp word edit of a prepared line. */
export function judgeEdit(line: PreparedLine, e: WordEdit): { verdict: EditVerdict; gold?: GoldWordEdit; rawSpan: [number, number] } {
  const rawSpan = editSpan(e, line.raw, line.gold.raw.length)
  const gold = line.goldByKey.get(editKey(e))
  if (gold) return { verdict: 'TP', gold, rawSpan }
  if (line.gold.flags.some((f) => f.start <= rawSpan[0] && rawSpan[1] <= f.end)) return { verdict: 'flagged', rawSpan }
  const touchesGold = line.goldEdits.some((g) => (g.i < e.j && e.i < g.j) || (g.i === g.j && e.i <= g.i && g.i <= e.j))
  return { verdict: touchesGold ? 'FP-wrong-fix' : 'FP-damage', rawSpan }
}

const round4 = (x: number): number => +x.toFixed(4)

/** Scores `hypText` (a cleaned transcript keeping the raw file's lines) against the gold JSONL. */
export function scoreTranscript(goldJsonl: string, hypText: string): ScoreReport {
  const gold = parseGold(goldJsonl)
  const hypLines = hypText.replace(/^\uFEFF/, '').split(/\r?\n/)
  const maxLine = Math.max(...gold.map((g) => g.line))
  if (hypLines.length < maxLine) {
    throw new Error(`cleaned file has ${hypLines.length} lines; the gold standard needs line ${maxLine}: line structure was not kept`)
  }
  const t = { goldHigh: 0, goldMedium: 0, hyp: 0, correct: 0, correctHigh: 0, neutral: 0, damage: 0, rawErr: 0, hypErr: 0, refWords: 0 }
  const listing: ListingItem[] = []
  for (const g of gold) {
    const line = prepareLine(g)
    for (const e of line.goldEdits) {
      if (e.certainty === 'high') t.goldHigh++
      else t.goldMedium++
    }
    const hypWords = scoredWords(hypLines[g.line - 1]!).map((x) => x.w)
    const matched = new Set<GoldWordEdit>()
    const describe = (e: WordEdit): string => `${line.rawWords.slice(e.i, e.j).join(' ')} -> ${e.rep.join(' ')}`
    for (const e of alignWords(line.rawWords, hypWords)) {
      const { verdict, gold: ge, rawSpan } = judgeEdit(line, e)
      const text = describe(e)
      if (verdict === 'flagged') t.neutral++
      else t.hyp++
      if (verdict === 'TP') {
        t.correct++
        matched.add(ge!)
        if (ge!.certainty === 'high') t.correctHigh++
      }
      if (verdict === 'FP-damage') t.damage++
      listing.push({ kind: verdict, line: g.line, text, rawSpan })
    }
    for (const e of line.goldEdits) {
      if (matched.has(e) || e.certainty !== 'high') continue
      listing.push({ kind: 'FN', line: g.line, text: `${describe(e)} (${e.kind})`, rawSpan: editSpan(e, line.raw, g.raw.length) })
    }
    t.refWords += line.refWords.length
    t.rawErr += wordDistance(line.rawWords, line.refWords)
    t.hypErr += wordDistance(hypWords, line.refWords)
  }
  const precision = t.hyp ? t.correct / t.hyp : 1
  const recall = t.goldHigh ? t.correctHigh / t.goldHigh : 1
  const f05 = precision + recall ? (1.25 * precision * recall) / (0.25 * precision + recall) : 0
  const werRaw = t.rawErr / t.refWords
  const werCleaned = t.hypErr / t.refWords
  const result: ScoreResult = {
    lines: gold.length,
    goldEditsHigh: t.goldHigh,
    goldEditsMedium: t.goldMedium,
    hypEdits: t.hyp,
    correct: t.correct,
    precision: round4(precision),
    recall: round4(recall),
    f05: round4(f05),
    damage: t.damage,
    ignoredInFlags: t.neutral,
    werRaw: round4(werRaw),
    werCleaned: round4(werCleaned),
    werReduction: round4((werRaw - werCleaned) / werRaw),
  }
  listing.sort((a, b) => a.kind.localeCompare(b.kind) || a.line - b.line)
  return { result, listing }
}

/** The result as the reference scorer prints it: one `key: value` line per field. */
export function formatResult(result: ScoreResult): string {
  return Object.entries(result).map(([k, v]) => `${k}: ${v}`).join('\n')
}

/** The listing as the reference scorer prints it with `--verbose`: `KIND\tline N\ttext`. */
export function formatListing(listing: readonly ListingItem[]): string {
  return listing.map((x) => `${x.kind}\tline ${x.line}\t${x.text}`).join('\n')
}
