import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import type { Glossary } from '../../src/glossary/types.js'
import { confusables } from '../../src/normalizers/confusables.js'
import { clean } from '../../src/pipeline/clean.js'
import { registry } from '../../src/normalizers/registry.js'

const pairs: Glossary = {
  name: 'test-pairs',
  terms: [
    { term: 'cooperation', kind: 'word', confusions: ['corporation'], context: ['international', 'regional', 'between states', 'dialogue', 'multilateral'] },
    { term: 'corporation', kind: 'word', confusions: ['cooperation'], context: ['company', 'shareholders', 'multinational', 'chief executive'] },
    { term: 'principle', kind: 'word', confusions: ['principal'], context: ['sovereignty', 'law', 'norms'] },
    { term: 'principal', kind: 'word', confusions: ['principle'], context: ['reason', 'school', 'investor'] },
    { term: 'council', kind: 'word', confusions: ['counsel'], context: ['security', 'member states'] },
    { term: 'their', kind: 'word', confusions: ['there'], context: ['… obligations', '… own'] },
  ],
}

const run = (text: string) =>
  clean(text, {
    defaultGlossaries: false,
    glossaries: [pairs],
    normalizers: Object.fromEntries(registry.map((entry) => [entry.id, entry.id === 'confusables'])),
  })

describe('confusables', () => {
  const invalid: Array<[string, string]> = [
    [
      'We need more international corporation between states on cyber security.',
      'We need more international cooperation between states on cyber security.',
    ],
    ['Regional corporation is already happening in the African Union.', 'Regional cooperation is already happening in the African Union.'],
    ['They respect the principal of sovereignty under international law.', 'They respect the principle of sovereignty under international law.'],
  ]
  it.each(invalid)('fixes %j', async (input, output) => {
    const result = await run(input)
    expect(result.text).toBe(output)
    expect(result.corrections[0]?.reason).toMatch(/fits .* better than/)
  })

  const valid = [
    'The corporation reported record profits to its shareholders.',
    'Microsoft Corporation has proposed a Digital Geneva Convention.',
    'The principal reason is that nobody invested in it.',
    'She is the principal of the school.',
    'Corporate partners joined the dialogue.',
  ]
  it.each(valid)('keeps %j', async (input) => {
    const result = await run(input)
    expect(result.text).toBe(input)
  })

  it('reads frames with the word\'s own slot ("their … obligations")', async () => {
    const result = await run('States must meet there obligations under international law.')
    expect(result.text).toBe('States must meet their obligations under international law.')
  })

  it('reads a hyphen frame inside a compound ("seize-fire", "court-marshal")', async () => {
    const glossary: Glossary = {
      name: 'hyphens',
      terms: [
        { term: 'cease', kind: 'word', confusions: ['seize'], context: ['…-fire', '… fire'] },
        { term: 'martial', kind: 'word', confusions: ['marshal'], context: ['court-…', '… law'] },
      ],
    }
    const only = { defaultGlossaries: false, glossaries: [glossary], normalizers: Object.fromEntries(registry.map((entry) => [entry.id, entry.id === 'confusables'])) }
    const result = await clean('Both sides agreed to a seize-fire, and the officer faced a court-marshal. Seize-fire now!', only)
    expect(result.text).toBe('Both sides agreed to a cease-fire, and the officer faced a court-martial. Cease-fire now!')
    expect(result.corrections.map((c) => [c.actual, c.expected[0], c.applied])).toEqual([
      ['seize', 'cease', true],
      ['marshal', 'martial', true],
      ['Seize', 'Cease', true],
    ])
    expect(result.corrections[0]?.reason).toContain("cease fits '…-fire'")
    for (const kept of ['The police seize-and-hold the servers.', 'The fire-marshal came.', 'A Seize-fire Ltd. invoice.']) {
      expect((await clean(kept, only)).corrections).toEqual([])
    }
  })

  it('gives function-word neighbours little weight ("the … of" does not make "peace" a "piece")', async () => {
    const text = 'This piece of legislation matters. Every piece of it. If we falter, we may endanger the peace of the world.'
    // With the shipped captioning glossary, whose piece/peace pair is what a user gets.
    const result = await clean(text, { normalizers: Object.fromEntries(registry.map((entry) => [entry.id, entry.id === 'confusables'])) })
    expect(result.text).toBe(text)
  })

  it('changes an everyday word only inside a listed frame', async () => {
    const text = 'More than ever, there needs to be agreement on what responsible states should do.'
    expect((await run(text)).text).toBe(text)
  })

  it('leaves a re-stroke ("security counsel council") to the repetition normalizer', async () => {
    const result = await run('The security counsel council met on Tuesday.')
    expect(result.corrections).toEqual([])
  })

  it('uses the transcript itself: repeated "international cooperation" is evidence against a stray "international corporation"', async () => {
    const text = 'International cooperation matters. We value international cooperation. Without international corporation nothing works.'
    const result = await run(text)
    expect(result.corrections[0]?.evidence.document).toBeGreaterThan(1)
    expect(result.text).toContain('Without international cooperation nothing works.')
  })

  it('counts how the transcript writes the pair throughout: many "cooperation"s weigh against a stray "corporation"', async () => {
    const stray = 'We thank the organisers. The whole corporation of the community made this possible.'
    const alone = (await run(stray)).corrections[0]
    const context = 'Cooperation matters. We need cooperation on norms. Cooperation on capacity. More cooperation is needed. '
    const within = (await run(context + stray)).corrections.find((c) => c.actual === 'corporation')
    expect(within).toBeDefined()
    expect(within!.evidence.document as number).toBeGreaterThan((alone?.evidence.document as number | undefined) ?? 0)
    expect(within!.confidence).toBeGreaterThan(alone?.confidence ?? 0)
  })

  it('only suggests a change that neither a context word nor a frame of the pair supports', async () => {
    // The transcript writes "principle" often, and "the … of" says little: neighbour counts alone.
    const text =
      'The principle of sovereignty applies. We hold to the principle of consent. The principle of non-intervention stands. ' +
      'Some of the debt was paid, and six million went to the discharge of the principal of the public debt.'
    const result = await clean(text)
    const record = result.corrections.find((c) => c.actual === 'principal')
    expect(record?.expected[0]).toBe('principle')
    expect(record?.applied).toBe(false)
    expect(record?.evidence.contextFor).toBe(0)
    expect(record?.reason).toMatch(/no context word or frame of the pair is nearby, so only a suggestion/)
  })

  describe('idempotence: the document evidence counts the changes of the same run', () => {
    const confusablesOnly = Object.fromEntries(registry.map((entry) => [entry.id, entry.id === 'confusables']))
    const twice = async (text: string, glossaries?: Glossary[]) => {
      const options = glossaries ? { defaultGlossaries: false, glossaries, normalizers: confusablesOnly } : { normalizers: confusablesOnly }
      const first = await clean(text, options)
      const second = await clean(first.text, options)
      return { first, second }
    }

    it('a stray "corporation" that the corrected transcript would tip is decided in the first run', async () => {
      // Two clear fixes make "cooperation" the transcript's word; the third "corporation" must be
      // judged with them counted, not only on a second run over the cleaned text.
      const text = 'We need more international corporation between states. Regional corporation among CERTs is essential. We thank the whole corporation of the community.'
      const { first, second } = await twice(text, [pairs])
      expect(first.corrections.filter((c) => c.applied).length).toBeGreaterThanOrEqual(2)
      expect(second.corrections.filter((c) => c.applied)).toEqual([])
      expect(second.text).toBe(first.text)
    })

    it('counts only the changes at or above applyAt as written', async () => {
      const text = 'We need more international corporation between states. Regional corporation among CERTs is essential. We thank the whole corporation of the community.'
      const stray = async (applyAt?: number) => {
        const result = await clean(text, { defaultGlossaries: false, glossaries: [pairs], normalizers: { ...confusablesOnly, confusables: applyAt === undefined ? true : { applyAt } } })
        return result.corrections.find((c) => c.range[0] === text.indexOf('corporation of'))!
      }
      const counted = await stray()
      const uncounted = await stray(1)
      expect(counted.evidence.document as number).toBeGreaterThan(uncounted.evidence.document as number)
      expect(counted.confidence).toBeGreaterThan(uncounted.confidence)
    })

    it('reads the pipeline\'s minConfidence as applyAt', async () => {
      const text = 'We need more international corporation between states. Regional corporation among CERTs is essential. We thank the whole corporation of the community.'
      const stray = async (minConfidence: number) => {
        const result = await clean(text, { defaultGlossaries: false, glossaries: [pairs], normalizers: confusablesOnly, minConfidence })
        return result.corrections.find((c) => c.range[0] === text.indexOf('corporation of'))!
      }
      // Above every fix's confidence nothing counts as written, exactly as with applyAt 1.
      const uncounted = await clean(text, { defaultGlossaries: false, glossaries: [pairs], normalizers: { ...confusablesOnly, confusables: { applyAt: 0.999 } } })
      expect((await stray(0.999)).evidence.document).toBe(uncounted.corrections.find((c) => c.range[0] === text.indexOf('corporation of'))!.evidence.document)
      expect((await stray(0.5)).evidence.document as number).toBeGreaterThan((await stray(0.999)).evidence.document as number)
    })

    it('cleaning the IGF dev transcript twice changes nothing more', async () => {
      const raw = readFileSync(new URL('../../fixtures/igf2017-cybersecurity/dev.txt', import.meta.url), 'utf8')
      const { first, second } = await twice(raw)
      expect(first.corrections.some((c) => c.applied)).toBe(true)
      expect(second.corrections.filter((c) => c.applied).map((c) => `${c.actual} -> ${c.expected[0]}`)).toEqual([])
    })
  })

  it('refuses bad options with a TypeError naming the option', async () => {
    expect(() => (confusables as (o: unknown) => unknown)({})).toThrow(/options.glossaries/)
    expect(() => (confusables as (o: unknown) => unknown)({ glossaries: [], window: -1 })).toThrow(/options.window/)
    expect(() => (confusables as (o: unknown) => unknown)({ glossaries: [], applyAt: 2 })).toThrow(/options.applyAt/)
  })
})
