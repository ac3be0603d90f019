/** Review: the review page, decisions that replay, and learning glossary entries from them. */
export { renderReviewPage, renderReviewData, escapeHtml, scriptJson, contentSecurityPolicy } from './page.js'
export type { ReviewPageOptions } from './page.js'
export { reviewData, reviewFile, reviewRecord } from './model.js'
export type { ReviewData, ReviewFileData, ReviewInput, ReviewRecord } from './model.js'
export { applyDecisions, contentHash, decide, decisionFor, parseDecisions, DecisionsError, CONTEXT_CHARS } from './decisions.js'
export type { Decision, DecisionAction, DecisionsFile, FileDecisions } from './decisions.js'
export { learnGlossary, guessKind, allowPhrase, trimShared } from './learn.js'
export type { LearnChange, LearnOptions, LearnResult } from './learn.js'
