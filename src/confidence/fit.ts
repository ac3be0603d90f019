/**
 * Fitting the calibration model on a gold-annotated transcript (used by scripts/fit-confidence.mjs).
 *
 * 1. Every proposal with a replacement is labelled right or wrong against the gold standard (see
 *    src/eval/reliability.ts; the resolver's picks at the normalizers' own confidence are the applied
 *    context for fixes that only make a gold edit together).
 * 2. Paragraphs (gold lines) are dealt into k folds. For each L2 penalty and minimum feature support,
 *    each fold is predicted by a model fitted on the other folds; the pair with the lowest held-out
 *    log-loss is kept.
 * 3. With held-out probabilities as confidences, the proposals go through the resolver and those at or
 *    above a threshold are applied; the result is scored by the scorer (precision, recall, F0.5 over
 *    the whole transcript), so the figures are what a user would get at that --min-confidence.
 * 4. The final model is fitted on all paragraphs with the kept penalty.
 */
import { labelCorrections, type CorrectionLabel } from '../eval/reliability.js'
import { scoreTranscript, type ScoreResult } from '../eval/score.js'
import { resolveProposals } from '../pipeline/resolve.js'
import type { Correction, Proposal } from '../types.js'
import { crossValidatedProbabilities, groupFolds, logLoss } from './crossval.js'
import type { FeatureInput } from './features.js'
import { trainModel, type ConfidenceModel, type TrainOptions } from './model.js'

export interface FitOptions {
  /** Folds (default 5). */
  k?: number
  seed?: number
  /** How many times the folds are dealt (default 5); held-out figures are averaged over the deals. */
  repeats?: number
  /** L2 penalties to try (default 0.3, 1, 3, 10). */
  l2s?: number[]
  /** Thresholds to report (default 0.5 … 0.95). */
  thresholds?: number[]
  /** The held-out precision the recommended threshold must reach (default 0.95). */
  targetPrecision?: number
  /** Minimum rows for a feature; default: the best of 5, 10 and 20 by held-out log-loss. */
  minSupport?: number
}

export interface ThresholdRow {
  threshold: number
  /** Scorer figures with held-out calibrated confidences. */
  calibrated: Pick<ScoreResult, 'hypEdits' | 'correct' | 'precision' | 'recall' | 'f05' | 'damage'>
  /** The same with the normalizers' own confidences, for comparison. */
  own: Pick<ScoreResult, 'hypEdits' | 'correct' | 'precision' | 'recall' | 'f05' | 'damage'>
}

export interface FitReport {
  model: ConfidenceModel
  /** Proposals with a replacement, and how each was labelled. */
  proposals: number
  labels: Record<CorrectionLabel, number>
  l2: number
  minSupport: number
  /** Held-out log-loss per penalty and feature support, and of the normalizers' own confidences. */
  logLoss: Array<{ l2: number; minSupport: number; logLoss: number }>
  ownLogLoss: number
  thresholds: ThresholdRow[]
  /** Lowest threshold (0.01 steps) from which every higher one keeps held-out precision >= target. */
  recommendedMinConfidence: number | null
  /**
   * The threshold (0.01 steps) with the highest held-out F0.5 among those with precision >= target,
   * with calibrated and with own confidences: whether calibration helps where it matters.
   */
  bestAtTarget: { calibrated: SweepBest | null; own: SweepBest | null }
  targetPrecision: number
  /** Held-out probability and label of each labelled proposal, for reliability tables. */
  heldOut: Array<{ source: string; ruleId: string; own: number; calibrated: number; right: boolean; line: number }>
}

export interface SweepBest {
  threshold: number
  precision: number
  recall: number
  f05: number
}

/**
 * Thresholds 0.01 … 0.99: the lowest from which every higher one keeps precision >= target (or
 * applies nothing), and the one with the best F0.5 among those reaching the target.
 */
function sweep(scoreAt: (threshold: number) => ScoreResult, target: number): { lowest: number | null; best: SweepBest | null } {
  let lowest: number | null = null
  let failed = false
  let best: SweepBest | null = null
  for (let t = 99; t >= 1; t--) {
    const { hypEdits, precision, recall, f05 } = scoreAt(t / 100)
    if (hypEdits === 0) continue
    if (precision < target) failed = true
    else {
      if (!failed) lowest = t / 100
      if (!best || f05 > best.f05) best = { threshold: t / 100, precision, recall, f05 }
    }
  }
  return { lowest, best }
}

function pick(result: ScoreResult): ThresholdRow['own'] {
  const { hypEdits, correct, precision, recall, f05, damage } = result
  return { hypEdits, correct, precision, recall, f05, damage }
}

/** The transcript with the resolver's picks at or above `threshold` applied. */
function applyAt(text: string, proposals: readonly Proposal[], threshold: number): string {
  const { chosen } = resolveProposals(proposals, text)
  let out = text
  for (const p of [...chosen].reverse()) if (p.confidence >= threshold) out = out.slice(0, p.start) + p.expected[0]! + out.slice(p.end)
  return out
}

/** Fits the model on one plain-text transcript (`raw`, BOM allowed) and its gold standard. */
export function fitConfidence(goldJsonl: string, raw: string, allProposals: readonly Proposal[], options: FitOptions = {}): FitReport {
  const k = options.k ?? 5
  const seed = options.seed ?? 1
  const repeats = options.repeats ?? 5
  const l2s = options.l2s ?? [0.3, 1, 3, 10]
  const targetPrecision = options.targetPrecision ?? 0.95
  const thresholds = options.thresholds ?? [0.5, 0.6, 0.7, 0.75, 0.8, 0.85, 0.9, 0.95]
  const text = raw.replace(/^\uFEFF/, '')
  const proposals = allProposals.filter((p) => p.expected.length > 0 && p.start >= 0 && p.end <= text.length && p.start <= p.end)

  // 1. Labels, with the resolver's picks at own confidence as the applied context.
  const chosen = new Set(resolveProposals(proposals, text).chosen.map((p) => `${p.start}:${p.end}:${p.expected[0]}`))
  const records = proposals.map((p, i): Correction => ({
    id: String(i),
    source: p.source,
    ruleId: p.ruleId,
    actual: text.slice(p.start, p.end),
    expected: p.expected,
    range: [p.start, p.end],
    textRange: [p.start, p.end],
    place: { start: { line: 0, column: 0 }, end: { line: 0, column: 0 } },
    confidence: p.confidence,
    applied: chosen.has(`${p.start}:${p.end}:${p.expected[0]}`),
    reason: p.reason,
    evidence: p.evidence ?? {},
  }))
  const labelled = labelCorrections(goldJsonl, text, records)
  const labels: Record<CorrectionLabel, number> = { right: 0, wrong: 0, flagged: 0, 'no-word-change': 0, unscored: 0 }
  for (const l of labelled) labels[l.label]++
  const lineOf = labelled.map((l) => l.line)
  const judged = labelled.map((l, i) => ({ i, l })).filter(({ l }) => l.label === 'right' || l.label === 'wrong')
  // What the features see: the proposal and the text of its span (for the `shape=` features).
  const inputs = proposals.map((p) => ({ ...p, actual: text.slice(p.start, p.end) }))
  const rows = judged.map(({ i }) => inputs[i]!)
  const right = judged.map(({ l }) => l.label === 'right')
  // Folds are dealt `repeats` times (seeds seed, seed+1, …) and held-out figures averaged, so one lucky
  // deal of 140 paragraphs does not decide.
  const deals = Array.from({ length: repeats }, (_, r) => groupFolds(lineOf, k, seed + r))
  const heldOut = (predictOn: readonly FeatureInput[], options: TrainOptions): number[] => {
    const sum = new Array<number>(predictOn.length).fill(0)
    for (const allFolds of deals) {
      const folds = judged.map(({ i }) => allFolds[i]!)
      const p = crossValidatedProbabilities({ rows, right, folds }, { rows: predictOn, folds: predictOn === rows ? folds : allFolds }, k, options)
      p.forEach((q, i) => (sum[i]! += q / deals.length))
    }
    return sum
  }

  // 2. The penalty and feature support with the best held-out log-loss.
  const supports = options.minSupport === undefined ? [5, 10, 20] : [options.minSupport]
  const losses = supports.flatMap((minSupport) => l2s.map((l2) => ({ l2, minSupport, logLoss: logLoss(heldOut(rows, { l2, minSupport }), right) })))
  const best = losses.reduce((a, b) => (b.logLoss < a.logLoss ? b : a))
  const trainOptions = { l2: best.l2, minSupport: best.minSupport }

  // 3. Held-out confidences for every proposal, through the resolver, scored at each threshold.
  const heldOutAll = heldOut(inputs, trainOptions)
  const calibrated = proposals.map((p, i) => ({ ...p, confidence: heldOutAll[i]! }))
  const scoreAt = (ps: readonly Proposal[], t: number): ScoreResult => scoreTranscript(goldJsonl, applyAt(text, ps, t)).result
  const table = thresholds.map((threshold) => ({ threshold, calibrated: pick(scoreAt(calibrated, threshold)), own: pick(scoreAt(proposals, threshold)) }))
  const calibratedSweep = sweep((t) => scoreAt(calibrated, t), targetPrecision)
  const ownSweep = sweep((t) => scoreAt(proposals, t), targetPrecision)
  const recommended = calibratedSweep.lowest

  // 4. The final model on everything.
  const model = trainModel(rows, right, trainOptions)
  const report: FitReport = {
    model,
    proposals: proposals.length,
    labels,
    l2: best.l2,
    minSupport: best.minSupport,
    logLoss: losses,
    ownLogLoss: logLoss(rows.map((r) => r.confidence), right),
    thresholds: table,
    recommendedMinConfidence: recommended,
    bestAtTarget: { calibrated: calibratedSweep.best, own: ownSweep.best },
    targetPrecision,
    heldOut: judged.map(({ i }, j) => ({ source: proposals[i]!.source, ruleId: proposals[i]!.ruleId, own: proposals[i]!.confidence, calibrated: heldOutAll[i]!, right: right[j]!, line: lineOf[i]! })),
  }
  model.crossValidation = {
    folds: k,
    repeats,
    unit: 'paragraph (gold line)',
    seed,
    heldOutLogLoss: best.logLoss,
    ownLogLoss: report.ownLogLoss,
    thresholds: table.map((r) => ({ threshold: r.threshold, ...r.calibrated })),
    bestAtTarget: report.bestAtTarget,
    targetPrecision,
  }
  model.recommendedMinConfidence = recommended
  return report
}
