import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { fitConfidence } from '../src/confidence/fit.js'
import { predict } from '../src/confidence/model.js'
import { parseGold } from '../src/eval/gold.js'
import { scoredWords } from '../src/eval/words.js'
import type { Proposal } from '../src/types.js'
import { random } from './helpers/random.js'

const root = new URL('..', import.meta.url).pathname
const fixture = join(root, 'fixtures/igf2017-cybersecurity')
const gold = readFileSync(join(fixture, 'dev.gold.jsonl'), 'utf8')
const raw = readFileSync(join(fixture, 'dev.txt'), 'utf8')

/**
 * Proposals on the real dev transcript from a made-up normalizer whose own confidence is useless
 * (uniform) but whose `contextRatio` evidence tells right from wrong, as a real context score would:
 * right proposals are the gold annotations; wrong ones change words the gold leaves alone.
 */
function proposals(seed: number): Proposal[] {
  const rand = random(seed)
  const starts = [0]
  for (let k = raw.indexOf('\n'); k >= 0; k = raw.indexOf('\n', k + 1)) starts.push(k + 1)
  const out: Proposal[] = []
  const make = (start: number, end: number, expected: string, right: boolean): Proposal => ({
    source: 'made-up',
    ruleId: rand() < 0.5 ? 'a' : 'b',
    start,
    end,
    expected: [expected],
    confidence: 0.5 + rand() * 0.45,
    reason: 'test',
    evidence: { contextRatio: right ? Math.exp(1 + rand() * 4) : Math.exp(rand() * 3 - 1.5) },
  })
  for (const g of parseGold(gold)) {
    const at = starts[g.line - 1]!
    for (const a of g.edits) out.push(make(at + a.start, at + a.end, a.ref, true))
    const touched = (w: { start: number; end: number }): boolean => [...g.edits, ...g.flags].some((a) => a.start < w.end && w.start < a.end)
    for (const w of scoredWords(g.raw)) {
      if (rand() < 0.01 && !touched(w)) out.push(make(at + w.start, at + w.end, `${g.raw.slice(w.start, w.end)}s`, false))
    }
  }
  return out
}

describe('fitConfidence', () => {
  const ps = proposals(5)
  const report = fitConfidence(gold, raw, ps, { k: 5, l2s: [0.3, 3] })

  it('labels the gold annotations right and the word damage wrong', () => {
    expect(report.labels.right).toBeGreaterThan(140)
    expect(report.labels.wrong).toBeGreaterThan(50)
    expect(report.proposals).toBe(ps.length)
    expect(report.heldOut.length).toBe(report.labels.right + report.labels.wrong)
  })
  it('learns the evidence, not the useless own confidence', () => {
    const ratio = report.model.features.find((f) => f.name === 'made-up.contextRatio')!
    expect(ratio.weight).toBeGreaterThan(1)
    const rights = report.heldOut.filter((h) => h.right)
    expect(rights.filter((h) => h.calibrated > 0.5).length / rights.length).toBeGreaterThan(0.85)
    const base = { source: 'made-up', ruleId: 'a', confidence: 0.7 }
    expect(predict(report.model, { ...base, evidence: { contextRatio: 100 } })).toBeGreaterThan(0.95)
    expect(predict(report.model, { ...base, evidence: { contextRatio: 0.5 } })).toBeLessThan(0.2)
    // Held out, the calibrated confidences separate far better than the normalizer's own claims.
    const loss = report.logLoss.find((x) => x.l2 === report.l2)!.logLoss
    expect(loss).toBeLessThan(report.ownLogLoss / 2)
  })
  it('scores the thresholds with the scorer: precision rises where confidence is calibrated', () => {
    const at = (t: number) => report.thresholds.find((r) => r.threshold === t)!
    expect(at(0.5).own.precision).toBeLessThan(0.9)
    expect(at(0.9).calibrated.precision).toBeGreaterThan(at(0.9).own.precision)
    expect(at(0.9).calibrated.recall).toBeGreaterThan(0.5)
    expect(report.recommendedMinConfidence).not.toBeNull()
    // Where it matters (precision >= 0.95), calibration recovers recall the useless own confidence cannot.
    const { calibrated, own } = report.bestAtTarget
    expect(calibrated!.precision).toBeGreaterThanOrEqual(0.95)
    expect(calibrated!.f05).toBeGreaterThan(own?.f05 ?? 0)
  })
  it('records the cross-validation in the model', () => {
    expect(report.model.crossValidation).toMatchObject({ folds: 5, unit: 'paragraph (gold line)' })
    expect(report.model.recommendedMinConfidence).toBe(report.recommendedMinConfidence)
    expect(report.model.sources).toEqual(['made-up'])
  })
})
