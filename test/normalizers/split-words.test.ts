import { describe, expect, it } from 'vitest'
import { SPLIT_WORDS_RULES, splitWords } from '../../src/normalizers/split-words.js'
import { DEFAULT_MIN_CONFIDENCE } from '../../src/pipeline/pipeline.js'
import { describeNormalizerProperties, runNormalizer } from '../helpers/normalizer.js'

// Real CART sentences from internet governance and UN meetings, each with one split word.
const invalid: Array<[string, string]> = [
  ['Further more, leadership is critical at all levels across all disciplines.', 'Furthermore, leadership is critical at all levels across all disciplines.'],
  ['The UN can facilitate this dialogue, and more over can actually try to get members agreeing.', 'The UN can facilitate this dialogue, and moreover can actually try to get members agreeing.'],
  ['There fore, we support the proposal of the Chair.', 'Therefore, we support the proposal of the Chair.'],
  ['This is not a new trend in war fair, it makes attempts scalable.', 'This is not a new trend in warfare, it makes attempts scalable.'],
  ['The UK attributed the ransom wear attack to state actors.', 'The UK attributed the ransomware attack to state actors.'],
  ['This is particu larly important for small island states.', 'This is particularly important for small island states.'],
  ['Internet govern ance needs all stakeholders.', 'Internet governance needs all stakeholders.'],
  ['Norms can lay ground work for commitments; the groundwork is there, and groundwork matters.', 'Norms can lay groundwork for commitments; the groundwork is there, and groundwork matters.'],
  // A combining form split off an everyday word is no house style.
  ['States are bound by inter national law in cyberspace.', 'States are bound by international law in cyberspace.'],
  ['We must re main vigilant against these threats.', 'We must remain vigilant against these threats.'],
]

const valid: string[] = [
  'We have a lot of work to do before the next session.',
  'It may be that we need more time to agree.',
  'People use the internet every day for banking.',
  'This may be cause for concern among member states.',
  'They shut down the network during the elections.',
  'Peace and security in cyber space is our common goal.',
  'The multi stakeholder model has served us well; cyber security matters.',
  'The inter agency group and the co operation between non state actors.',
  'How ever did you manage to agree on the text?',
  'We want to see more over time from the private sector.',
  'Any one of these measures would help.',
  'No body of international law excludes this domain.',
  'The web site is new.  The web site has moved.  Please visit the web site.',
  'We will break through these barriers together.',
  'It would, almost inevitably, trouble some water.',
  'His heart beat faster as the vote was counted.',
  'She threw a little piece of red wood into the fire.',
  'To perpetuate wealth control led by small groups of individuals.',
  'The state has a duty to protect human rights off line and online.',
  'Cybercrime, et cetera, was discussed in the ad hoc group.',
  // A function word after a word is grammar, not a misheard ending ("banker", "owner").
  'The reserves of the national bank are sufficient for the year.',
  'Their condition are improving, the minister said.',
]

describe('split-words', () => {
  it.each(invalid)('fixes %j', (input, output) => {
    expect(runNormalizer(splitWords, input).output).toBe(output)
  })

  it.each(valid)('keeps %j', (input) => {
    expect(runNormalizer(splitWords, input).output).toBe(input)
  })

  it.each([
    ['Norms can lay ground work for binding commitments.', 'groundwork'],
    ['Pretexts for counter measures or reinterpretation of the charter must be avoided.', 'countermeasures'],
    ['The secretariat keeps a data base of national contact points.', 'database'],
  ])('only suggests an open compound, which may be house style: %j', (input, joined) => {
    const { output, proposals } = runNormalizer(splitWords, input)
    expect(output).toBe(input)
    expect(proposals.map((p) => [p.ruleId, p.expected[0]])).toEqual([['split-compound', joined]])
  })

  it('joins an open compound when the same sentence writes its sibling closed', () => {
    const text = 'International law applies online as it applies off line, and data flows down stream.'
    const { output, proposals } = runNormalizer(splitWords, text)
    expect(output).toBe('International law applies online as it applies offline, and data flows down stream.')
    expect(proposals.map((p) => [p.ruleId, p.expected[0], p.confidence >= DEFAULT_MIN_CONFIDENCE])).toEqual([
      ['split-compound', 'offline', true],
      ['split-compound', 'downstream', false],
    ])
    expect(proposals[0]!.reason).toContain('the same sentence writes "online" closed')
  })

  it('reads a sibling compound only within the sentence', () => {
    const text = 'We work online. The talks went off line after that.'
    const { output, proposals } = runNormalizer(splitWords, text)
    expect(output).toBe(text)
    expect(proposals.map((p) => p.expected[0])).toEqual(['offline'])
    expect(proposals[0]!.confidence).toBeLessThan(DEFAULT_MIN_CONFIDENCE)
  })

  it('only suggests a sound-alike compound when the open words read on with the next word', () => {
    const text = 'The whole sum of the appropriation was spent on the new harbour.'
    const { output, proposals } = runNormalizer(splitWords, text)
    expect(output).toBe(text)
    expect(proposals.map((p) => [p.ruleId, p.expected[0]])).toEqual([['split-soundalike', 'wholesome']])
    expect(proposals[0]!.reason).toMatch(/"sum of" is a common pair and "wholesome of" is never seen/)
  })

  it('only suggests a past tense whose /d/ may be the next word\'s t, offering the plain verb too', () => {
    const text = 'Such attacks affect critical services and under mind trust in institutions.'
    const { output, proposals } = runNormalizer(splitWords, text)
    expect(output).toBe(text)
    expect(proposals.map((p) => [p.ruleId, ...p.expected])).toEqual([['split-soundalike', 'undermined', 'undermine']])
    expect(proposals[0]!.confidence).toBeLessThan(DEFAULT_MIN_CONFIDENCE)
    // Before "the" (a th sound, not t) the past tense stands.
    expect(runNormalizer(splitWords, 'They under mind the process.').output).toBe('They undermined the process.')
  })

  it('only suggests a sound-alike compound that goes with no word beside it (part of another mishearing)', () => {
    const text = 'We heard the special rap tour on the right to privacy.'
    const { output, proposals } = runNormalizer(splitWords, text)
    expect(output).toBe(text)
    expect(proposals.map((p) => [p.ruleId, p.expected[0]])).toEqual([['split-soundalike', 'rapture']])
    expect(proposals[0]!.reason).toMatch(/goes with no word beside it/)
  })

  it('only suggests a compound whose open form can be a phrase', () => {
    const { output, proposals } = runNormalizer(splitWords, 'This may be cause for concern.')
    expect(output).toBe('This may be cause for concern.')
    expect(proposals.map((p) => [p.ruleId, p.expected[0]])).toEqual([['split-compound', 'because']])
    expect(proposals[0]!.confidence).toBeLessThan(DEFAULT_MIN_CONFIDENCE)
  })

  it('keeps combining forms given in options.keepOpen, and accepts glossary words as joined forms', () => {
    expect(runNormalizer(splitWords, 'We need a data base of incidents.', { keepOpen: ['data'] }).proposals).toEqual([])
    expect(runNormalizer(splitWords, 'The bot net was taken down.').proposals.map((p) => p.expected[0])).toEqual(['botnet'])
    expect(runNormalizer(splitWords, 'The bot net was taken down.', { knownWords: ['botnet'] }).proposals.map((p) => p.expected[0])).toEqual(['botnet'])
    expect(runNormalizer(splitWords, 'The ransom wear spread.', { keepOpen: ['ransom'] }).proposals).toEqual([])
  })

  it('emits records with a fixed rule id, confidence in [0, 1], a reason and evidence', () => {
    const text = 'Further more, the war fair and the ground work matter.'
    const { proposals } = runNormalizer(splitWords, text)
    expect(proposals.map((p) => p.ruleId)).toEqual(['split-connective', 'split-soundalike', 'split-compound'])
    for (const p of proposals) {
      expect(SPLIT_WORDS_RULES).toContain(p.ruleId)
      expect(p.source).toBe('split-words')
      expect(p.confidence).toBeGreaterThanOrEqual(0)
      expect(p.confidence).toBeLessThanOrEqual(1)
      expect(p.reason).toContain(`\`${text.slice(p.start, p.end)}\``)
      expect(Object.keys(p.evidence ?? {}).length).toBeGreaterThan(0)
    }
  })

  it('throws a TypeError naming a bad option', () => {
    expect(() => runNormalizer(splitWords, 'x', { keepOpen: 'cyber' })).toThrow(/options\.keepOpen/)
    expect(() => runNormalizer(splitWords, 'x', { styleRepeats: 0 })).toThrow(/options\.styleRepeats/)
  })

  it('is idempotent', () => {
    for (const [input] of invalid) {
      const once = runNormalizer(splitWords, input).output
      expect(runNormalizer(splitWords, once).output).toBe(once)
    }
  })
})

describeNormalizerProperties('split-words', splitWords, SPLIT_WORDS_RULES, [...invalid.map(([input]) => input), ...valid], valid)
