/** The normalizers, each usable on its own in any unified pipeline with retext-english. */
export { registry } from './registry.js'
export type { NormalizerContext, NormalizerEntry } from './registry.js'
