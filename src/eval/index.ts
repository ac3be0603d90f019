/** Scoring cleaned transcripts against a gold standard, and how far confidences can be trusted. */
export { scoreTranscript, formatResult, formatListing, type ScoreResult, type ScoreReport, type ListingItem, type ListingKind } from './score.js'
export {
  reliabilityTable,
  labelCorrections,
  featureRows,
  formatReliabilityTable,
  tabulate,
  tabulateBySource,
  formatSourceTable,
  DEFAULT_BANDS,
  type CorrectionLabel,
  type LabelledCorrection,
  type ReliabilityRow,
  type FeatureRow,
  type SourceRow,
} from './reliability.js'
export { parseGold, type GoldLine, type GoldAnnotation, type GoldFlag } from './gold.js'
