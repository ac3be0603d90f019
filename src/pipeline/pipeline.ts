/**
 * The correction pipeline: retext-english parses the transcript, the enabled normalizers propose,
 * the resolver chooses, and the applier writes. Everything returned is a view of the records.
 */
import type { Root } from 'nlcst'
import retextEnglish from 'retext-english'
import { unified, type Processor } from 'unified'
import { VFile } from 'vfile'
import { withAsrEvidence } from '../confidence/asr.js'
import { calibrate } from '../confidence/calibrate.js'
import { adaptRawEdits } from '../formats/cue-text.js'
import { resolveGlossaries } from '../glossary/load.js'
import type { Glossary } from '../glossary/types.js'
import { registry, type NormalizerEntry } from '../normalizers/registry.js'
import type { CaptionDocument, Correction, Proposal } from '../types.js'
import { applyCorrections, rawEditsFor, toRawOffset } from './apply.js'
import type { CaptidyData } from './context.js'
import { mirrorRecord } from './messages.js'
import { createLocator } from './place.js'
import { resolveProposals, type Resolution } from './resolve.js'
import { composeSecondLook } from './second-look.js'

/** Confidence at or above which a correction is applied; below it, it is reported as a suggestion. */
export const DEFAULT_MIN_CONFIDENCE = 0.5

export interface PipelineOptions {
  /**
   * Turn normalizers on or off by id (`{ repetition: false }`), or pass an object to turn one on with
   * options. Unlisted normalizers keep their default.
   */
  normalizers?: Record<string, boolean | Record<string, unknown>>
  /** Corrections below this confidence are reported, not applied. Default 0.5. */
  minConfidence?: number
  /** Glossaries to use; user entries win over shipped ones. */
  glossaries?: Glossary[]
  /** Load the shipped glossaries too (default true). */
  defaultGlossaries?: boolean
  /** Extra normalizers of your own, run after the shipped ones (same entry shape as the registry). */
  plugins?: NormalizerEntry[]
}

export interface CleanResult {
  /** The cleaned raw input (same format, same bytes outside corrected words). */
  text: string
  /** Corrections, applied and suggested, in order of position. */
  corrections: Correction[]
  /** Spans that look wrong but cannot be fixed (no `expected`). */
  flags: Correction[]
  document: CaptionDocument
  /** The vfile, with one message per correction and flag. */
  file: VFile
}

export interface Pipeline {
  readonly minConfidence: number
  readonly normalizers: readonly string[]
  run(document: CaptionDocument): CleanResult
}

export function createPipeline(options: PipelineOptions = {}): Pipeline {
  const minConfidence = options.minConfidence ?? DEFAULT_MIN_CONFIDENCE
  if (typeof minConfidence !== 'number' || !(minConfidence >= 0 && minConfidence <= 1)) {
    throw new TypeError(`options.minConfidence must be a number from 0 to 1, got ${String(options.minConfidence)}`)
  }
  const requested = options.normalizers ?? {}
  const known = [...registry, ...(options.plugins ?? [])].map((entry) => entry.id)
  const duplicate = known.find((id, index) => known.indexOf(id) !== index)
  if (duplicate) throw new TypeError(`options.plugins: the id '${duplicate}' is already taken by another normalizer`)
  for (const id of Object.keys(requested)) {
    if (!known.includes(id)) {
      throw new TypeError(`options.normalizers.${id}: no such normalizer (known: ${known.join(', ')})`)
    }
  }
  const glossaries = resolveGlossaries(options)

  const enabled: NormalizerEntry[] = [...registry, ...(options.plugins ?? [])].filter((entry) => {
    const setting = requested[entry.id]
    return setting === undefined ? entry.defaultOn : setting !== false
  })
  const processor = unified().use(retextEnglish) as unknown as Processor<Root, Root, Root>
  for (const entry of enabled) {
    const setting = requested[entry.id]
    const userOptions = typeof setting === 'object' && setting !== null ? setting : {}
    processor.use(entry.plugin, entry.options({ glossaries, userOptions, minConfidence }))
  }
  processor.freeze()

  return {
    minConfidence,
    normalizers: enabled.map((entry) => entry.id),
    run(document) {
      const file = new VFile({ value: document.text })
      if (document.path !== undefined) file.path = document.path
      const data: CaptidyData = { document, proposals: [] }
      file.data.captidy = data
      processor.runSync(processor.parse(file), file)
      const { chosen, flags } = choose(document, data.proposals)
      const isApplied = (proposal: Proposal) => proposal.confidence >= minConfidence
      const lookAgain = (text: string) => {
        const again: CaptidyData = { document: plainDocument(text), proposals: [] }
        const look = new VFile({ value: text, data: { captidy: again } })
        processor.runSync(processor.parse(look), look)
        return choose(again.document, again.proposals).chosen
      }
      return finish(document, file, composeSecondLook(document.text, chosen, isApplied, lookAgain), flags, minConfidence)
    },
  }
}

/** Maps each proposal's evidence to a probability and picks among overlapping proposals. */
function choose(document: CaptionDocument, proposals: readonly Proposal[]): Resolution {
  // One documented model maps each proposal's evidence to a probability (src/confidence/); the
  // recogniser's word probabilities, where the input has them, then weigh in.
  const calibrated = proposals.map((p) => {
    if (p.expected.length === 0) return p
    const confidence = calibrate({ ...p, actual: document.text.slice(p.start, p.end) })
    return confidence === p.confidence ? p : { ...p, confidence, evidence: { ...p.evidence, ownConfidence: p.confidence } }
  })
  const weighed = document.wordProbability ? calibrated.map((p) => withAsrEvidence(p, document.wordProbability)) : calibrated
  return resolveProposals(weighed, document.text)
}

function plainDocument(text: string): CaptionDocument {
  return { format: 'text', raw: text, text, segments: [{ textStart: 0, textEnd: text.length, rawStart: 0 }] }
}

function finish(document: CaptionDocument, file: VFile, chosen: Proposal[], flags: Proposal[], minConfidence: number): CleanResult {
  const locate = createLocator(document.raw)
  const toRecord = (proposal: Proposal, applied: boolean): Correction => {
    const { start, end } = proposal
    const rawStart = toRawOffset(document.segments, start)
    // The format adapts the edits: escapes where it needs them, and no emptied cue line.
    const parts = adaptRawEdits(document, rawEditsFor(document.segments, start, end, proposal.expected[0] ?? '', document.text))
    const rawEnd = parts.length > 0 ? parts.at(-1)!.range[1] : Math.max(rawStart, toRawOffset(document.segments, end))
    let range: [number, number] = [parts[0]?.range[0] ?? rawStart, rawEnd]
    const ownParts = parts.length > 1 || (parts[0] !== undefined && parts[0].text !== proposal.expected[0])
    // With parts of its own the range is not written, so it spans the whole correction, even where
    // only some of its words change ("UN\ncharter" → "UN\nCharter" writes only "Charter").
    if (ownParts && end > start) range = [Math.min(range[0], rawStart), Math.max(range[1], toRawOffset(document.segments, end - 1) + 1)]
    const record: Correction = {
      id: `${proposal.source}@${range[0]}-${range[1]}`,
      source: proposal.source,
      ruleId: proposal.ruleId,
      actual: document.text.slice(start, end),
      expected: proposal.expected,
      range,
      textRange: [start, end],
      place: { start: locate(range[0]), end: locate(range[1]) },
      confidence: round(proposal.confidence),
      applied,
      reason: proposal.reason,
      evidence: proposal.evidence ?? {},
    }
    if (ownParts) record.parts = parts
    const cueIndex = document.segments.find((s) => s.textStart <= start && start <= s.textEnd)?.cue
    const cue = cueIndex === undefined ? undefined : document.cues?.[cueIndex]
    if (cue) record.cue = cue
    if (proposal.glossaryTerm !== undefined) record.glossaryTerm = proposal.glossaryTerm
    return record
  }
  const corrections = chosen.map((p) => toRecord(p, p.confidence >= minConfidence))
  const flagRecords = flags.map((p) => toRecord(p, false))
  for (const record of [...corrections, ...flagRecords]) mirrorRecord(file, record)
  return { text: applyCorrections(document.raw, corrections), corrections, flags: flagRecords, document, file }
}

function round(value: number): number {
  return Math.round(value * 1000) / 1000
}
