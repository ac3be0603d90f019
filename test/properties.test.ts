/**
 * Properties of the whole default pipeline on real caption text: sentences of the dev transcript,
 * shuffled and wrapped in the layouts captions come in (BOM, CRLF, U+00A0, chevrons, drop-outs).
 */
import { readFileSync } from 'node:fs'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { applyCorrections } from '../src/pipeline/apply.js'
import { clean } from '../src/pipeline/clean.js'

const fixture = new URL('../fixtures/igf2017-cybersecurity/', import.meta.url)
const sentencesOf = (name: string) =>
  readFileSync(new URL(name, fixture), 'utf8')
    .split(/(?<=[.?!])\s+|\n+/)
    .map((s) => s.trim())
    .filter((s) => s.split(' ').length >= 4)
const rawSentences = sentencesOf('dev.txt')

const layout = fc.record({
  bom: fc.boolean(),
  eol: fc.constantFrom('\n', '\r\n'),
  chevron: fc.boolean(),
  nbsp: fc.boolean(),
})

const transcript = (sentences: string[]) =>
  fc.tuple(fc.array(fc.constantFrom(...sentences), { minLength: 1, maxLength: 6 }), layout).map(([picked, l]) => {
    const body = picked.map((s, i) => (l.chevron && i % 2 === 0 ? `>> SPEAKER: ${s}` : s)).join(l.nbsp ? '.\u00a0 ' : l.eol)
    return `${l.bom ? '\uFEFF' : ''}${body}${l.eol}`
  })

describe('pipeline properties on real caption text', () => {
  it('keeps ranges in bounds, confidences in [0, 1], and replays records to the cleaned text', async () => {
    await fc.assert(
      fc.asyncProperty(transcript(rawSentences), async (raw) => {
        const result = await clean(raw)
        for (const record of [...result.corrections, ...result.flags]) {
          expect(record.range[0]).toBeGreaterThanOrEqual(0)
          expect(record.range[1]).toBeLessThanOrEqual(raw.length)
          expect(record.confidence).toBeGreaterThanOrEqual(0)
          expect(record.confidence).toBeLessThanOrEqual(1)
          if (!record.parts) expect(raw.slice(record.range[0], record.range[1])).toBe(record.actual)
          expect(record.reason.length).toBeGreaterThan(10)
        }
        expect(applyCorrections(raw, result.corrections)).toBe(result.text)
      }),
      { numRuns: 40 },
    )
  })

  it('is idempotent: cleaning the cleaned text changes nothing more', async () => {
    await fc.assert(
      fc.asyncProperty(transcript(rawSentences), async (raw) => {
        const once = (await clean(raw)).text
        const twice = await clean(once)
        expect(twice.corrections.filter((c) => c.applied).map((c) => `${c.actual} -> ${c.expected[0]}`)).toEqual([])
        expect(twice.text).toBe(once)
      }),
      { numRuns: 40 },
    )
  })

  it('keeps line structure, line endings and BOM', async () => {
    await fc.assert(
      fc.asyncProperty(transcript(rawSentences), async (raw) => {
        const { text } = await clean(raw)
        expect(text.startsWith('\uFEFF')).toBe(raw.startsWith('\uFEFF'))
        expect(text.match(/\r\n/g)?.length ?? 0).toBe(raw.match(/\r\n/g)?.length ?? 0)
        expect(text.split('\n').length).toBe(raw.split('\n').length)
      }),
      { numRuns: 40 },
    )
  })
})
