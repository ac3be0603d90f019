/**
 * Properties of the glossary normalizers on generated transcripts mixing shipped terms, their listed
 * variants, spelled-out letters and ordinary words: ranges stay in bounds and on word boundaries,
 * confidence is in [0, 1], every proposal names its glossary term, and a second run over the cleaned
 * text applies only what new context supports. (That a second run applies nothing at all is asserted
 * on the real transcript in test/glossary-fixture.test.ts. On dense generated text a fix can create
 * context for the next run: "UNGGE" → "UN GGE" writes the context word "UN", and a join such as "road
 * map" → "Roadmap" moves the 40-word window by a word.)
 */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { loadDefaultGlossariesSync } from '../../src/glossary/load.js'
import { runGlossary } from './glossary-helpers.js'

const glossaries = loadDefaultGlossariesSync()
const entries = glossaries.flatMap((g) => g.terms).filter((e) => !e.confusions)
const pieces = [
  ...entries.slice(0, 200).map((e) => e.term),
  ...entries.flatMap((e) => e.variants ?? []).slice(0, 200),
  ...entries.filter((e) => e.kind === 'acronym').slice(0, 30).map((e) => e.term.toLowerCase()),
  ...entries.filter((e) => e.kind === 'acronym' && /^[A-Z]{2,5}$/.test(e.term)).slice(0, 20).map((e) => [...e.term].join(' ')),
  'the', 'and', 'we', 'I can see', 'for the first time', 'corporate', 'a Microsoft corporation', 'states', 'should',
  'cooperate', 'on', 'norms', 'in', 'cyber space', 'internet', 'said', 'that', 'is', 'very', 'important',
]
const sentence = fc.array(fc.constantFrom(...pieces), { minLength: 3, maxLength: 14 }).map((words) => `${words.join(' ')}.`)
const transcript = fc.array(sentence, { minLength: 1, maxLength: 4 }).map((s) => s.join(' '))

describe('glossary normalizers: properties', () => {
  it('keep ranges in bounds, confidences in [0, 1], and settle after one run', () => {
    fc.assert(
      fc.property(transcript, (text) => {
        const first = runGlossary(text, glossaries)
        for (const p of [...first.applied, ...first.suggested]) {
          expect(p.start).toBeGreaterThanOrEqual(0)
          expect(p.end).toBeLessThanOrEqual(text.length)
          expect(p.start).toBeLessThan(p.end)
          expect(/[\p{L}\p{N}]/u.test(text[p.start] ?? '')).toBe(true)
          expect(/[\p{L}\p{N}]/u.test(text[p.end] ?? '')).toBe(false)
          expect(p.confidence).toBeGreaterThanOrEqual(0)
          expect(p.confidence).toBeLessThanOrEqual(1)
          expect(typeof p.glossaryTerm).toBe('string')
        }
        const second = runGlossary(first.text, glossaries)
        // Whatever a second run applies rests on context the first run's fixes brought into reach,
        // never on the form of the words alone.
        for (const p of second.applied) expect(p.evidence?.context !== undefined || Number(p.evidence?.termElsewhere) > 0).toBe(true)
      }),
      { numRuns: 150, seed: 20171218 },
    )
  })
})
