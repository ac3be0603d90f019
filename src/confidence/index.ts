/**
 * Calibrated confidence: a logistic model over named features of a proposal's evidence, fitted on the
 * dev fixture with paragraph-level cross-validation (scripts/fit-confidence.mjs).
 */
export { calibrate, setCalibrationModel, shippedModel } from './calibrate.js'
export { deriveFeatureSpecs, editShape, featureValue, logit, type EditShape, type EvidenceTransform, type FeatureInput, type FeatureSpec } from './features.js'
export { fitLogistic, sigmoid, type LogisticFit, type LogisticOptions } from './logistic.js'
export { parseModel, predict, trainModel, type ConfidenceModel, type TrainOptions, type WeightedFeature } from './model.js'
export { crossValidatedProbabilities, groupFolds, logLoss } from './crossval.js'
