/**
 * Named features of a proposal for the calibration model. Every feature is computed from the proposal
 * alone (its source, rule, own confidence, glossary use and evidence numbers), so `calibrate` needs no
 * context beyond what the normalizer recorded.
 *
 * - `prior`: logit of the normalizer's own confidence (its estimate, the strongest single signal);
 * - `source=<id>`, `rule=<id>/<ruleId>`: one-hot, one weight per normalizer and per rule;
 * - `glossary`: the proposal used a glossary term;
 * - `shape=<kind>`: what the edit does to the words, when the caller passes the span's `actual` text:
 *   `case` (only letter case changes), `join` (only spaces or hyphens removed), `split` (only spaces
 *   added), `delete` (words removed, nothing put back); any other edit is a substitution;
 * - `<id>.<key>`: a number (or boolean) from the evidence of that normalizer, transformed so counts
 *   and ratios act on a log scale (`log1p`, or signed `log1p` for values that can be negative);
 *   a proposal of another normalizer, or without the key, gets the training mean (no effect);
 *   a text-valued key (the context word a glossary match found) counts as `present` (1) or not (0).
 */
import type { Proposal } from '../types.js'

/** What a feature is computed from; `name` is what the weights file and reports show. */
export type FeatureSpec =
  | { name: string; kind: 'prior' }
  | { name: string; kind: 'source'; source: string }
  | { name: string; kind: 'rule'; source: string; ruleId: string }
  | { name: string; kind: 'glossary' }
  | { name: string; kind: 'shape'; shape: EditShape }
  | { name: string; kind: 'evidence'; source: string; key: string; transform: EvidenceTransform }

export type EvidenceTransform = 'identity' | 'log1p' | 'signedLog1p' | 'bool' | 'present'

export type EditShape = 'case' | 'join' | 'split' | 'delete' | 'substitute'

const SHAPES: readonly EditShape[] = ['case', 'join', 'split', 'delete']

/**
 * The fields of a proposal (or correction record) the features read; `actual` (the span's text) and
 * `expected` enable the `shape=` features.
 */
export type FeatureInput = Pick<Proposal, 'source' | 'ruleId' | 'confidence' | 'evidence' | 'glossaryTerm'> & {
  actual?: string
  expected?: readonly string[]
}

/** What an edit does to the words, or undefined without the span's text. */
export function editShape(input: FeatureInput): EditShape | undefined {
  const actual = input.actual
  const expected = input.expected?.[0]
  if (actual === undefined || expected === undefined) return undefined
  if (expected.trim() === '' && actual.trim() !== '') return 'delete'
  if (actual !== expected && actual.toLowerCase() === expected.toLowerCase()) return 'case'
  const squeeze = (x: string): string => x.replace(/[\s\u00a0\u2010\u2011-]+/g, '')
  if (squeeze(actual) === squeeze(expected)) {
    if (expected.length < actual.length) return 'join'
    if (expected.length > actual.length) return 'split'
  }
  return 'substitute'
}

const EPSILON = 1e-3

/** log(p / (1 - p)), with p kept inside [0.001, 0.999]. */
export function logit(p: number): number {
  const q = Math.min(1 - EPSILON, Math.max(EPSILON, p))
  return Math.log(q / (1 - q))
}

function transform(value: number, how: EvidenceTransform): number {
  switch (how) {
    case 'identity':
      return value
    case 'bool':
      return value ? 1 : 0
    case 'log1p':
      return Math.log1p(Math.max(0, value))
    case 'signedLog1p':
      return Math.sign(value) * Math.log1p(Math.abs(value))
    case 'present':
      return value ? 1 : 0
  }
}

/** The raw value of a feature, or `undefined` where it does not apply (the model then uses the mean). */
export function featureValue(spec: FeatureSpec, input: FeatureInput): number | undefined {
  switch (spec.kind) {
    case 'prior':
      return logit(input.confidence)
    case 'source':
      return input.source === spec.source ? 1 : 0
    case 'rule':
      return input.source === spec.source && input.ruleId === spec.ruleId ? 1 : 0
    case 'glossary':
      return input.glossaryTerm === undefined ? 0 : 1
    case 'shape': {
      const shape = editShape(input)
      return shape === undefined ? undefined : shape === spec.shape ? 1 : 0
    }
    case 'evidence': {
      if (input.source !== spec.source) return undefined
      const value = input.evidence?.[spec.key]
      if (spec.transform === 'present') return typeof value === 'string' && value !== '' ? 1 : 0
      if (typeof value === 'boolean') return value ? 1 : 0
      if (typeof value !== 'number' || !Number.isFinite(value)) return undefined
      return transform(value, spec.transform)
    }
  }
}

export interface DeriveOptions {
  /** A one-hot or evidence feature needs this many training rows where it applies (default 5). */
  minSupport?: number
}

/**
 * The features a training set can support: the prior, the glossary flag where both values occur, and
 * per normalizer its one-hot, its rules and its evidence keys, each with at least `minSupport` rows
 * (for a numeric key: rows away from its commonest value; for a text key: rows with and without it).
 */
export function deriveFeatureSpecs(rows: readonly FeatureInput[], options: DeriveOptions = {}): FeatureSpec[] {
  const minSupport = options.minSupport ?? 5
  const specs: FeatureSpec[] = [{ name: 'prior', kind: 'prior' }]
  const glossaryRows = rows.filter((r) => r.glossaryTerm !== undefined).length
  if (glossaryRows >= minSupport && rows.length - glossaryRows >= minSupport) specs.push({ name: 'glossary', kind: 'glossary' })
  const shapes = rows.map(editShape)
  for (const shape of SHAPES) {
    const count = shapes.filter((x) => x === shape).length
    const known = shapes.filter((x) => x !== undefined).length
    if (count >= minSupport && known - count >= minSupport) specs.push({ name: `shape=${shape}`, kind: 'shape', shape })
  }
  const sources = [...new Set(rows.map((r) => r.source))].sort()
  for (const source of sources) {
    const own = rows.filter((r) => r.source === source)
    if (own.length < minSupport) continue
    if (sources.length > 1) specs.push({ name: `source=${source}`, kind: 'source', source })
    const rules = [...new Set(own.map((r) => r.ruleId))].sort()
    if (rules.length > 1) {
      for (const ruleId of rules) {
        if (own.filter((r) => r.ruleId === ruleId).length >= minSupport) specs.push({ name: `rule=${source}/${ruleId}`, kind: 'rule', source, ruleId })
      }
    }
    const keys = [...new Set(own.flatMap((r) => Object.keys(r.evidence ?? {})))].sort()
    for (const key of keys) {
      const texts = own.map((r) => r.evidence?.[key]).filter((v) => typeof v === 'string' && v !== '').length
      if (texts > 0) {
        // A text-valued key: whether it is there (a context word was found) is the feature.
        if (texts >= minSupport && own.length - texts >= minSupport) specs.push({ name: `${source}.${key}?`, kind: 'evidence', source, key, transform: 'present' })
        continue
      }
      const values = own.map((r) => r.evidence?.[key]).filter((v): v is number | boolean => typeof v === 'boolean' || (typeof v === 'number' && Number.isFinite(v)))
      // Support is counted away from the commonest value: a key that is 0 on all rows but one says
      // nothing general, whatever its weight would be.
      const counts = new Map<number | boolean, number>()
      for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1)
      const mode = Math.max(...counts.values())
      if (values.length - mode < minSupport) continue
      const numbers = values.map(Number)
      const how: EvidenceTransform = values.every((v) => typeof v === 'boolean')
        ? 'bool'
        : numbers.every((v) => v >= 0 && v <= 1)
          ? 'identity'
          : numbers.every((v) => v >= 0)
            ? 'log1p'
            : 'signedLog1p'
      specs.push({ name: `${source}.${key}`, kind: 'evidence', source, key, transform: how })
    }
  }
  return specs
}
