import { describe, expect, it } from 'vitest'
import { JOINED_WORDS_RULES, joinedWords } from '../../src/normalizers/joined-words.js'
import { DEFAULT_MIN_CONFIDENCE } from '../../src/pipeline/pipeline.js'
import { describeNormalizerProperties, runNormalizer } from '../helpers/normalizer.js'

// Real CART sentences with a function word run into its neighbour.
const invalid: Array<[string, string]> = [
  ['That means that the previous report, inprevious round of 2015, gives this report added importance.', 'That means that the previous report, in previous round of 2015, gives this report added importance.'],
  ['This is one ofthe most important issues for developing countries.', 'This is one of the most important issues for developing countries.'],
  ['I would like to give the floor tothe representative of Kenya.', 'I would like to give the floor to the representative of Kenya.'],
  ['We have infact seen a rise in attacks on critical infrastructure.', 'We have in fact seen a rise in attacks on critical infrastructure.'],
  ['Capacity building is needed aswell as confidence building measures.', 'Capacity building is needed as well as confidence building measures.'],
  ['There is still alot of work to do on attribution.', 'There is still a lot of work to do on attribution.'],
  // Before a noun the pair is one hyphenated word; as a phrase of its own it is two.
  ['Over a million new jobs were created, an alltime record.', 'Over a million new jobs were created, an all-time record.'],
  ['Corporate profits have skyrocketed to alltime highs.', 'Corporate profits have skyrocketed to all-time highs.'],
  ['It was the greatest broadcast of alltime.', 'It was the greatest broadcast of all time.'],
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
  'We intrust this power to you, and inclose the report of the commissioners.',
]

describe('joined-words', () => {
  it.each(invalid)('fixes %j', (input, output) => {
    expect(runNormalizer(joinedWords, input).output).toBe(output)
  })

  it.each(valid)('keeps %j', (input) => {
    expect(runNormalizer(joinedWords, input).output).toBe(input)
  })

  it('only suggests a split its neighbours do not fit', () => {
    const text = 'We called on governments to acomment legally binding commitments.'
    const { output, proposals } = runNormalizer(joinedWords, text)
    expect(output).toBe(text)
    expect(proposals.map((p) => p.expected[0])).toEqual(['a comment'])
    expect(proposals[0]!.confidence).toBeLessThan(DEFAULT_MIN_CONFIDENCE)
  })

  it('offers the spaced pair as the alternative to a hyphenated word, and says why', () => {
    const [proposal] = runNormalizer(joinedWords, 'Turnout reached an alltime high this year.').proposals
    expect(proposal?.expected).toEqual(['all-time', 'all time'])
    expect(proposal?.reason).toMatch(/hyphenated "all-time" \(\d+ times there\) fits "an … high" better/)
  })

  it('never splits glossary terms', () => {
    const text = 'The ofthe registry is new.'
    expect(runNormalizer(joinedWords, text, { knownWords: ['ofthe'] }).output).toBe(text)
  })

  it('emits records with a fixed rule id, confidence in [0, 1], a reason and evidence', () => {
    const text = 'one ofthe issues inprevious rounds'
    const { proposals } = runNormalizer(joinedWords, text)
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
    expect(() => runNormalizer(joinedWords, 'x', { knownWords: 'x' })).toThrow(/options\.knownWords/)
    expect(() => runNormalizer(joinedWords, 'x', { minBigram: 0 })).toThrow(/options\.minBigram/)
  })

  it('is idempotent', () => {
    for (const [input] of invalid) {
      const once = runNormalizer(joinedWords, input).output
      expect(runNormalizer(joinedWords, once).output).toBe(once)
    }
  })
})

describeNormalizerProperties('joined-words', joinedWords, JOINED_WORDS_RULES, [...invalid.map(([input]) => input), ...valid], valid)
