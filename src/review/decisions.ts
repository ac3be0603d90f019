/**
 * Review decisions: what a reviewer accepted or rejected on the review page, saved as JSON and replayed
 * on the same input. A decisions file is bound to the exact bytes it was made on (`contentHash`), so
 * decisions never land on a different text.
 */
import { createHash } from 'node:crypto'
import { applyCorrections } from '../pipeline/apply.js'
import type { CaptionDocument, Correction } from '../types.js'

export type DecisionAction = 'accept' | 'reject'

/** One reviewer decision on one correction record. */
export interface Decision {
  /** The record id (`source@start-end`). */
  id: string
  action: DecisionAction
  /** The chosen replacement for an accept (the record's first `expected`, or an alternative). */
  choice?: string
  /** What the record said, so `captidy learn` works from the decisions file alone. */
  actual?: string
  expected?: string[]
  source?: string
  ruleId?: string
  glossaryTerm?: string
  /** Up to 60 characters of transcript before and after the span. */
  before?: string
  after?: string
}

export interface FileDecisions {
  path: string
  /** SHA-256 (hex) of the raw input as UTF-8. */
  contentHash: string
  decisions: Decision[]
}

export interface DecisionsFile {
  version: 1
  files: FileDecisions[]
}

/** A decisions file that does not fit the input or the records: names the file and what differs. */
export class DecisionsError extends Error {
  readonly path: string
  constructor(message: string, path: string) {
    super(`${path}: ${message}`)
    this.name = 'DecisionsError'
    this.path = path
  }
}

/** SHA-256 (hex) of the raw input, encoded as UTF-8 (a BOM included). */
export function contentHash(raw: string): string {
  return createHash('sha256').update(raw, 'utf8').digest('hex')
}

/** Characters of context kept on each side of a decided span. */
export const CONTEXT_CHARS = 60

/** The decision record for a correction, with the context `captidy learn` needs. */
export function decisionFor(
  correction: Correction,
  action: DecisionAction,
  text: string,
  choice?: string,
): Decision {
  const [start, end] = correction.textRange
  const decision: Decision = { id: correction.id, action }
  if (action === 'accept') decision.choice = choice ?? correction.expected[0] ?? ''
  decision.actual = correction.actual
  decision.expected = correction.expected
  decision.source = correction.source
  decision.ruleId = correction.ruleId
  if (correction.glossaryTerm !== undefined) decision.glossaryTerm = correction.glossaryTerm
  decision.before = text.slice(Math.max(0, start - CONTEXT_CHARS), start)
  decision.after = text.slice(end, end + CONTEXT_CHARS)
  return decision
}

/**
 * Checks the shape of a parsed decisions file and returns it typed. Throws a `DecisionsError` naming
 * `path` (the decisions file) and the key at fault.
 */
export function parseDecisions(value: unknown, path = '<decisions>'): DecisionsFile {
  const fail = (message: string): never => {
    throw new DecisionsError(message, path)
  }
  if (!isObject(value)) return fail('a decisions file is an object { version: 1, files: [...] }')
  if (value.version !== 1) fail(`version: expected 1, got ${JSON.stringify(value.version)}`)
  if (!Array.isArray(value.files)) return fail('files: expected a list')
  const files = value.files.map((file: unknown, i: number): FileDecisions => {
    const at = `files[${i}]`
    if (!isObject(file)) return fail(`${at}: expected an object { path, contentHash, decisions }`)
    if (typeof file.path !== 'string' || file.path === '') fail(`${at}.path: expected a file path`)
    if (typeof file.contentHash !== 'string' || !/^[0-9a-f]{64}$/.test(file.contentHash)) {
      fail(`${at}.contentHash: expected a SHA-256 in hex`)
    }
    if (!Array.isArray(file.decisions)) return fail(`${at}.decisions: expected a list`)
    const seen = new Set<string>()
    const decisions = file.decisions.map((d: unknown, j: number): Decision => {
      const where = `${at}.decisions[${j}]`
      if (!isObject(d)) return fail(`${where}: expected an object { id, action }`)
      if (typeof d.id !== 'string' || d.id === '') fail(`${where}.id: expected a correction id`)
      if (d.action !== 'accept' && d.action !== 'reject') {
        fail(`${where}.action: expected "accept" or "reject", got ${JSON.stringify(d.action)}`)
      }
      if (d.choice !== undefined && typeof d.choice !== 'string') fail(`${where}.choice: expected a string`)
      if (seen.has(d.id as string)) fail(`${where}.id: "${String(d.id)}" is decided twice`)
      seen.add(d.id as string)
      return d as unknown as Decision
    })
    return { path: file.path as string, contentHash: file.contentHash as string, decisions }
  })
  return { version: 1, files }
}

/**
 * The records as the decisions leave them: accepted ones applied (with the chosen replacement first),
 * rejected ones not, the rest as the run left them (`applied` already reflects its minConfidence;
 * a stricter `minConfidence` here turns more of them into suggestions). An undecided record that
 * overlaps an accepted one yields to it.
 *
 * With `raw` (the very input the decisions were made on), a decision on a record this run did not make
 * (a newer captidy, other options) still replays from what it carries: an accept whose span
 * (`source@start-end`) still reads `actual` in `raw` is applied as written, and a reject keeps every
 * undecided record over its span unapplied. Without `raw`, or when the span no longer reads `actual`,
 * such a decision is an error. Also throws a `DecisionsError` for a choice that is not among a
 * record's replacements, a decision on a flag, or two accepted records that overlap.
 */
export function decide(
  corrections: readonly Correction[],
  decisions: readonly Decision[],
  minConfidence?: number,
  path = '<input>',
  raw?: string,
): Correction[] {
  const byId = new Map(corrections.map((c) => [c.id, c]))
  const decided = new Map<string, Decision>()
  const unknown: string[] = []
  const replayed: Correction[] = []
  const keep: Array<[number, number]> = []
  for (const decision of decisions) {
    const correction = byId.get(decision.id)
    if (!correction) {
      const standalone = raw === undefined ? undefined : standaloneRecord(decision, raw)
      if (!standalone) unknown.push(decision.id)
      else if (decision.action === 'accept') replayed.push(standalone)
      else keep.push(standalone.range)
      continue
    }
    if (correction.expected.length === 0) {
      throw new DecisionsError(`"${decision.id}" is a flag: it has no replacement to accept or reject`, path)
    }
    if (decision.action === 'accept' && decision.choice !== undefined && !correction.expected.includes(decision.choice)) {
      throw new DecisionsError(
        `"${decision.id}": choice ${JSON.stringify(decision.choice)} is not one of ${JSON.stringify(correction.expected)}`,
        path,
      )
    }
    decided.set(decision.id, decision)
  }
  if (unknown.length > 0) {
    throw new DecisionsError(
      `${unknown.length} decision(s) name corrections this run did not make, and their spans no longer read as recorded (${unknown.slice(0, 5).join(', ')}${unknown.length > 5 ? ', …' : ''})`,
      path,
    )
  }

  const accepted = [...corrections.filter((c) => decided.get(c.id)?.action === 'accept'), ...replayed]
  const sortedAccepted = [...accepted].sort((a, b) => a.range[0] - b.range[0])
  for (let i = 1; i < sortedAccepted.length; i++) {
    const previous = sortedAccepted[i - 1]!
    const current = sortedAccepted[i]!
    if (overlaps(previous, current)) {
      throw new DecisionsError(`accepted corrections "${previous.id}" and "${current.id}" overlap; accept only one`, path)
    }
  }

  const kept = (c: Correction) => keep.some(([start, end]) => overlaps(c, { range: [start, end] }))
  const result = corrections.map((correction) => {
    const decision = decided.get(correction.id)
    if (decision?.action === 'accept') {
      const choice = decision.choice ?? correction.expected[0]!
      return withChoice({ ...correction, applied: true }, choice)
    }
    if (decision?.action === 'reject') return { ...correction, applied: false }
    let applied = correction.applied && correction.expected.length > 0
    if (applied && minConfidence !== undefined && correction.confidence < minConfidence) applied = false
    if (applied && (accepted.some((a) => overlaps(a, correction)) || kept(correction))) applied = false
    return applied === correction.applied ? correction : { ...correction, applied }
  })
  return [...result, ...replayed]
}

/**
 * A record rebuilt from a decision alone: its id names the raw span (`source@start-end`), which must
 * still read `actual` (so the span lies inside one verbatim run of the input).
 */
function standaloneRecord(decision: Decision, raw: string): Correction | undefined {
  const match = /^([^@]+)@(\d+)-(\d+)$/.exec(decision.id)
  if (!match || decision.actual === undefined) return undefined
  const start = Number(match[2])
  const end = Number(match[3])
  if (end < start || end > raw.length || raw.slice(start, end) !== decision.actual) return undefined
  const choice = decision.choice ?? decision.expected?.[0]
  if (decision.action === 'accept' && choice === undefined) return undefined
  return {
    id: decision.id,
    source: decision.source ?? match[1]!,
    ruleId: decision.ruleId ?? 'review',
    actual: decision.actual,
    expected: choice === undefined ? [] : [choice],
    range: [start, end],
    textRange: [start, end],
    place: { start: { line: 0, column: 0 }, end: { line: 0, column: 0 } },
    confidence: 1,
    applied: decision.action === 'accept',
    reason: 'replayed from a review decision',
    evidence: {},
  }
}

/**
 * The cleaned text with the decisions replayed on the raw input. `decisions` is one file's entry of a
 * decisions file; it is refused when its `contentHash` is not the hash of this input.
 */
export function applyDecisions(
  input: CaptionDocument | string,
  corrections: readonly Correction[],
  decisions: FileDecisions,
  minConfidence?: number,
): string {
  const raw = typeof input === 'string' ? input : input.raw
  const actual = contentHash(raw)
  if (actual !== decisions.contentHash) {
    throw new DecisionsError(
      `content hash mismatch: the decisions were made on ${decisions.contentHash}, this input is ${actual}; the file changed since it was reviewed`,
      decisions.path,
    )
  }
  return applyCorrections(raw, decide(corrections, decisions.decisions, minConfidence, decisions.path, raw))
}

/** A record with `choice` as its first replacement (its raw edits rewritten to match). */
function withChoice(correction: Correction, choice: string): Correction {
  if (choice === correction.expected[0]) return correction
  const expected = [choice, ...correction.expected.filter((e) => e !== choice)]
  const result: Correction = { ...correction, expected }
  // The first raw edit carries the replacement; the others only remove covered text.
  if (correction.parts) result.parts = correction.parts.map((part, i) => (i === 0 ? { ...part, text: choice } : part))
  return result
}

function overlaps(a: Pick<Correction, 'range'>, b: Pick<Correction, 'range'>): boolean {
  const [as, ae] = a.range
  const [bs, be] = b.range
  if (as === ae || bs === be) return as === bs || (as < be && bs < ae)
  return as < be && bs < ae
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}
