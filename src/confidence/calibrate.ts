/**
 * Calibrated confidence: the probability that a proposal's first replacement is right, from the
 * logistic model shipped in dictionaries/confidence-weights.json. The weights are bundled at build
 * time, so calibrating does no I/O.
 */
import shipped from '../../dictionaries/confidence-weights.json' with { type: 'json' }
import type { FeatureInput } from './features.js'
import { parseModel, predict, type ConfidenceModel } from './model.js'


let model: ConfidenceModel | undefined
/** `null`: calibration is off and every proposal keeps its own confidence. */
let override: ConfidenceModel | null | undefined

/** The shipped model (checked once, on first use). */
export function shippedModel(): ConfidenceModel {
  model ??= parseModel(shipped, 'dictionaries/confidence-weights.json')
  return model
}

/**
 * Replaces the model `calibrate` uses by default (`null` turns calibration off, `undefined` restores
 * the shipped one). For fitting, which must see the normalizers' own confidences, and for tests.
 */
export function setCalibrationModel(replacement: ConfidenceModel | null | undefined): void {
  override = replacement
}

/**
 * The calibrated probability (0..1) that `proposal` is right. Give it the normalizer's own confidence,
 * not an already calibrated one, and `actual` (the text of the span) so the edit-shape features apply:
 * `calibrate({ ...proposal, actual: text.slice(proposal.start, proposal.end) })`. Normalizers the
 * model was not fitted on keep their own confidence.
 */
export function calibrate(proposal: FeatureInput, using?: ConfidenceModel): number {
  const chosen = using ?? (override === undefined ? shippedModel() : override)
  return chosen === null ? proposal.confidence : predict(chosen, proposal)
}
