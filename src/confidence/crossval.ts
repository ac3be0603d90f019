/**
 * Grouped k-fold cross-validation: rows of one paragraph stay in one fold, so a model is always
 * measured on paragraphs it never saw (neighbouring words of one paragraph are not independent).
 */
import type { FeatureInput } from './features.js'
import { predict, trainModel, type TrainOptions } from './model.js'

/** mulberry32, a small seeded generator: folds (and test data) are the same on every run and machine. */
export function random(seed: number): () => number {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

/** The fold (0..k-1) of each row: distinct groups are shuffled with `seed` and dealt round-robin. */
export function groupFolds(groups: readonly (string | number)[], k: number, seed = 1): number[] {
  if (!(Number.isInteger(k) && k >= 2)) throw new TypeError(`groupFolds: k must be an integer >= 2, got ${k}`)
  const distinct = [...new Set(groups)]
  const rand = random(seed)
  for (let i = distinct.length - 1; i > 0; i--) {
    const j = Math.floor(rand() * (i + 1))
    ;[distinct[i], distinct[j]] = [distinct[j]!, distinct[i]!]
  }
  const foldOf = new Map(distinct.map((g, i) => [g, i % k]))
  return groups.map((g) => foldOf.get(g)!)
}

/**
 * Held-out probabilities: for each fold, a model trained on the other folds (features, scaling and
 * weights all from those folds only) predicts the fold's `predictOn` rows.
 */
export function crossValidatedProbabilities(
  train: { rows: readonly FeatureInput[]; right: readonly boolean[]; folds: readonly number[] },
  predictOn: { rows: readonly FeatureInput[]; folds: readonly number[] },
  k: number,
  options: TrainOptions = {},
): number[] {
  const out = new Array<number>(predictOn.rows.length).fill(Number.NaN)
  for (let fold = 0; fold < k; fold++) {
    const inFold = train.folds.map((f) => f !== fold)
    const rows = train.rows.filter((_, i) => inFold[i])
    const right = train.right.filter((_, i) => inFold[i])
    const model = trainModel(rows, right, options)
    predictOn.rows.forEach((row, i) => {
      if (predictOn.folds[i] === fold) out[i] = predict(model, row)
    })
  }
  return out
}

/** Mean negative log-likelihood of probabilities `p` for labels `right`. */
export function logLoss(p: readonly number[], right: readonly boolean[]): number {
  let sum = 0
  for (let i = 0; i < p.length; i++) {
    const q = Math.min(1 - 1e-9, Math.max(1e-9, p[i]!))
    sum -= right[i] ? Math.log(q) : Math.log(1 - q)
  }
  return sum / Math.max(1, p.length)
}
