import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { parseGold } from '../src/eval/gold.js'
import { featureRows, formatReliabilityTable, formatSourceTable, labelCorrections, reliabilityTable, tabulateBySource } from '../src/eval/reliability.js'
import type { Correction } from '../src/types.js'

const root = new URL('..', import.meta.url).pathname
const fixture = join(root, 'fixtures/igf2017-cybersecurity')
const devGold = readFileSync(join(fixture, 'dev.gold.jsonl'), 'utf8')
const devRaw = readFileSync(join(fixture, 'dev.txt'), 'utf8')

/** A correction record replacing `text.slice(start, end)` (plain text, no BOM: textRange = range). */
function correction(text: string, start: number, end: number, expected: string, confidence: number, applied = true): Correction {
  return {
    id: `test@${start}-${end}`,
    source: 'test',
    ruleId: 'test',
    actual: text.slice(start, end),
    expected: [expected],
    range: [start, end],
    textRange: [start, end],
    place: { start: { line: 1, column: start + 1 }, end: { line: 1, column: end + 1 } },
    confidence,
    applied,
    reason: 'test',
    evidence: { score: confidence },
  }
}

/** A correction of the first `actual` at or after `from` in `text`. */
function fix(text: string, actual: string, expected: string, confidence: number, applied = true, from = 0): Correction {
  const start = text.indexOf(actual, from)
  if (start < 0) throw new Error(`${actual} not in text`)
  return correction(text, start, start + actual.length, expected, confidence, applied)
}

const lines = [
  'Intro line that nobody annotated.',
  'We need due indigenous on the north korean threat and war fair SXOERT TPHRAO, and the security counsel council agrees.',
  'The corporation between states is key.',
]
const raw = lines.join('\n')
/** A gold annotation of the first `actual` in `line`. */
const note = (line: string, actual: string, ref: string, certainty: string, kind: string) => ({ start: line.indexOf(actual), end: line.indexOf(actual) + actual.length, raw: actual, ref, certainty, kind })
const gold = [
  {
    line: 2,
    raw: lines[1]!,
    ref: 'We need due diligence on the North Korean threat and warfare SXOERT TPHRAO, and the security council agrees.',
    edits: [
      note(lines[1]!, 'indigenous', 'diligence', 'high', 'misrecognition'),
      note(lines[1]!, 'north korean', 'North Korean', 'high', 'case'),
      note(lines[1]!, 'war fair', 'warfare', 'high', 'split'),
      note(lines[1]!, 'counsel council', 'council', 'medium', 'repetition'),
    ],
    flags: [{ start: lines[1]!.indexOf('SXOERT'), end: lines[1]!.indexOf('SXOERT') + 13, raw: 'SXOERT TPHRAO', note: 'untranslate' }],
  },
  { line: 3, raw: lines[2]!, ref: 'The cooperation between states is key.', edits: [note(lines[2]!, 'corporation', 'cooperation', 'high', 'homophone')], flags: [] },
].map((g) => JSON.stringify(g)).join('\n')

describe('labelCorrections', () => {
  it('checks the synthetic gold against its own raw lines', () => {
    for (const g of parseGold(gold)) {
      for (const a of g.edits) expect(g.raw.slice(a.start, a.end)).toBe(a.raw)
      for (const f of g.flags) expect(g.raw.slice(f.start, f.end)).toBe(f.raw)
    }
  })
  it('labels a correction right when its word edit is a gold edit, and wrong otherwise', () => {
    const l1 = raw.indexOf('\n') + 1
    const cases: Array<[Correction, string]> = [
      [fix(raw, 'indigenous', 'diligence', 0.97), 'right'],
      [fix(raw, 'war fair', 'warfare', 0.9), 'right'],
      [fix(raw, 'counsel council', 'council', 0.6, false), 'right'],
      [fix(raw, 'corporation', 'cooperation', 0.85), 'right'],
      [fix(raw, 'corporation', 'corporations', 0.85, false), 'wrong'],
      [fix(raw, 'indigenous', 'indigence', 0.55, false), 'wrong'],
      [fix(raw, 'states', 'State', 0.75), 'wrong'],
      [fix(raw, 'agrees', 'agree', 0.3, false), 'wrong'],
      [fix(raw, 'SXOERT', 'soft', 0.4, false), 'flagged'],
      [fix(raw, 'key.', 'key!', 0.99), 'no-word-change'],
      [fix(raw, 'nobody', 'no body', 0.99), 'unscored'],
      [correction(raw, l1 - 5, l1 + 2, 'x', 0.5, false), 'unscored'],
    ]
    const labelled = labelCorrections(gold, raw, cases.map(([c]) => c))
    expect(labelled.map((x) => x.label)).toEqual(cases.map(([, label]) => label))
    expect(labelled.map((x) => x.line)).toEqual([2, 2, 2, 3, 3, 2, 3, 2, 2, 3, 1, 1])
  })
  it('counts neighbouring fixes that make one gold edit together as right, but not alone', () => {
    const north = fix(raw, 'north', 'North', 0.9)
    const korean = fix(raw, 'korean', 'Korean', 0.9)
    expect(labelCorrections(gold, raw, [north, korean]).map((x) => x.label)).toEqual(['right', 'right'])
    expect(labelCorrections(gold, raw, [north]).map((x) => x.label)).toEqual(['wrong'])
    // A suggestion is judged with the applied corrections, never with other suggestions.
    expect(labelCorrections(gold, raw, [north, { ...korean, applied: false }]).map((x) => x.label)).toEqual(['wrong', 'right'])
  })
  it('leaves flags out', () => {
    const flag = { ...fix(raw, 'SXOERT TPHRAO', '', 0.5, false), expected: [] }
    expect(labelCorrections(gold, raw, [flag])).toEqual([])
  })
  it('reads the plain-text transcript less its BOM', () => {
    const withBom = `\uFEFF${raw}`
    const c = fix(raw, 'indigenous', 'diligence', 0.97)
    const shifted = { ...c, range: [c.range[0] + 1, c.range[1] + 1] as [number, number] }
    expect(labelCorrections(gold, withBom, [shifted]).map((x) => x.label)).toEqual(['right'])
  })
  it('reads CRLF lines', () => {
    const crlf = raw.replace(/\n/g, '\r\n')
    const labels = labelCorrections(gold, crlf, [fix(crlf, 'indigenous', 'diligence', 0.9), fix(crlf, 'corporation', 'corporations', 0.9)])
    expect(labels.map((x) => [x.label, x.line])).toEqual([['right', 2], ['wrong', 3]])
  })
  it('refuses a transcript that is not the gold raw text', () => {
    expect(() => labelCorrections(gold, raw.replace('due', 'dew'), [fix(raw, 'indigenous', 'diligence', 0.9)])).toThrow(/line 2 .*differs/)
  })
})

describe('reliabilityTable', () => {
  it('counts corrections and right ones per confidence band', () => {
    const rows = reliabilityTable(gold, raw, [
      fix(raw, 'indigenous', 'diligence', 0.97),
      fix(raw, 'war fair', 'warfare', 1),
      fix(raw, 'states', 'State', 0.96),
      fix(raw, 'corporation', 'cooperation', 0.85),
      fix(raw, 'agrees', 'agree', 0.3, false),
      fix(raw, 'SXOERT', 'soft', 0.4, false),
      { ...fix(raw, 'SXOERT TPHRAO', '', 0.99, false), expected: [] },
    ])
    expect(rows.map((r) => r.band)).toEqual([[0, 0.5], [0.5, 0.7], [0.7, 0.8], [0.8, 0.9], [0.9, 0.95], [0.95, 1]])
    expect(rows[5]).toEqual({ band: [0.95, 1], corrections: 3, applied: 3, right: 2, wrong: 1, unscored: 0, precision: 2 / 3 })
    expect(rows[3]).toMatchObject({ corrections: 1, right: 1, precision: 1 })
    expect(rows[0]).toEqual({ band: [0, 0.5], corrections: 2, applied: 0, right: 0, wrong: 1, unscored: 1, precision: 0 })
    expect(rows[1]!.precision).toBeNull()
    const text = formatReliabilityTable(rows)
    expect(text.split('\n')).toHaveLength(8)
    expect(text).toMatch(/^\[0\.95, 1\.00\]\s+3\s+3\s+2\s+1\s+0\s+0\.667$/m)
    expect(text).toMatch(/^all\s+6\s+4\s+3\s+2\s+1\s+0\.600$/m)
  })
  it('confirms every dev gold annotation made as a correction, and no variant of it', () => {
    const starts = [0]
    for (let k = devRaw.indexOf('\n'); k >= 0; k = devRaw.indexOf('\n', k + 1)) starts.push(k + 1)
    const right: Correction[] = []
    const wrong: Correction[] = []
    for (const g of parseGold(devGold)) {
      for (const a of g.edits) {
        const at = starts[g.line - 1]!
        right.push(correction(devRaw, at + a.start, at + a.end, a.ref, 0.9))
        wrong.push(correction(devRaw, at + a.start, at + a.end, `${a.ref} also`, 0.6, false))
      }
    }
    const labels = labelCorrections(devGold, devRaw, [...right, ...wrong]).map((x) => x.label)
    const count = (xs: string[], label: string): number => xs.filter((x) => x === label).length
    const rightLabels = labels.slice(0, right.length)
    // Annotations inside a flag or touching only punctuation are not scored; every other one is right.
    expect(count(rightLabels, 'wrong')).toBe(0)
    expect(count(rightLabels, 'right')).toBeGreaterThan(140)
    expect(count(labels.slice(right.length), 'right')).toBe(0)
    const rows = featureRows(devGold, devRaw, [...right, ...wrong])
    expect(rows.filter((r) => r.right)).toHaveLength(count(rightLabels, 'right'))
    expect(rows.every((r) => r.right === r.expected.endsWith('also') === false)).toBe(true)
  })
})

describe('tabulateBySource', () => {
  it('counts per normalizer', () => {
    const a = { ...fix(raw, 'indigenous', 'diligence', 0.97), source: 'glossary-terms' }
    const b = { ...fix(raw, 'states', 'State', 0.7, false), source: 'term-case' }
    const c = { ...fix(raw, 'corporation', 'cooperation', 0.8), source: 'confusables' }
    const rows = tabulateBySource(labelCorrections(gold, raw, [a, b, c]))
    expect(rows.map((r) => [r.source, r.corrections, r.applied, r.right, r.wrong, r.precision])).toEqual([
      ['confusables', 1, 1, 1, 0, 1],
      ['glossary-terms', 1, 1, 1, 0, 1],
      ['term-case', 1, 0, 0, 1, 0],
    ])
    expect(formatSourceTable(rows).split('\n')[3]).toMatch(/^term-case\s+1\s+0\s+0\s+1\s+0\s+0\.000$/)
  })
})

describe('featureRows', () => {
  it('keeps the judged corrections with their evidence and paragraph', () => {
    const rows = featureRows(gold, raw, [fix(raw, 'indigenous', 'diligence', 0.97), fix(raw, 'key.', 'key!', 0.99), fix(raw, 'states', 'State', 0.7)])
    expect(rows).toEqual([
      expect.objectContaining({ line: 2, right: true, actual: 'indigenous', expected: 'diligence', evidence: { score: 0.97 } }),
      expect.objectContaining({ line: 3, right: false, actual: 'states', expected: 'State', confidence: 0.7 }),
    ])
  })
})
