/**
 * How far the confidences can be trusted: every correction (applied or suggested; flags excluded) is
 * labelled right or wrong against the gold standard, and grouped by confidence band.
 *
 * A correction is right when the word-level edit it makes on its line is a gold edit: the same raw
 * word span and the same replacement, as the scorer counts a true positive. It is first judged alone
 * (the raw line with only this correction); when that fails it is judged together with the other
 * applied corrections of its line, because fixes of neighbouring words make one gold edit ("north korean"
 * → "North Korean" may come from two case fixes): then the word edits that appear only when it is added
 * to the others must all be gold edits. Corrections on plain
 * text only: the transcript is the raw file less a BOM, and its lines (split on `\n`, a trailing CR
 * dropped) are the gold lines.
 */
import type { Correction } from '../types.js'
import { alignWords, type WordEdit } from './align.js'
import { parseGold, type GoldLine } from './gold.js'
import { editKey, judgeEdit, prepareLine, type PreparedLine } from './score.js'
import { scoredWords } from './words.js'
import { lineIndexOf, lineStarts } from '../pipeline/place.js'

/**
 * `right`/`wrong`: judged against a gold edit; `flagged`: its edit falls inside a gold flag (not
 * scored); `no-word-change`: changes only punctuation or spacing, which are not scored; `unscored`:
 * its line has no gold annotation, or it spans a line break.
 */
export type CorrectionLabel = 'right' | 'wrong' | 'flagged' | 'no-word-change' | 'unscored'

export interface LabelledCorrection {
  correction: Correction
  label: CorrectionLabel
  /** 1-based line of the transcript the correction starts on. */
  line: number
}

interface LineContext {
  start: number
  text: string
  prepared: PreparedLine | undefined
}

/** The line with the given corrections (line-relative ranges, non-overlapping) applied. */
function applyToLine(line: string, edits: ReadonlyArray<{ start: number; end: number; text: string }>): string {
  let out = line
  for (const e of [...edits].sort((a, b) => b.start - a.start)) out = out.slice(0, e.start) + e.text + out.slice(e.end)
  return out
}

function judgeAll(prepared: PreparedLine, edits: readonly WordEdit[]): CorrectionLabel {
  if (edits.length === 0) return 'no-word-change'
  const verdicts = edits.map((e) => judgeEdit(prepared, e).verdict)
  if (verdicts.every((v) => v === 'TP')) return 'right'
  if (verdicts.every((v) => v === 'TP' || v === 'flagged')) return 'flagged'
  return 'wrong'
}

/** Labels each correction (flags, which have no `expected`, are left out) against the gold. */
export function labelCorrections(goldJsonl: string, raw: string, corrections: readonly Correction[]): LabelledCorrection[] {
  const gold = new Map<number, GoldLine>(parseGold(goldJsonl).map((g) => [g.line, g]))
  const text = raw.replace(/^\uFEFF/, '')
  const starts = lineStarts(text)
  const contexts = new Map<number, LineContext>()
  const contextOf = (index: number): LineContext => {
    let context = contexts.get(index)
    if (!context) {
      const start = starts[index]!
      const end = index + 1 < starts.length ? starts[index + 1]! - 1 : text.length
      const lineText = text.slice(start, end).replace(/\r$/, '')
      const g = gold.get(index + 1)
      context = { start, text: lineText, prepared: g ? prepareLine(g) : undefined }
      contexts.set(index, context)
    }
    return context
  }
  for (const g of gold.values()) {
    const start = starts[g.line - 1]
    const end = g.line < starts.length ? starts[g.line]! - 1 : text.length
    if (start === undefined || text.slice(start, end).replace(/\r$/, '') !== g.raw) {
      throw new Error(`line ${g.line} of the transcript differs from the gold standard's raw line: wrong gold file?`)
    }
  }
  const proposals = corrections.filter((c) => c.expected.length > 0)
  const lineOf = (c: Correction): number => lineIndexOf(starts, c.textRange[0])
  const appliedByLine = new Map<number, Correction[]>()
  for (const c of proposals) {
    if (!c.applied) continue
    const k = lineOf(c)
    appliedByLine.set(k, [...(appliedByLine.get(k) ?? []), c])
  }
  return proposals.map((c): LabelledCorrection => {
    const index = lineOf(c)
    const context = contextOf(index)
    const local = { start: c.textRange[0] - context.start, end: c.textRange[1] - context.start, text: c.expected[0]! }
    const result = (label: CorrectionLabel): LabelledCorrection => ({ correction: c, label, line: index + 1 })
    if (!context.prepared || local.end > context.text.length) return result('unscored')
    const prepared = context.prepared
    const alone = judgeAll(prepared, alignWords(prepared.rawWords, scoredWords(applyToLine(context.text, [local])).map((x) => x.w)))
    if (alone === 'right' || alone === 'no-word-change') return result(alone)
    // Judged with the other applied corrections of the line: the edits that touch this one's words.
    const others = (appliedByLine.get(index) ?? [])
      .filter((o) => o !== c && (o.textRange[1] <= c.textRange[0] || c.textRange[1] <= o.textRange[0]))
      .map((o) => ({ start: o.textRange[0] - context.start, end: o.textRange[1] - context.start, text: o.expected[0]! }))
      .filter((o) => o.end <= context.text.length)
    if (others.length === 0) return result(alone)
    const wordsOf = (edits: ReadonlyArray<{ start: number; end: number; text: string }>): string[] =>
      scoredWords(applyToLine(context.text, edits)).map((x) => x.w)
    const without = new Set(alignWords(prepared.rawWords, wordsOf(others)).map(editKey))
    // The edits this correction makes on top of the others (a merged run counts as its own).
    const together = alignWords(prepared.rawWords, wordsOf([...others, local])).filter((e) => !without.has(editKey(e)))
    return result(judgeAll(prepared, together) === 'right' ? 'right' : alone)
  })
}

/** Band edges: `[0, .5)`, `[.5, .7)`, … `[.95, 1]`. */
export const DEFAULT_BANDS: readonly number[] = [0, 0.5, 0.7, 0.8, 0.9, 0.95, 1]

export interface ReliabilityRow {
  /** `[low, high)`; the last band includes 1. */
  band: [number, number]
  /** Corrections with a replacement (applied or suggested) in the band. */
  corrections: number
  applied: number
  right: number
  wrong: number
  /** Flagged, punctuation-only or outside the gold lines: neither right nor wrong. */
  unscored: number
  /** right / (right + wrong), or null when none was judged. */
  precision: number | null
}

function bandIndex(bands: readonly number[], confidence: number): number {
  for (let k = bands.length - 2; k >= 0; k--) if (confidence >= bands[k]!) return k
  return 0
}

/** Counts, per confidence band, the corrections and how many of them the gold standard confirms. */
export function reliabilityTable(
  goldJsonl: string,
  raw: string,
  corrections: readonly Correction[],
  bands: readonly number[] = DEFAULT_BANDS,
): ReliabilityRow[] {
  return tabulate(labelCorrections(goldJsonl, raw, corrections), bands)
}

/** The table of already labelled corrections. */
export function tabulate(labelled: readonly LabelledCorrection[], bands: readonly number[] = DEFAULT_BANDS): ReliabilityRow[] {
  if (bands.length < 2) throw new TypeError('bands: expected at least two edges')
  const rows: ReliabilityRow[] = []
  for (let k = 0; k + 1 < bands.length; k++) {
    rows.push({ band: [bands[k]!, bands[k + 1]!], corrections: 0, applied: 0, right: 0, wrong: 0, unscored: 0, precision: null })
  }
  for (const { correction, label } of labelled) {
    const row = rows[bandIndex(bands, correction.confidence)]!
    row.corrections++
    if (correction.applied) row.applied++
    if (label === 'right') row.right++
    else if (label === 'wrong') row.wrong++
    else row.unscored++
  }
  for (const row of rows) row.precision = row.right + row.wrong > 0 ? row.right / (row.right + row.wrong) : null
  return rows
}

/** The same counts per normalizer (`source`), sorted by id. */
export interface SourceRow extends Omit<ReliabilityRow, 'band'> {
  source: string
}

/** Counts, per normalizer, the corrections and how many of them the gold standard confirms. */
export function tabulateBySource(labelled: readonly LabelledCorrection[]): SourceRow[] {
  const sources = [...new Set(labelled.map((x) => x.correction.source))].sort()
  return sources.map((source) => {
    const own = labelled.filter((x) => x.correction.source === source)
    const [row] = tabulate(own, [0, 1])
    const { band: _band, ...counts } = row!
    return { source, ...counts }
  })
}

/** A fixed-width text table, one normalizer a line. */
export function formatSourceTable(rows: readonly SourceRow[]): string {
  return formatTable(
    'normalizer',
    rows.map((r) => ({ ...r, label: r.source })),
    false,
  )
}

/** A fixed-width text table, one band a line, with a total line. */
export function formatReliabilityTable(rows: readonly ReliabilityRow[]): string {
  return formatTable(
    'confidence',
    rows.map((r, k) => ({ ...r, label: `[${r.band[0].toFixed(2)}, ${r.band[1].toFixed(2)}${k === rows.length - 1 ? ']' : ')'}` })),
    true,
  )
}

type Counts = Pick<ReliabilityRow, 'corrections' | 'applied' | 'right' | 'wrong' | 'unscored'>

function formatTable(title: string, rows: ReadonlyArray<Counts & { label: string }>, withTotal: boolean): string {
  const header = [title, 'corrections', 'applied', 'right', 'wrong', 'unscored', 'precision']
  const total = rows.reduce(
    (t, r) => ({ corrections: t.corrections + r.corrections, applied: t.applied + r.applied, right: t.right + r.right, wrong: t.wrong + r.wrong, unscored: t.unscored + r.unscored }),
    { corrections: 0, applied: 0, right: 0, wrong: 0, unscored: 0 },
  )
  const precision = (right: number, wrong: number): string => (right + wrong > 0 ? (right / (right + wrong)).toFixed(3) : '-')
  const body = rows.map((r) => [r.label, String(r.corrections), String(r.applied), String(r.right), String(r.wrong), String(r.unscored), precision(r.right, r.wrong)])
  if (withTotal) body.push(['all', String(total.corrections), String(total.applied), String(total.right), String(total.wrong), String(total.unscored), precision(total.right, total.wrong)])
  const table = [header, ...body]
  const widths = header.map((_, c) => Math.max(...table.map((r) => r[c]!.length)))
  return table.map((r) => r.map((cell, c) => (c === 0 ? cell.padEnd(widths[c]!) : cell.padStart(widths[c]!))).join('  ')).join('\n')
}

/** One correction labelled for calibration fitting. */
export interface FeatureRow {
  id: string
  source: string
  ruleId: string
  confidence: number
  applied: boolean
  evidence: Record<string, number | string | boolean>
  glossaryTerm?: string
  actual: string
  expected: string
  /** 1-based line: the paragraph, the unit of cross-validation folds. */
  line: number
  right: boolean
}

/** The corrections judged right or wrong (others left out), with what a calibration model needs. */
export function featureRows(goldJsonl: string, raw: string, corrections: readonly Correction[]): FeatureRow[] {
  return labelCorrections(goldJsonl, raw, corrections)
    .filter((x) => x.label === 'right' || x.label === 'wrong')
    .map(({ correction: c, label, line }) => ({
      id: c.id,
      source: c.source,
      ruleId: c.ruleId,
      confidence: c.confidence,
      applied: c.applied,
      evidence: c.evidence,
      ...(c.glossaryTerm === undefined ? {} : { glossaryTerm: c.glossaryTerm }),
      actual: c.actual,
      expected: c.expected[0]!,
      line,
      right: label === 'right',
    }))
}
