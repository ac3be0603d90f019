/**
 * Correction quality on the real dev transcript (IGF 2017), scored with the project's port of the
 * shared scorer: precision first. These are regression gates, not targets tuned to the fixture.
 */
import { readFileSync } from 'node:fs'
import { beforeAll, describe, expect, it } from 'vitest'
import { labelCorrections } from '../src/eval/reliability.js'
import { scoreTranscript } from '../src/eval/score.js'
import { clean } from '../src/pipeline/clean.js'
import type { CleanResult } from '../src/pipeline/pipeline.js'

const fixture = new URL('../fixtures/igf2017-cybersecurity/', import.meta.url)
const raw = readFileSync(new URL('dev.txt', fixture), 'utf8')
const ref = readFileSync(new URL('dev.ref.txt', fixture), 'utf8')
const gold = readFileSync(new URL('dev.gold.jsonl', fixture), 'utf8')

/** Normalizers that only fix surface artefacts: any wrong edit from them is a bug. */
const SURFACE = ['repetition', 'split-words', 'joined-words', 'numbers', 'untranslate']
/** Normalizers that use the glossaries: they must never damage a word that was right. */
const GLOSSARY = ['glossary-terms', 'term-case', 'spelled-acronyms']

let dev: CleanResult
beforeAll(async () => {
  dev = await clean(raw, { path: 'dev.txt' })
})

describe('quality on the dev transcript', () => {
  it('surface normalizers make no edit the gold standard calls wrong', () => {
    const wrong = labelCorrections(gold, raw, dev.corrections.filter((c) => c.applied))
      .filter((l) => l.label === 'wrong' && SURFACE.includes(l.correction.source))
      .map((l) => `${l.correction.source}: ${l.correction.actual} -> ${l.correction.expected[0]}`)
    expect(wrong).toEqual([])
  })

  it('glossary normalizers damage no word the gold standard leaves alone', () => {
    const report = scoreTranscript(gold, dev.text)
    const damaged = report.listing.filter((item) => item.kind === 'FP-damage')
    const byGlossary = labelCorrections(gold, raw, dev.corrections.filter((c) => c.applied)).filter(
      (l) => l.label === 'wrong' && GLOSSARY.includes(l.correction.source) && damaged.some((d) => d.line === l.line),
    )
    expect(byGlossary.map((l) => `${l.correction.actual} -> ${l.correction.expected[0]}`)).toEqual([])
  })

  it('flags every steno untranslate the gold standard marks', () => {
    const lines = gold.split('\n').filter(Boolean).map((l) => JSON.parse(l) as { line: number; raw: string; flags: Array<{ raw: string; note: string }> })
    const untranslates = lines.flatMap((g) => g.flags.filter((f) => /untranslate/i.test(f.note)).map((f) => f.raw))
    expect(untranslates.length).toBeGreaterThan(0)
    const flagged = dev.flags.map((f) => f.actual)
    for (const stroke of untranslates) expect(flagged).toContain(stroke)
  })

  it('keeps precision at or above 0.95 for applied corrections', () => {
    const { result } = scoreTranscript(gold, dev.text)
    expect(result.precision).toBeGreaterThanOrEqual(0.95)
    expect(result.werCleaned).toBeLessThan(result.werRaw)
  })

  it('makes at most 3 applied edits per 10,000 words of already-correct text', async () => {
    const cleaned = await clean(ref, { path: 'dev.ref.txt' })
    const applied = cleaned.corrections.filter((c) => c.applied)
    const words = ref.split(/\s+/).filter(Boolean).length
    expect(applied.length / (words / 10_000)).toBeLessThanOrEqual(3)
  })
})
