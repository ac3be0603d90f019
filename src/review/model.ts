/**
 * The data a review page shows: per file, the transcript text, the cue times and the records in
 * transcript coordinates. It is embedded in the page as JSON; the page renders it with text nodes only.
 */
import type { CaptionDocument, Correction } from '../types.js'
import { contentHash, type Decision } from './decisions.js'

/** One record as the page needs it. */
export interface ReviewRecord {
  id: string
  source: string
  ruleId: string
  actual: string
  /** Replacements, first chosen; empty for a flag. */
  expected: string[]
  /** `[start, end)` in the transcript text. */
  start: number
  end: number
  confidence: number
  applied: boolean
  reason: string
  evidence: Record<string, number | string | boolean>
  glossaryTerm?: string
  /** Cue start and end as written, for caption formats. */
  cue?: { index: number; id?: string; start: string; end: string }
  flag: boolean
}

export interface ReviewFileData {
  path: string
  contentHash: string
  format: string
  text: string
  /** Transcript offsets where a cue starts, with its start time (caption formats). */
  cueMarks: Array<{ offset: number; start: string }>
  /** Corrections then flags, sorted by position. */
  records: ReviewRecord[]
  /** Decisions of an earlier review of the same bytes, by record id: the page starts from them. */
  decided?: Record<string, { action: 'accept' | 'reject'; choice?: string }>
}

export interface ReviewData {
  version: 1
  generator: string
  minConfidence?: number
  files: ReviewFileData[]
}

/** One file to review: its parsed document and the run's records. */
export interface ReviewInput {
  document: CaptionDocument
  corrections: readonly Correction[]
  flags?: readonly Correction[]
  /** Display path (defaults to the document's path). */
  path?: string
  /** Decisions of an earlier review to start from (only those naming a correction of this run are kept). */
  decisions?: readonly Decision[]
}

export function reviewRecord(correction: Correction): ReviewRecord {
  const record: ReviewRecord = {
    id: correction.id,
    source: correction.source,
    ruleId: correction.ruleId,
    actual: correction.actual,
    expected: [...correction.expected],
    start: correction.textRange[0],
    end: correction.textRange[1],
    confidence: correction.confidence,
    applied: correction.applied,
    reason: correction.reason,
    evidence: correction.evidence,
    flag: correction.expected.length === 0,
  }
  if (correction.glossaryTerm !== undefined) record.glossaryTerm = correction.glossaryTerm
  if (correction.cue) {
    const { index, id, start, end } = correction.cue
    record.cue = id === undefined ? { index, start, end } : { index, id, start, end }
  }
  return record
}

export function reviewFile(input: ReviewInput): ReviewFileData {
  const { document } = input
  const records = [...input.corrections, ...(input.flags ?? [])]
    .map(reviewRecord)
    .sort((a, b) => a.start - b.start || a.end - b.end || Number(a.flag) - Number(b.flag))
  const cueMarks: ReviewFileData['cueMarks'] = []
  if (document.cues) {
    let previous: number | undefined
    for (const segment of document.segments) {
      if (segment.cue === undefined || segment.cue === previous) continue
      previous = segment.cue
      const cue = document.cues[segment.cue]
      if (cue) cueMarks.push({ offset: segment.textStart, start: cue.start })
    }
  }
  const file: ReviewFileData = {
    path: input.path ?? document.path ?? '<input>',
    contentHash: contentHash(document.raw),
    format: document.format,
    text: document.text,
    cueMarks,
    records,
  }
  if (input.decisions && input.decisions.length > 0) {
    const byId = new Map(records.filter((r) => !r.flag).map((r) => [r.id, r]))
    const decided: NonNullable<ReviewFileData['decided']> = {}
    for (const decision of input.decisions) {
      const record = byId.get(decision.id)
      if (!record) continue
      if (decision.action === 'reject') decided[decision.id] = { action: 'reject' }
      else {
        const choice = decision.choice ?? record.expected[0]!
        if (record.expected.includes(choice)) decided[decision.id] = { action: 'accept', choice }
      }
    }
    file.decided = decided
  }
  return file
}

export function reviewData(inputs: readonly ReviewInput[], options: { minConfidence?: number; generator?: string } = {}): ReviewData {
  const data: ReviewData = { version: 1, generator: options.generator ?? 'captidy', files: inputs.map(reviewFile) }
  if (options.minConfidence !== undefined) data.minConfidence = options.minConfidence
  return data
}
