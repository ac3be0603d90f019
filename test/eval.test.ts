import { execFileSync } from 'node:child_process'
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { alignWords, wordDistance } from '../src/eval/align.js'
import { parseGold } from '../src/eval/gold.js'
import { formatListing, formatResult, scoreTranscript, type ScoreResult } from '../src/eval/score.js'
import { scoredWords } from '../src/eval/words.js'
import { random } from './helpers/random.js'

const root = new URL('..', import.meta.url).pathname
const fixture = join(root, 'fixtures/igf2017-cybersecurity')
const goldPath = join(fixture, 'dev.gold.jsonl')
const goldJsonl = readFileSync(goldPath, 'utf8')
const rawText = readFileSync(join(fixture, 'dev.txt'), 'utf8')
const refText = readFileSync(join(fixture, 'dev.ref.txt'), 'utf8')
// CAPTIDY_SCORE_MJS overrides the location (point it at a missing file to check the committed record).
const scorer = process.env.CAPTIDY_SCORE_MJS ?? join(root, '../shared/eval/score.mjs')
const expectedPath = join(root, 'test/fixtures/eval-expected.json')


const FILLER = ['the', 'corporation', 'cooperation', 'council', 'counsel', 'ICANN', 'cyber', 'security', 'a', 'of', 'and']

/**
 * A hypothesis: the raw transcript with a random subset of the gold edits applied and random word
 * damage (substitution, deletion, duplication, insertion, case change, split, join) elsewhere,
 * sometimes inside flagged spans and on top of gold spans.
 */
function hypothesis(seed: number, pEdit: number, pDamage: number): string {
  const rand = random(seed)
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)]!
  const lines = rawText.split('\n')
  for (const g of parseGold(goldJsonl)) {
    const ops: Array<{ start: number; end: number; text: string }> = []
    for (const a of g.edits) if (rand() < pEdit) ops.push({ start: a.start, end: a.end, text: rand() < 0.85 ? a.ref : `${a.ref} ${pick(FILLER)}` })
    const taken = (s: number, e: number): boolean => ops.some((o) => o.start < e && s < o.end) || ops.some((o) => o.start === s)
    for (const w of scoredWords(g.raw)) {
      if (rand() >= pDamage || taken(w.start, w.end)) continue
      const word = g.raw.slice(w.start, w.end)
      const kind = Math.floor(rand() * 7)
      const text =
        kind === 0 ? pick(FILLER)
        : kind === 1 ? ''
        : kind === 2 ? `${word} ${word}`
        : kind === 3 ? `${pick(FILLER)} ${word}`
        : kind === 4 ? (word[0] === word[0]!.toUpperCase() ? word.toLowerCase() : word[0]!.toUpperCase() + word.slice(1))
        : kind === 5 && word.length > 3 ? `${word.slice(0, 2)} ${word.slice(2)}`
        : `${word}${pick(FILLER)}`
      ops.push({ start: w.start, end: w.end, text })
    }
    ops.sort((x, y) => y.start - x.start)
    let line = g.raw
    for (const o of ops) line = line.slice(0, o.start) + o.text + line.slice(o.end)
    lines[g.line - 1] = line
  }
  return lines.join('\n')
}

const cases: Array<{ name: string; hyp: () => string }> = [
  { name: 'raw dev.txt', hyp: () => rawText },
  { name: 'dev.ref.txt', hyp: () => refText },
  { name: 'ref with BOM and CRLF', hyp: () => `\uFEFF${refText.replace(/\n/g, '\r\n')}` },
  ...[1, 2, 3, 4, 5, 6].map((seed) => ({
    name: `seed ${seed}: gold edits p=${((seed % 3) / 3 + 0.2).toFixed(2)}, damage p=${(0.002 * seed).toFixed(3)}`,
    hyp: () => hypothesis(seed, (seed % 3) / 3 + 0.2, 0.002 * seed),
  })),
  { name: 'seed 7: all gold edits, heavy damage', hyp: () => hypothesis(7, 1, 0.05) },
  { name: 'seed 8: no gold edits, light damage', hyp: () => hypothesis(8, 0, 0.01) },
]

interface Expected {
  name: string
  json: ScoreResult
  verbose: string
}

const tmp = mkdtempSync(join(tmpdir(), 'captidy-eval-'))
afterAll(() => rmSync(tmp, { recursive: true, force: true }))

/** What the reference scorer prints, or the committed record of it where the scorer is absent. */
function expected(): Expected[] {
  if (!existsSync(scorer)) return JSON.parse(readFileSync(expectedPath, 'utf8')) as Expected[]
  const out = cases.map((c, k): Expected => {
    const hypPath = join(tmp, `hyp${k}.txt`)
    writeFileSync(hypPath, c.hyp())
    const run = (...flags: string[]): string => execFileSync('node', [scorer, '--gold', goldPath, '--hyp', hypPath, ...flags], { encoding: 'utf8' })
    const verboseOut = run('--verbose', '--json').trimEnd().split('\n')
    const json = JSON.parse(verboseOut.pop()!) as ScoreResult
    return { name: c.name, json, verbose: `${verboseOut.join('\n')}\n${run()}`.trimEnd() }
  })
  if (process.env.UPDATE_EVAL_EXPECTED) writeFileSync(expectedPath, `${JSON.stringify(out, null, 1)}\n`)
  return out
}

describe('scoreTranscript matches the reference scorer', () => {
  const reference = expected()
  it('covers every hypothesis', () => {
    expect(reference.map((r) => r.name)).toEqual(cases.map((c) => c.name))
  })
  for (const [k, c] of cases.entries()) {
    it(c.name, () => {
      const { result, listing } = scoreTranscript(goldJsonl, c.hyp())
      expect(result).toEqual(reference[k]!.json)
      // Same JSON text, so rounding and NaN handling agree too.
      expect(JSON.stringify(result)).toBe(JSON.stringify(reference[k]!.json))
      expect(`${formatListing(listing)}\n${formatResult(result)}`.trim()).toBe(reference[k]!.verbose)
    })
  }
  it('the generated hypotheses exercise every verdict', () => {
    const kinds = new Set(cases.slice(3).flatMap((c) => scoreTranscript(goldJsonl, c.hyp()).listing.map((x) => x.kind)))
    expect([...kinds].sort()).toEqual(['FN', 'FP-damage', 'FP-wrong-fix', 'TP', 'flagged'])
  })
})

describe('scoreTranscript', () => {
  it('scores the reference as perfect and the raw text as doing nothing', () => {
    expect(scoreTranscript(goldJsonl, refText).result).toMatchObject({ precision: 1, recall: 1, f05: 1, damage: 0, werCleaned: 0, werReduction: 1 })
    const raw = scoreTranscript(goldJsonl, rawText).result
    expect(raw).toMatchObject({ hypEdits: 0, correct: 0, recall: 0, f05: 0, werReduction: 0 })
    expect(raw.werRaw).toBe(raw.werCleaned)
  })
  it('gives each hyp edit the raw character span it changes', () => {
    const g = parseGold(goldJsonl).find((x) => x.edits.some((a) => a.certainty === 'high'))!
    const a = g.edits.find((x) => x.certainty === 'high')!
    const lines = rawText.split('\n')
    lines[g.line - 1] = g.raw.slice(0, a.start) + a.ref + g.raw.slice(a.end)
    const { listing } = scoreTranscript(goldJsonl, lines.join('\n'))
    const tp = listing.filter((x) => x.kind === 'TP')
    expect(tp).toHaveLength(1)
    expect(tp[0]!.line).toBe(g.line)
    // The annotation may carry context words; the scored edit is the changed words inside it.
    const [start, end] = tp[0]!.rawSpan!
    expect(a.start <= start && end <= a.end).toBe(true)
    expect(tp[0]!.text.startsWith(`${g.raw.slice(start, end)} -> `)).toBe(true)
  })
  it('refuses a cleaned text that lost lines', () => {
    expect(() => scoreTranscript(goldJsonl, rawText.split('\n').slice(0, 10).join('\n'))).toThrow(/line structure was not kept/)
  })
  it('names the gold line that does not parse', () => {
    expect(() => parseGold('{"line": 1, "raw": "", "ref": "", "edits": [], "flags": []}\n{oops')).toThrow(/gold line 2/)
  })
})

describe('alignWords', () => {
  it('makes one edit per run of unaligned words', () => {
    expect(alignWords(['due', 'indigenous', 'is', 'key'], ['due', 'diligence', 'is', 'key'])).toEqual([{ i: 1, j: 2, rep: ['diligence'] }])
    expect(alignWords(['security', 'counsel', 'council'], ['security', 'council'])).toEqual([{ i: 1, j: 2, rep: [] }])
    expect(alignWords(['war', 'fair'], ['warfare'])).toEqual([{ i: 0, j: 2, rep: ['warfare'] }])
    expect(alignWords(['a'], ['a', 'b'])).toEqual([{ i: 1, j: 1, rep: ['b'] }])
  })
  it('counts word edits', () => {
    expect(wordDistance(['a', 'b', 'c'], ['a', 'x', 'c', 'd'])).toBe(2)
    expect(wordDistance([], ['a'])).toBe(1)
  })
})

describe('scoredWords', () => {
  it('keeps inner hyphens and apostrophes and folds their look-alikes', () => {
    expect(scoredWords('multi\u2011stakeholder, it\u2019s (IGF) ‑‑ 4thly').map((x) => x.w)).toEqual(['multi-stakeholder', "it's", 'IGF', '4thly'])
  })
})
