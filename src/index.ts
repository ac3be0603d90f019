// Cleaning: the one-call API and the pipeline under it.
export { clean } from './pipeline/clean.js'
export type { CleanOptions } from './pipeline/clean.js'
export { createPipeline, DEFAULT_MIN_CONFIDENCE } from './pipeline/pipeline.js'
export type { CleanResult, Pipeline, PipelineOptions } from './pipeline/pipeline.js'
export { applyCorrections, applyRawEdits } from './pipeline/apply.js'
export { resolveProposals } from './pipeline/resolve.js'
export { propose, tokensOf, isSpaceGap } from './pipeline/context.js'
export type { Token } from './pipeline/context.js'

// Formats: plain text, SRT, WebVTT, Whisper JSON.
export { parseDocument, detectFormat, FORMAT_NAMES } from './formats/index.js'
export type { ParseOptions } from './formats/index.js'
export { decodeInput } from './formats/decode.js'
export { parseText } from './formats/text.js'
export { parseSrt } from './formats/srt.js'
export { parseVtt } from './formats/vtt.js'
export { parseWhisper } from './formats/whisper.js'

// Normalizers: each a retext plugin.
export {
  registry,
  repetition,
  splitWords,
  joinedWords,
  numbers,
  untranslate,
  confusables,
  spelling,
  glossaryTerms,
  termCase,
  spelledAcronyms,
} from './normalizers/index.js'
export type {
  NormalizerContext,
  NormalizerEntry,
  RepetitionOptions,
  SplitWordsOptions,
  JoinedWordsOptions,
  NumbersOptions,
  UntranslateOptions,
  ConfusablesOptions,
  SpellingOptions,
  GlossaryTermsOptions,
  TermCaseOptions,
  SpelledAcronymsOptions,
} from './normalizers/index.js'

// Glossaries.
export { loadGlossary, loadGlossarySync, parseGlossary, loadDefaultGlossaries, GlossaryError, importGlossary, stringifyGlossary, DEFAULT_GLOSSARY_NAMES, glossaryHash } from './glossary/index.js'
export type { Glossary, GlossaryEntry, TermKind } from './glossary/types.js'

// Review: the page, decisions that replay, learning.
export { renderReviewPage, applyDecisions, parseDecisions, contentHash, learnGlossary, DecisionsError } from './review/index.js'
export type { ReviewPageOptions, Decision, DecisionsFile, FileDecisions, LearnOptions, LearnResult } from './review/index.js'

// Evaluation against a gold standard.
export { scoreTranscript, reliabilityTable, labelCorrections } from './eval/index.js'
export type { ScoreResult, ScoreReport, ReliabilityRow } from './eval/index.js'

export { InputError } from './types.js'
export type { CaptionDocument, Correction, CueRef, FormatName, Point, Proposal, RawEdit, Segment } from './types.js'
