import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { parseDocument } from '../src/formats/index.js'
import { applyCorrections, rawEditsFor, toRawOffset } from '../src/pipeline/apply.js'
import { createLocator } from '../src/pipeline/place.js'
import {
  applyDecisions,
  contentHash,
  decide,
  decisionFor,
  DecisionsError,
  parseDecisions,
  type Decision,
  type FileDecisions,
} from '../src/review/decisions.js'
import type { CaptionDocument, Correction } from '../src/types.js'

const DIR = new URL('../fixtures/igf2017-cybersecurity/', import.meta.url)
const raw = readFileSync(new URL('dev.txt', DIR), 'utf8')
const ref = readFileSync(new URL('dev.ref.txt', DIR), 'utf8')
const gold = readFileSync(new URL('dev.gold.jsonl', DIR), 'utf8')
  .trim()
  .split('\n')
  .map((line) => JSON.parse(line) as GoldLine)

interface GoldLine {
  line: number
  edits: Array<{ start: number; end: number; raw: string; ref: string; certainty: string; kind: string }>
  flags: Array<{ start: number; end: number; raw: string; note?: string }>
}

/** A record over transcript range [start, end) of a document, as the pipeline would make it. */
function record(
  document: CaptionDocument,
  start: number,
  end: number,
  expected: string[],
  confidence: number,
  ruleId = 'test',
): Correction {
  const parts = rawEditsFor(document.segments, start, end, expected[0] ?? '')
  const range: [number, number] = [parts[0]?.range[0] ?? toRawOffset(document.segments, start), parts.at(-1)?.range[1] ?? toRawOffset(document.segments, end)]
  const locate = createLocator(document.raw)
  const correction: Correction = {
    id: `hand@${range[0]}-${range[1]}`,
    source: 'hand',
    ruleId,
    actual: document.text.slice(start, end),
    expected,
    range,
    textRange: [start, end],
    place: { start: locate(range[0]), end: locate(range[1]) },
    confidence,
    applied: expected.length > 0 && confidence >= 0.5,
    reason: 'hand-made record for a test',
    evidence: {},
  }
  if (parts.length > 1) correction.parts = parts
  return correction
}

/** The gold edits of the dev fixture as records: high certainty 0.95, medium 0.55 (both applied). */
function goldRecords(document: CaptionDocument): Correction[] {
  const lineStarts = [0]
  for (const line of document.raw.split('\n')) lineStarts.push(lineStarts.at(-1)! + line.length + 1)
  return gold.flatMap((line) =>
    line.edits.map((edit) => {
      const start = lineStarts[line.line - 1]! + edit.start
      return record(document, start, start + edit.end - edit.start, [edit.ref], edit.certainty === 'high' ? 0.95 : 0.55, edit.kind)
    }),
  )
}

const document = parseDocument(raw, { path: 'dev.txt', format: 'text' })
const records = goldRecords(document)
const fileOf = (decisions: Decision[]): FileDecisions => ({ path: 'dev.txt', contentHash: contentHash(raw), decisions })

describe('applyDecisions', () => {
  it('replays every gold edit accepted into the reference text', () => {
    expect(records.length).toBeGreaterThan(100)
    const decisions = records.map((r) => decisionFor(r, 'accept', document.text))
    expect(applyDecisions(document, records, fileOf(decisions))).toBe(ref)
  })

  it('leaves a rejected record out and keeps the others as the run applied them', () => {
    const rejected = records[3]!
    const out = applyDecisions(raw, records, fileOf([decisionFor(rejected, 'reject', document.text)]))
    const expected = applyCorrections(raw, records.filter((r) => r !== rejected))
    expect(out).toBe(expected)
    expect(out).not.toBe(ref)
    // Exactly that one span is back as written.
    expect(out.length - ref.length).toBe(rejected.actual.length - rejected.expected[0]!.length)
    expect(out.slice(0, rejected.range[0])).toBe(applyCorrections(raw, records).slice(0, rejected.range[0]))
  })

  it('applies an accepted suggestion and leaves undecided suggestions unapplied', () => {
    const suggestions = records.map((r, i) => (i % 2 === 0 ? { ...r, applied: false, confidence: 0.3 } : r))
    const chosen = suggestions[0]!
    const out = applyDecisions(raw, suggestions, fileOf([decisionFor(chosen, 'accept', document.text)]))
    expect(out).toBe(applyCorrections(raw, suggestions.map((r) => (r === chosen ? { ...r, applied: true } : r))))
    expect(out.slice(chosen.range[0], chosen.range[0] + chosen.expected[0]!.length)).toBe(chosen.expected[0])
  })

  it('turns undecided records below a stricter minConfidence into suggestions', () => {
    const out = applyDecisions(raw, records, fileOf([]), 0.9)
    expect(out).toBe(applyCorrections(raw, records.filter((r) => r.confidence >= 0.9)))
    expect(out).not.toBe(ref)
  })

  it('uses a chosen alternative', () => {
    const target = records.find((r) => r.actual === 'two mag members')
    expect(target).toBeDefined()
    const withAlternative = records.map((r) => (r === target ? { ...r, expected: [...r.expected, 'two Magg members'] } : r))
    const decision = decisionFor({ ...target!, expected: [...target!.expected, 'two Magg members'] }, 'accept', document.text, 'two Magg members')
    const out = applyDecisions(raw, withAlternative, fileOf([decision]))
    expect(out).toContain('to introduce the two Magg members to organize this session')
    expect(out.replace('two Magg members', 'two MAG members')).toBe(ref)
  })

  it('refuses decisions made on other content, naming the file and both hashes', () => {
    const edited = raw.replace('Geneva', 'Genève')
    const decisions = fileOf([decisionFor(records[0]!, 'accept', document.text)])
    let error: unknown
    try {
      applyDecisions(edited, records, decisions)
    } catch (caught) {
      error = caught
    }
    expect(error).toBeInstanceOf(DecisionsError)
    const message = (error as Error).message
    expect(message).toContain('dev.txt')
    expect(message).toContain(contentHash(raw))
    expect(message).toContain(contentHash(edited))
  })

  it('refuses ids the run did not make, choices that are not offered, and two overlapping accepts', () => {
    const first = records[0]!
    expect(() => decide(records, [{ id: 'hand@1-2', action: 'accept' }])).toThrow(/hand@1-2/)
    expect(() => decide(records, [{ id: 'hand@1-2', action: 'accept', actual: raw.slice(1, 2), choice: 'x' }])).toThrow(/hand@1-2/)
    expect(() => decide(records, [{ id: first.id, action: 'accept', choice: 'something else' }])).toThrow(/not one of/)
    const overlapping = record(document, first.textRange[0], first.textRange[1] + 3, ['x'], 0.4)
    const both = [...records, overlapping]
    expect(() =>
      decide(both, [
        { id: first.id, action: 'accept' },
        { id: overlapping.id, action: 'accept' },
      ]),
    ).toThrow(/overlap/)
    // Accepting the suggestion alone makes the overlapping undecided record yield.
    const decided = decide(both, [{ id: overlapping.id, action: 'accept' }])
    expect(decided.find((r) => r.id === first.id)?.applied).toBe(false)
    expect(decided.find((r) => r.id === overlapping.id)?.applied).toBe(true)
  })

  it('replays decisions on records a later run no longer makes, from what they carry', () => {
    // The review saw all gold records; the new run only makes the second half of them.
    const [accepted, rejected] = [records[0]!, records[1]!]
    const decisions = fileOf([decisionFor(accepted, 'accept', document.text), decisionFor(rejected, 'reject', document.text)])
    const later = records.slice(2)
    // The later run proposes something else over the rejected span: the reviewer's "keep" still holds.
    const rival = { ...record(document, rejected.textRange[0], rejected.textRange[1], ['something else'], 0.99), id: `other@${rejected.range[0]}-${rejected.range[1]}`, source: 'other' }
    const out = applyDecisions(raw, [...later, rival], decisions)
    expect(out).toBe(applyCorrections(raw, [...later, { ...accepted, applied: true }]))
    // A decision whose span no longer reads as recorded is refused.
    const stale = { ...decisionFor(accepted, 'accept', document.text), actual: 'not what is there' }
    expect(() => applyDecisions(raw, later, fileOf([stale]))).toThrow(/no longer read as recorded/)
  })

  it('refuses a decision on a flag', () => {
    const flag = record(document, 10, 20, [], 0.2)
    expect(() => decide([...records, flag], [{ id: flag.id, action: 'accept' }])).toThrow(/flag/)
  })
})

describe('applyDecisions on caption files', () => {
  const srt = [
    '1',
    '00:00:01,000 --> 00:00:03,500',
    'we need global corporation',
    '',
    '2',
    '00:00:03,500 --> 00:00:06,000',
    'on cyber security and the mag',
    '',
  ].join('\r\n')
  const srtDocument = parseDocument(srt, { path: 'talk.srt', format: 'srt' })

  it('rewrites a span across two cues with the chosen alternative, timings untouched', () => {
    const start = srtDocument.text.indexOf('corporation')
    const end = srtDocument.text.indexOf(' cyber')
    const across = record(srtDocument, start, end, ['cooperation on', 'co-operation on'], 0.8)
    expect(across.parts?.length).toBe(2)
    const file: FileDecisions = {
      path: 'talk.srt',
      contentHash: contentHash(srt),
      decisions: [decisionFor(across, 'accept', srtDocument.text, 'co-operation on')],
    }
    const out = applyDecisions(srtDocument, [across], file)
    expect(out).toBe(srt.replace('corporation', 'co-operation on').replace('\r\non cyber', '\r\n cyber'))
    expect(out).toContain('00:00:03,500 --> 00:00:06,000')
  })
})

describe('parseDecisions', () => {
  it('accepts what decisionFor writes, and names the key at fault', () => {
    const file = { version: 1, files: [fileOf([decisionFor(records[0]!, 'accept', document.text), decisionFor(records[1]!, 'reject', document.text)])] }
    expect(parseDecisions(JSON.parse(JSON.stringify(file)), 'd.json')).toEqual(file)
    expect(() => parseDecisions({ version: 2, files: [] }, 'd.json')).toThrow(/d\.json: version/)
    expect(() => parseDecisions({ version: 1, files: [{ path: 'a', contentHash: 'x', decisions: [] }] }, 'd.json')).toThrow(/files\[0\]\.contentHash/)
    expect(() =>
      parseDecisions({ version: 1, files: [{ ...fileOf([]), decisions: [{ id: 'a@1-2', action: 'maybe' }] }] }, 'd.json'),
    ).toThrow(/decisions\[0\]\.action/)
  })

  it('keeps the context a learner needs', () => {
    const decision = decisionFor(records[0]!, 'reject', document.text)
    expect(decision.actual).toBe(records[0]!.actual)
    expect(document.text.slice(0, records[0]!.textRange[0]).endsWith(decision.before!)).toBe(true)
    expect(document.text.slice(records[0]!.textRange[1]).startsWith(decision.after!)).toBe(true)
    expect(decision.choice).toBeUndefined()
  })
})
