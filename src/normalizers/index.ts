/** The normalizers, each usable on its own in any unified pipeline with retext-english. */
export { registry } from './registry.js'
export type { NormalizerContext, NormalizerEntry } from './registry.js'
export { repetition, REPETITION_RULES } from './repetition.js'
export type { RepetitionOptions, RepetitionRule } from './repetition.js'
export { numbers, NUMBERS_RULES, ordinalSuffix } from './numbers.js'
export type { NumbersOptions, NumbersRule } from './numbers.js'
export { confusables } from './confusables.js'
export type { ConfusablesOptions } from './confusables.js'
