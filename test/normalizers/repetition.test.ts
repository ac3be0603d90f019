import { describe, expect, it } from 'vitest'
import { REPETITION_RULES, repetition } from '../../src/normalizers/repetition.js'
import { DEFAULT_MIN_CONFIDENCE } from '../../src/pipeline/pipeline.js'
import { describeNormalizerProperties, runNormalizer } from '../helpers/normalizer.js'

// Real CART sentences (IGF, UN and parliamentary captioning), each with one artefact.
const invalid: Array<[string, string]> = [
  ['The the Chair gave the floor to the representative of Brazil.', 'The Chair gave the floor to the representative of Brazil.'],
  ['We need to to the best of our ability protect these systems.', 'We need to the best of our ability protect these systems.'],
  ['I would like to turn to to the next speaker on my list.', 'I would like to turn to the next speaker on my list.'],
  ['In my opinion, this is a rhetorical issue and the response to it it has long been gone.', 'In my opinion, this is a rhetorical issue and the response to it has long been gone.'],
  ['There are emerging military applications from command and command and control to offensive operations.', 'There are emerging military applications from command and control to offensive operations.'],
  ['We have seen this in the in the last round of negotiations.', 'We have seen this in the last round of negotiations.'],
  ['The report was adopted by by consensus in 2015.', 'The report was adopted by consensus in 2015.'],
  ['Of of course international law applies in cyberspace.', 'Of course international law applies in cyberspace.'],
  ['It was concluded without any consense census report.', 'It was concluded without any consensus report.'],
  ['This is a great concern to the security counsel council, as we all know.', 'This is a great concern to the security council, as we all know.'],
  ['We we have to work together on capacity building.', 'We have to work together on capacity building.'],
  ['the the the multistakeholder model works.', 'the multistakeholder model works.'],
]

const valid: string[] = [
  "We're going to have to have no sacred cows except the fundamental principle.",
  'It was very very difficult to reach agreement this year.',
  'Bye bye, and thank you all for coming.',
  'No no, that is not what I said.',
  'He had had enough of the discussion by then.',
  'The conference was held in Walla Walla, Washington.',
  'The results were so so, to be honest.',
  'Hear hear, said the delegates.',
  'Many many thanks to our hosts in Geneva.',
  // Drop-out markers and sentence ends are not a repetition context.
  'We have to ‑‑ to think about the users first.',
  'I want to be clear on this.  This is the point.',
  'They were late. Late for the meeting, that is.',
  'Developing countries, countries in transition and others took part.',
  // Grammatical repeats.
  'What it is is a framework for cooperation.',
  'We gave her her badge at the registration desk.',
  'The vote was postponed and postponed and postponed, only to be held in December.',
  'The packets bounced and bounced between the two networks.',
  // A verb reduplicated for emphasis, and a parallel of reduplications.
  'I rejected and rejected and then finally accepted the congressional pay raise.',
  'These deficits are the inheritance of decades of tax and tax and spend and spend.',
  // A fixed reduplication, then a plain "and" (ASR writes no comma).
  "we've seen that again and again and I should say it is getting worse",
  'We listened to the steady beep beep beep of the alarm.',
  'The delegates came in in the middle of the debate.',
  'I know him I know him, he is a good negotiator.',
  'The debate went on and on.',
  // A non-word before a word is not a re-stroke unless the word repeats its sound.
  'The room was full of the fumes of whisky choking the air.',
  'Shayne locked his hands around the wheel.',
  // Sound-alikes that are both meant.
  'The police policy on data retention was discussed.',
  'Legal counsel advised the council on the text.',
]

describe('repetition', () => {
  it.each(invalid)('fixes %j', (input, output) => {
    expect(runNormalizer(repetition, input).output).toBe(output)
  })

  it.each(valid)('keeps %j', (input) => {
    expect(runNormalizer(repetition, input).output).toBe(input)
  })

  it('reads "a a" before "based", "driven" and the like as the letters A I', () => {
    const text = 'Military applications of AI are growing, and we see a a based technologies and a a driven tools.'
    const { output, proposals } = runNormalizer(repetition, text)
    expect(output).toBe('Military applications of AI are growing, and we see AI based technologies and AI driven tools.')
    expect(proposals.map((p) => [p.ruleId, p.expected[0]])).toEqual([
      ['spoken-letters', 'AI'],
      ['spoken-letters', 'AI'],
    ])
    expect(proposals[0]!.reason).toContain('AI is written elsewhere')
    expect(proposals[0]!.confidence).toBeGreaterThanOrEqual(DEFAULT_MIN_CONFIDENCE)
  })

  it('is less sure of the letters A I when the transcript never writes AI', () => {
    const [alone] = runNormalizer(repetition, 'We build a a based tools.').proposals
    const [backed] = runNormalizer(repetition, 'We build a a based tools for AI safety.').proposals
    expect(alone!.ruleId).toBe('spoken-letters')
    expect(alone!.confidence).toBeLessThan(backed!.confidence)
  })

  it('only suggests dropping "a a" before a word the article can precede', () => {
    const text = 'We need a a clear answer on AI, a a systems approach and a a related question.'
    const { output, proposals } = runNormalizer(repetition, text)
    expect(output).toBe(text)
    expect(proposals.map((p) => p.ruleId)).toEqual(['ambiguous-repeat', 'ambiguous-repeat', 'ambiguous-repeat'])
    expect(proposals.every((p) => p.confidence < DEFAULT_MIN_CONFIDENCE)).toBe(true)
  })

  it('leaves split compounds to split-words: a re-stroke repeats sound', () => {
    const text = 'Peace and security in cyber space and the inter net.'
    expect(runNormalizer(repetition, text).proposals).toEqual([])
  })

  it('only suggests dropping a sound-alike when the second word fits its neighbours worse', () => {
    const text = 'This is a great concern to the security council counsel, as we all know.'
    const { output, proposals } = runNormalizer(repetition, text)
    expect(output).toBe(text)
    expect(proposals.map((p) => [p.ruleId, p.expected[0]])).toEqual([['restroke-homophone', 'council']])
    expect(proposals[0]!.confidence).toBeLessThan(DEFAULT_MIN_CONFIDENCE)
  })

  it('only suggests "that that", which is often grammatical', () => {
    const text = 'I think that that is right, and the Secretary‑General agrees.'
    const { output, proposals } = runNormalizer(repetition, text)
    expect(output).toBe(text)
    expect(proposals).toHaveLength(1)
    expect(proposals[0]!.ruleId).toBe('ambiguous-repeat')
    expect(proposals[0]!.expected).toEqual(['that'])
    expect(proposals[0]!.confidence).toBeLessThan(DEFAULT_MIN_CONFIDENCE)
  })

  it('emits records with a fixed rule id, confidence in [0, 1], a reason and evidence', () => {
    const text = 'The the report by by the group, without any consense census, went to the security counsel council.'
    const { proposals } = runNormalizer(repetition, text)
    expect(proposals.map((p) => p.ruleId)).toEqual(['repeated-word', 'repeated-word', 'restroke-fragment', 'restroke-homophone'])
    for (const p of proposals) {
      expect(REPETITION_RULES).toContain(p.ruleId)
      expect(p.source).toBe('repetition')
      expect(p.confidence).toBeGreaterThanOrEqual(0)
      expect(p.confidence).toBeLessThanOrEqual(1)
      expect(p.reason).toContain(`\`${text.slice(p.start, p.end)}\``)
      expect(Object.keys(p.evidence ?? {}).length).toBeGreaterThan(0)
    }
  })

  it('keeps words given in options.keep', () => {
    const text = 'Go team go go go!'
    expect(runNormalizer(repetition, text, { keep: ['go'] }).output).toBe(text)
    expect(runNormalizer(repetition, 'The the great great moment.', { keep: ['great'] }).proposals.map((p) => p.expected[0])).toEqual(['The'])
    expect(runNormalizer(repetition, 'The the great great moment.').proposals.map((p) => p.expected[0])).toEqual(['The', 'great'])
  })

  it('throws a TypeError naming a bad option', () => {
    expect(() => runNormalizer(repetition, 'x', { keep: 'go' })).toThrow(/options\.keep/)
    expect(() => runNormalizer(repetition, 'x', { maxPhrase: 0 })).toThrow(/options\.maxPhrase/)
    expect(() => runNormalizer(repetition, 'x', { knownWords: [1] })).toThrow(/options\.knownWords/)
  })

  it('is idempotent: its output has nothing left to fix', () => {
    for (const [input] of invalid) {
      const once = runNormalizer(repetition, input).output
      expect(runNormalizer(repetition, once).output).toBe(once)
    }
  })
})

describeNormalizerProperties('repetition', repetition, REPETITION_RULES, [...invalid.map(([input]) => input), ...valid], valid)
