/**
 * Calibrated confidence: the probability that a proposal's first replacement is right, from the
 * logistic model shipped in dictionaries/confidence-weights.json. The weights are bundled at build
 * time, so calibrating does no I/O.
 */
import shipped from '../../dictionaries/confidence-weights.json' with { type: 'json' }
import type { FeatureInput } from './features.js'
import { parseModel, predict, type ConfidenceModel } from './model.js'


let model: ConfidenceModel | undefined

/** The shipped model (checked once, on first use). */
export function shippedModel(): ConfidenceModel {
  model ??= parseModel(shipped, 'dictionaries/confidence-weights.json')
  return model
}

/**
 * The calibrated probability (0..1) that `proposal` is right. Give it the normalizer's own confidence,
 * not an already calibrated one, and `actual` (the text of the span) so the edit-shape features apply:
 * `calibrate({ ...proposal, actual: text.slice(proposal.start, proposal.end) })`. Normalizers the
 * model was not fitted on keep their own confidence.
 */
export function calibrate(proposal: FeatureInput, using: ConfidenceModel = shippedModel()): number {
  return predict(using, proposal)
}
