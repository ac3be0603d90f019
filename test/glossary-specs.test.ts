/**
 * Every example and counterexample of the shipped glossaries (`internet-governance` and `captioning`),
 * run through the default pipeline, which is what a user of `clean()` gets: every normalizer that is
 * on by default and the shipped glossaries. An example's input must come out as its output, a
 * counterexample must come back unchanged. There is no list of expected failures: an example that
 * the normalizers rightly leave alone lacks the evidence a caption editor would rely on, and is
 * rewritten to carry it.
 */
import { describe, expect, it } from 'vitest'
import { parseDocument } from '../src/formats/index.js'
import { loadDefaultGlossariesSync } from '../src/glossary/load.js'
import type { Glossary, GlossaryEntry } from '../src/glossary/types.js'
import { registry } from '../src/normalizers/registry.js'
import { createPipeline } from '../src/pipeline/pipeline.js'

// One pipeline for every sentence: building it (glossary index, lexicon tables) is the slow part.
const pipeline = createPipeline()
const glossaries = loadDefaultGlossariesSync()

function cleaned(input: string): string {
  return pipeline.run(parseDocument(input)).text
}

describe('shipped glossaries', () => {
  it('are both found and loaded', () => {
    expect(glossaries.map((g) => g.name).sort()).toEqual(['captioning', 'internet-governance'])
    expect(glossaries.every((g) => g.shipped)).toBe(true)
  })

  for (const glossary of glossaries) {
    describe(glossary.name, () => {
      it('gives every entry an example and a counterexample', () => {
        const missing = glossary.terms
          .filter((entry) => (entry.examples ?? []).length === 0 || (entry.counterexamples ?? []).length === 0)
          .map((entry) => entry.term)
        expect(missing).toEqual([])
      })

      for (const entry of glossary.terms) {
        ;(entry.examples ?? []).forEach((example, i) => {
          it(`${entry.term}#${i}: ${example.input}`, () => {
            expect(example.output).not.toBe(example.input)
            expect(cleaned(example.input)).toBe(example.output)
          })
        })
        ;(entry.counterexamples ?? []).forEach((sentence, i) => {
          it(`${entry.term}~${i}: ${sentence}`, () => {
            expect(cleaned(sentence)).toBe(sentence)
          })
        })
      }
    })
  }
})

describe('ordinary English stays with the shipped glossaries', () => {
  const sentences = [
    'We thank our corporate partners for their support.',
    'He now works for a Microsoft corporation in Dublin.',
    'I can see why the registry wants this.',
    'For the first time, the delegations agreed on a text.',
    'I can tell you that the domain name market is changing.',
    'First of all, I want to thank the organisers.',
    'The mag on the table was last month’s issue.',
    'Who is responsible for the outage?',
    'It is time for us to act.',
  ]
  for (const sentence of sentences) {
    it(sentence, () => {
      expect(cleaned(sentence)).toBe(sentence)
    })
  }
})

/*
 * Matcher fixes the shipped examples led to, each shown on a small glossary of its own so that the
 * rule, not the shipped data, is under test.
 */
describe('matchers on small glossaries', () => {
  const only = (ids: string[]) => Object.fromEntries(registry.map((entry) => [entry.id, ids.includes(entry.id)]))
  const runWith = (glossary: Glossary, ids?: string[]) => {
    const p = createPipeline({ defaultGlossaries: false, glossaries: [glossary], ...(ids ? { normalizers: only(ids) } : {}) })
    return (text: string) => p.run(parseDocument(text))
  }

  describe('confusables leaves a word inside a listed multi-word mishearing to glossary-terms', () => {
    const pair: GlossaryEntry = { term: 'council', kind: 'word', confusions: ['counsel'], context: ['security …', 'UN'] }
    const name: GlossaryEntry = { term: 'Security Council', kind: 'name', variants: ['security counsel'], context: ['UN', 'resolution'] }

    it('does not propose the one-word fix inside the phrase', () => {
      const result = runWith({ name: 'g', terms: [pair, name] }, ['confusables'])('The UN security counsel adopted a resolution.')
      expect(result.corrections).toEqual([])
    })

    it('still proposes it when no glossary lists the phrase', () => {
      const result = runWith({ name: 'g', terms: [pair] }, ['confusables'])('The UN security counsel adopted a resolution.')
      expect(result.corrections.map((c) => [c.actual, c.expected[0]])).toEqual([['counsel', 'council']])
    })

    it('so the default pipeline writes the whole name', () => {
      const result = runWith({ name: 'g', terms: [pair, name] })('The UN security counsel adopted a resolution.')
      expect(result.text).toBe('The UN Security Council adopted a resolution.')
    })
  })

  describe('term-case joins a split of a lower-case term only when the glossary lists it and context supports it', () => {
    const glossary: Glossary = {
      name: 'g',
      terms: [
        { term: 'ransomware', kind: 'word', variants: ['ransom ware'], context: ['attack', 'hospital'] },
        { term: 'deepfake', kind: 'word', context: ['video', 'election'] },
      ],
    }
    const run = runWith(glossary, ['term-case'])

    it('joins a listed split with context nearby', () => {
      expect(run('The hospital was hit by a ransom ware attack.').text).toBe('The hospital was hit by a ransomware attack.')
    })

    it('only suggests a listed split without support', () => {
      const result = run('They said ransom ware is sold online.')
      expect(result.text).toBe('They said ransom ware is sold online.')
      expect(result.corrections.map((c) => [c.expected[0], c.applied])).toEqual([['ransomware', false]])
    })

    it('keeps an unlisted open compound (house style)', () => {
      const text = 'The election video was a deep fake made with AI.'
      expect(run(text).text).toBe(text)
    })
  })

  describe('glossary-terms: an article before a single-word variant is not English reading on', () => {
    const glossary: Glossary = {
      name: 'g',
      terms: [{ term: 'BRICS', kind: 'acronym', variants: ['bricks'], context: ['summit', 'Brazil'] }],
    }
    const run = runWith(glossary, ['glossary-terms'])

    it('fixes "the bricks summit" with context and the term elsewhere', () => {
      expect(run('The bricks summit in Brazil ended, and BRICS leaders spoke.').text).toBe(
        'The BRICS summit in Brazil ended, and BRICS leaders spoke.',
      )
    })

    it('leaves "the bricks were" alone: the word reads on with its other neighbour', () => {
      const text = 'The bricks were laid in Brazil before the BRICS summit.'
      expect(run(text).text).toBe(text)
    })
  })
})
