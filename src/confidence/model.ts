/**
 * The calibration model: a logistic regression over named, standardized features (see features.ts).
 * It maps a proposal's evidence to the probability that its first replacement is what was said.
 * Normalizers the model was not fitted on keep their own confidence.
 */
import { deriveFeatureSpecs, featureValue, type FeatureInput, type FeatureSpec } from './features.js'
import { fitLogistic, sigmoid } from './logistic.js'

/** A feature with its standardization and weight: contribution = weight · (value − center) / scale. */
export type WeightedFeature = FeatureSpec & { center: number; scale: number; weight: number }

export interface ConfidenceModel {
  version: 1
  /** One line on how it was fitted. */
  method: string
  intercept: number
  features: WeightedFeature[]
  /** Normalizers with enough training rows (`minSupport`); others keep their own confidence. */
  sources: string[]
  l2: number
  /** Training rows (right + wrong) and how many were right. */
  rows: number
  positives: number
  /** Cross-validated figures written by scripts/fit-confidence.mjs, for the record. */
  crossValidation?: unknown
  /** Lowest threshold whose held-out precision reached the target, if one did. */
  recommendedMinConfidence?: number | null
}

export interface TrainOptions {
  l2?: number
  minSupport?: number
  method?: string
}

/** Fits a model on labelled rows (`right[k]` says whether row k's correction was right). */
export function trainModel(rows: readonly FeatureInput[], right: readonly boolean[], options: TrainOptions = {}): ConfidenceModel {
  if (rows.length !== right.length) throw new TypeError(`trainModel: ${rows.length} rows but ${right.length} labels`)
  const l2 = options.l2 ?? 1
  const minSupport = options.minSupport ?? 5
  const specs = deriveFeatureSpecs(rows, { minSupport })
  const raw = rows.map((row) => specs.map((spec) => featureValue(spec, row)))
  const standardization = specs.map((_, k) => {
    const values = raw.map((r) => r[k]).filter((v): v is number => v !== undefined)
    const center = values.length ? values.reduce((a, b) => a + b, 0) / values.length : 0
    const variance = values.length ? values.reduce((a, b) => a + (b - center) ** 2, 0) / values.length : 0
    return { center, scale: variance > 1e-12 ? Math.sqrt(variance) : 1 }
  })
  const x = raw.map((r) => r.map((v, k) => (v === undefined ? 0 : (v - standardization[k]!.center) / standardization[k]!.scale)))
  const fit = fitLogistic(x, right.map((r) => (r ? 1 : 0)), { l2 })
  return {
    version: 1,
    method: options.method ?? `L2-regularized logistic regression (l2 = ${l2}) on standardized features`,
    intercept: fit.intercept,
    features: specs.map((spec, k) => ({ ...spec, ...standardization[k]!, weight: fit.weights[k]! })),
    // Only normalizers with enough rows are re-scored; the others keep their own confidence.
    sources: [...new Set(rows.map((r) => r.source))].filter((source) => rows.filter((r) => r.source === source).length >= minSupport).sort(),
    l2,
    rows: rows.length,
    positives: right.filter(Boolean).length,
  }
}

/** The model's probability for a proposal, or its own confidence when the model does not cover it. */
export function predict(model: ConfidenceModel, input: FeatureInput): number {
  if (!model.sources.includes(input.source)) return input.confidence
  let z = model.intercept
  for (const feature of model.features) {
    const value = featureValue(feature, input)
    if (value !== undefined) z += (feature.weight * (value - feature.center)) / feature.scale
  }
  const p = sigmoid(z)
  return Number.isFinite(p) ? Math.min(1, Math.max(0, p)) : input.confidence
}

const KINDS = new Set(['prior', 'source', 'rule', 'glossary', 'shape', 'evidence'])
const SHAPES = new Set(['case', 'join', 'split', 'delete', 'substitute'])
const TRANSFORMS = new Set(['identity', 'log1p', 'signedLog1p', 'bool', 'present'])

/** Checks a parsed weights file; a bad one throws a TypeError naming the file and key. */
export function parseModel(value: unknown, path = 'confidence-weights.json'): ConfidenceModel {
  const fail = (key: string, what: string): never => {
    throw new TypeError(`${path}: ${key}: ${what}`)
  }
  if (typeof value !== 'object' || value === null) return fail('(root)', 'expected an object')
  const model = value as Record<string, unknown>
  if (model.version !== 1) fail('version', `expected 1, got ${JSON.stringify(model.version)}`)
  if (typeof model.intercept !== 'number' || !Number.isFinite(model.intercept)) fail('intercept', 'expected a finite number')
  if (!Array.isArray(model.sources) || !model.sources.every((s) => typeof s === 'string')) fail('sources', 'expected an array of normalizer ids')
  if (!Array.isArray(model.features)) return fail('features', 'expected an array')
  model.features.forEach((feature: unknown, k: number) => {
    const f = feature as Record<string, unknown>
    const at = `features[${k}]`
    if (typeof f !== 'object' || f === null) fail(at, 'expected an object')
    if (typeof f.name !== 'string') fail(`${at}.name`, 'expected a string')
    if (!KINDS.has(f.kind as string)) fail(`${at}.kind`, `expected one of ${[...KINDS].join(', ')}`)
    for (const key of ['center', 'scale', 'weight']) {
      if (typeof f[key] !== 'number' || !Number.isFinite(f[key])) fail(`${at}.${key}`, 'expected a finite number')
    }
    if (f.scale === 0) fail(`${at}.scale`, 'must not be 0')
    if ((f.kind === 'source' || f.kind === 'rule' || f.kind === 'evidence') && typeof f.source !== 'string') fail(`${at}.source`, 'expected a string')
    if (f.kind === 'shape' && !SHAPES.has(f.shape as string)) fail(`${at}.shape`, `expected one of ${[...SHAPES].join(', ')}`)
    if (f.kind === 'rule' && typeof f.ruleId !== 'string') fail(`${at}.ruleId`, 'expected a string')
    if (f.kind === 'evidence' && typeof f.key !== 'string') fail(`${at}.key`, 'expected a string')
    if (f.kind === 'evidence' && !TRANSFORMS.has(f.transform as string)) fail(`${at}.transform`, `expected one of ${[...TRANSFORMS].join(', ')}`)
  })
  return value as ConfidenceModel
}
