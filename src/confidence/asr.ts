/**
 * ASR word probabilities as evidence. A recogniser that was unsure of a word (low probability) makes
 * a correction there more likely right; one that was sure makes it less likely. The update is a
 * likelihood ratio against the probability of a typical correct word, damped because recogniser
 * probabilities are over-confident:
 *
 *   logit(confidence') = logit(confidence) + DAMPING × (logit(TYPICAL) − logit(p))
 *
 * where p is the lowest probability of the words the correction touches. No probabilities (plain
 * text, SRT, WebVTT): no change.
 */
import type { Proposal } from '../types.js'

/** Probability the recogniser gives a typical correct word. */
export const TYPICAL_WORD_PROBABILITY = 0.85
/** How much of the recogniser's log-odds to believe. */
export const ASR_DAMPING = 0.5

/** The lowest probability of a word starting in [start, end), if any are known. */
export function spanProbability(probabilities: ReadonlyMap<number, number>, start: number, end: number): number | undefined {
  let lowest: number | undefined
  for (const [offset, probability] of probabilities) {
    if (offset < start || offset >= end) continue
    if (lowest === undefined || probability < lowest) lowest = probability
  }
  return lowest
}

/** The proposal with its confidence updated by the ASR probability of its words, and the evidence recorded. */
export function withAsrEvidence(proposal: Proposal, probabilities: ReadonlyMap<number, number> | undefined): Proposal {
  if (!probabilities || proposal.expected.length === 0) return proposal
  const probability = spanProbability(probabilities, proposal.start, Math.max(proposal.end, proposal.start + 1))
  if (probability === undefined) return proposal
  const shift = ASR_DAMPING * (logit(TYPICAL_WORD_PROBABILITY) - logit(probability))
  const confidence = sigmoid(logit(proposal.confidence) + shift)
  const percent = Math.round(probability * 100)
  const note = probability < TYPICAL_WORD_PROBABILITY ? `the recogniser was unsure of these words (p = ${percent}%)` : `the recogniser was sure of these words (p = ${percent}%)`
  return {
    ...proposal,
    confidence,
    reason: `${proposal.reason.replace(/\.$/, '')}; ${note}.`,
    evidence: { ...proposal.evidence, asrProbability: probability, confidenceBeforeAsr: Math.round(proposal.confidence * 1000) / 1000 },
  }
}

function logit(p: number): number {
  const q = Math.min(0.999, Math.max(0.001, p))
  return Math.log(q / (1 - q))
}

function sigmoid(z: number): number {
  return 1 / (1 + Math.exp(-z))
}
