import { describe, expect, it } from 'vitest'
import { NUMBERS_RULES, numbers, ordinalSuffix } from '../../src/normalizers/numbers.js'
import { DEFAULT_MIN_CONFIDENCE } from '../../src/pipeline/pipeline.js'
import { describeNormalizerProperties, runNormalizer } from '../helpers/normalizer.js'

const invalid: Array<[string, string]> = [
  ['4thly, we need to define issues related to attribution when cyberattacks occur.', 'Fourthly, we need to define issues related to attribution when cyberattacks occur.'],
  ['1stly, let me thank the host country for its hospitality.', 'Firstly, let me thank the host country for its hospitality.'],
  ['And 2ndly, the norms are voluntary and non‑binding.', 'And secondly, the norms are voluntary and non‑binding.'],
  ['There are three points: 3rdly is capacity building.', 'There are three points: thirdly is capacity building.'],
  ['The group met five times between 20152017 in New York and Geneva.', 'The group met five times between 2015 and 2017 in New York and Geneva.'],
  ['Reports were adopted by consensus from 20102015 without a vote.', 'Reports were adopted by consensus from 2010 to 2015 without a vote.'],
  ['Security has moved on from the mid90 to now, thinking about human security.', 'Security has moved on from the mid-90s to now, thinking about human security.'],
  ['Since the late1990s the internet has changed.', 'Since the late-1990s the internet has changed.'],
  ['The challenges of the 21 st century are digital.', 'The challenges of the 21st century are digital.'],
  ['This is the 2 nd session of the working group.', 'This is the 2nd session of the working group.'],
  ['5thly, and finally, the question of capacity.', 'Fifthly, and finally, the question of capacity.'],
  ['In 20 17 the group of governmental experts could not agree.', 'In 2017 the group of governmental experts could not agree.'],
  ['We must reach the goals of the 20 30 Agenda.', 'We must reach the goals of the 2030 Agenda.'],
  ['The OEWG met between 20 21 and 20 25 in New York.', 'The OEWG met between 2021 and 2025 in New York.'],
  ['Elections were held in 20 19 and 20 20.', 'Elections were held in 2019 and 2020.'],
]

const valid: string[] = [
  'Fourthly, we need to define issues related to attribution.',
  'The 2015 report was welcomed by the General Assembly in resolution 70/237.',
  'Please call 41227305111 for the secretariat.',
  'The 21st century began in 2001, and the 4th meeting was in 2017.',
  'The reference number is 20212015 in the registry.',
  'There were 21 st. Bernard dogs.',
  'The mid‑90s were a different time for the internet.',
  'I was 1 th‑‑ the first speaker.',
  'Between 2015 and 2021, the group met eleven times.',
  'Only 20 17-year-olds took part, about 19 20 percent of them girls.',
  'We saw it in 19 20 cases, and in 20 17 countries.',
  'Articles 19 20 and 21 of the Covenant apply.',
]

describe('numbers', () => {
  it.each(invalid)('fixes %j', (input, output) => {
    expect(runNormalizer(numbers, input).output).toBe(output)
  })

  it.each(valid)('keeps %j', (input) => {
    expect(runNormalizer(numbers, input).output).toBe(input)
  })

  it('follows the transcript hyphen: U+2011 where its words use it', () => {
    const text = 'From the mid90 to now, multi‑stakeholder and co‑operative work grew.'
    expect(runNormalizer(numbers, text).output).toBe('From the mid‑90s to now, multi‑stakeholder and co‑operative work grew.')
    expect(runNormalizer(numbers, text, { hyphen: '-' }).output).toBe('From the mid-90s to now, multi‑stakeholder and co‑operative work grew.')
  })

  it('only suggests joined years when no word before them says how they relate', () => {
    const text = 'The reports of 20152021 are the basis for our work.'
    const { output, proposals } = runNormalizer(numbers, text)
    expect(output).toBe(text)
    expect(proposals).toHaveLength(1)
    expect(proposals[0]!.ruleId).toBe('joined-years')
    expect(proposals[0]!.expected).toEqual(['2015 and 2021', '2015\u20132021'])
    expect(proposals[0]!.confidence).toBeLessThan(DEFAULT_MIN_CONFIDENCE)
  })

  it('knows English ordinal suffixes', () => {
    expect([1, 2, 3, 4, 11, 12, 13, 21, 22, 23, 101, 111].map((n) => `${n}${ordinalSuffix(n)}`)).toEqual([
      '1st', '2nd', '3rd', '4th', '11th', '12th', '13th', '21st', '22nd', '23rd', '101st', '111th',
    ])
  })

  it('emits records with a fixed rule id, confidence in [0, 1], a reason and evidence', () => {
    const text = '4thly, between 20152017 and from the mid90 to the 21 st century.'
    const { proposals } = runNormalizer(numbers, text)
    expect(proposals.map((p) => p.ruleId)).toEqual(['ordinal-adverb', 'joined-years', 'fused-decade', 'split-ordinal'])
    for (const p of proposals) {
      expect(NUMBERS_RULES).toContain(p.ruleId)
      expect(p.source).toBe('numbers')
      expect(p.confidence).toBeGreaterThanOrEqual(0)
      expect(p.confidence).toBeLessThanOrEqual(1)
      expect(p.reason).toContain(`\`${text.slice(p.start, p.end)}\``)
      expect(Object.keys(p.evidence ?? {}).length).toBeGreaterThan(0)
    }
  })

  it('throws a TypeError naming a bad option', () => {
    expect(() => runNormalizer(numbers, 'x', { hyphen: '_' })).toThrow(/options\.hyphen/)
  })

  it('is idempotent', () => {
    for (const [input] of invalid) {
      const once = runNormalizer(numbers, input).output
      expect(runNormalizer(numbers, once).output).toBe(once)
    }
  })
})

describeNormalizerProperties('numbers', numbers, NUMBERS_RULES, [...invalid.map(([input]) => input), ...valid], valid)
