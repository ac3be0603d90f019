import retextEnglish from 'retext-english'
import { unified, type Plugin } from 'unified'
import { VFile } from 'vfile'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import type { Root } from 'nlcst'
import { JOINED_WORDS_RULES, joinedWords } from '../../src/normalizers/joined-words.js'
import { DEFAULT_MIN_CONFIDENCE } from '../../src/pipeline/pipeline.js'
import { resolveProposals } from '../../src/pipeline/resolve.js'
import type { Proposal } from '../../src/types.js'

// biome-ignore lint: test harness takes any plugin
function run(plugin: Plugin<[any?], Root>, text: string, options?: object): { output: string; proposals: Proposal[] } {
  const file = new VFile(text)
  const processor = unified().use(retextEnglish).use(plugin, options)
  processor.runSync(processor.parse(file), file)
  const proposals = file.data.captidy?.proposals ?? []
  const { chosen } = resolveProposals(proposals, text)
  let output = text
  for (const p of [...chosen].reverse()) {
    if (p.confidence >= DEFAULT_MIN_CONFIDENCE) output = output.slice(0, p.start) + p.expected[0] + output.slice(p.end)
  }
  return { output, proposals }
}

// Real CART sentences with a function word run into its neighbour.
const invalid: Array<[string, string]> = [
  ['That means that the previous report, inprevious round of 2015, gives this report added importance.', 'That means that the previous report, in previous round of 2015, gives this report added importance.'],
  ['This is one ofthe most important issues for developing countries.', 'This is one of the most important issues for developing countries.'],
  ['I would like to give the floor tothe representative of Kenya.', 'I would like to give the floor to the representative of Kenya.'],
  ['We have infact seen a rise in attacks on critical infrastructure.', 'We have in fact seen a rise in attacks on critical infrastructure.'],
  ['Capacity building is needed aswell as confidence building measures.', 'Capacity building is needed as well as confidence building measures.'],
  ['There is still alot of work to do on attribution.', 'There is still a lot of work to do on attribution.'],
]

const valid: string[] = [
  'The onboarding of new members of the group took a year.',
  'Workers need upskilling for the digital economy.',
  'Many services are outsourced to cloud providers.',
  'The Ofthe family attended the meeting.',
  'The internet is indeed a global resource.',
  'ICANN manages the DNS, and the multistakeholder model works.',
  'The hashtag campaign reached millions of users.',
  'We discussed cybersecurity, cyberspace and cybercrime.',
  "Where are we goin', and who is doin the talkin?",
]

describe('joined-words', () => {
  it.each(invalid)('fixes %j', (input, output) => {
    expect(run(joinedWords, input).output).toBe(output)
  })

  it.each(valid)('keeps %j', (input) => {
    expect(run(joinedWords, input).output).toBe(input)
  })

  it('only suggests a split its neighbours do not fit', () => {
    const text = 'We called on governments to acomment legally binding commitments.'
    const { output, proposals } = run(joinedWords, text)
    expect(output).toBe(text)
    expect(proposals.map((p) => p.expected[0])).toEqual(['a comment'])
    expect(proposals[0]!.confidence).toBeLessThan(DEFAULT_MIN_CONFIDENCE)
  })

  it('never splits glossary terms', () => {
    const text = 'The ofthe registry is new.'
    expect(run(joinedWords, text, { knownWords: ['ofthe'] }).output).toBe(text)
  })

  it('emits records with a fixed rule id, confidence in [0, 1], a reason and evidence', () => {
    const text = 'one ofthe issues inprevious rounds'
    const { proposals } = run(joinedWords, text)
    expect(proposals).toHaveLength(2)
    for (const p of proposals) {
      expect(JOINED_WORDS_RULES).toContain(p.ruleId)
      expect(p.source).toBe('joined-words')
      expect(p.confidence).toBeGreaterThan(0)
      expect(p.confidence).toBeLessThanOrEqual(1)
      expect(p.reason).toContain(`\`${text.slice(p.start, p.end)}\``)
      expect(p.evidence?.bigram).toBeGreaterThanOrEqual(2)
    }
  })

  it('throws a TypeError naming a bad option', () => {
    expect(() => run(joinedWords, 'x', { knownWords: 'x' })).toThrow(/options\.knownWords/)
    expect(() => run(joinedWords, 'x', { minBigram: 0 })).toThrow(/options\.minBigram/)
  })

  it('is idempotent', () => {
    for (const [input] of invalid) {
      const once = run(joinedWords, input).output
      expect(run(joinedWords, once).output).toBe(once)
    }
  })
})

describe('joined-words properties', () => {
  const sentences = [...invalid.map(([input]) => input), ...valid]

  it('proposes in bounds, with a listed rule id and confidence in [0, 1], and a second run changes nothing more', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...sentences), { minLength: 1, maxLength: 5 }), fc.constantFrom(' ', '  ', '\n\n'), (parts, joiner) => {
        const text = parts.join(joiner)
        const { output, proposals } = run(joinedWords, text)
        for (const p of proposals) {
          expect(p.start).toBeGreaterThanOrEqual(0)
          expect(p.end).toBeLessThanOrEqual(text.length)
          expect(p.start).toBeLessThanOrEqual(p.end)
          expect(p.confidence).toBeGreaterThanOrEqual(0)
          expect(p.confidence).toBeLessThanOrEqual(1)
          expect(JOINED_WORDS_RULES).toContain(p.ruleId)
        }
        expect(run(joinedWords, output).output).toBe(output)
      }),
      { numRuns: 60 },
    )
  })

  it('gives text with nothing to fix back byte for byte', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...valid), { minLength: 1, maxLength: 5 }), (parts) => {
        const text = parts.join('\n\n')
        expect(run(joinedWords, text).output).toBe(text)
      }),
      { numRuns: 40 },
    )
  })
})
