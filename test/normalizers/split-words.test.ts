import retextEnglish from 'retext-english'
import { unified, type Plugin } from 'unified'
import { VFile } from 'vfile'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import type { Root } from 'nlcst'
import { SPLIT_WORDS_RULES, splitWords } from '../../src/normalizers/split-words.js'
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
]

const valid: string[] = [
  'We have a lot of work to do before the next session.',
  'It may be that we need more time to agree.',
  'People use the internet every day for banking.',
  'This may be cause for concern among member states.',
  'They shut down the network during the elections.',
  'Peace and security in cyber space is our common goal.',
  'The multi stakeholder model has served us well; cyber security matters.',
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
]

describe('split-words', () => {
  it.each(invalid)('fixes %j', (input, output) => {
    expect(run(splitWords, input).output).toBe(output)
  })

  it.each(valid)('keeps %j', (input) => {
    expect(run(splitWords, input).output).toBe(input)
  })

  it.each([
    ['Norms can lay ground work for binding commitments.', 'groundwork'],
    ['Pretexts for counter measures or reinterpretation of the charter must be avoided.', 'countermeasures'],
    ['The secretariat keeps a data base of national contact points.', 'database'],
  ])('only suggests an open compound, which may be house style: %j', (input, joined) => {
    const { output, proposals } = run(splitWords, input)
    expect(output).toBe(input)
    expect(proposals.map((p) => [p.ruleId, p.expected[0]])).toEqual([['split-compound', joined]])
  })

  it('only suggests a compound whose open form can be a phrase', () => {
    const { output, proposals } = run(splitWords, 'This may be cause for concern.')
    expect(output).toBe('This may be cause for concern.')
    expect(proposals.map((p) => [p.ruleId, p.expected[0]])).toEqual([['split-compound', 'because']])
    expect(proposals[0]!.confidence).toBeLessThan(DEFAULT_MIN_CONFIDENCE)
  })

  it('keeps combining forms given in options.keepOpen, and accepts glossary words as joined forms', () => {
    expect(run(splitWords, 'We need a data base of incidents.', { keepOpen: ['data'] }).proposals).toEqual([])
    expect(run(splitWords, 'The bot net was taken down.').proposals.map((p) => p.expected[0])).toEqual(['botnet'])
    expect(run(splitWords, 'The bot net was taken down.', { knownWords: ['botnet'] }).proposals.map((p) => p.expected[0])).toEqual(['botnet'])
    expect(run(splitWords, 'The ransom wear spread.', { keepOpen: ['ransom'] }).proposals).toEqual([])
  })

  it('emits records with a fixed rule id, confidence in [0, 1], a reason and evidence', () => {
    const text = 'Further more, the war fair and the ground work matter.'
    const { proposals } = run(splitWords, text)
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
    expect(() => run(splitWords, 'x', { keepOpen: 'cyber' })).toThrow(/options\.keepOpen/)
    expect(() => run(splitWords, 'x', { styleRepeats: 0 })).toThrow(/options\.styleRepeats/)
  })

  it('is idempotent', () => {
    for (const [input] of invalid) {
      const once = run(splitWords, input).output
      expect(run(splitWords, once).output).toBe(once)
    }
  })
})

describe('split-words properties', () => {
  const sentences = [...invalid.map(([input]) => input), ...valid]

  it('proposes in bounds, with a listed rule id and confidence in [0, 1], and a second run changes nothing more', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...sentences), { minLength: 1, maxLength: 5 }), fc.constantFrom(' ', '  ', '\n\n'), (parts, joiner) => {
        const text = parts.join(joiner)
        const { output, proposals } = run(splitWords, text)
        for (const p of proposals) {
          expect(p.start).toBeGreaterThanOrEqual(0)
          expect(p.end).toBeLessThanOrEqual(text.length)
          expect(p.start).toBeLessThanOrEqual(p.end)
          expect(p.confidence).toBeGreaterThanOrEqual(0)
          expect(p.confidence).toBeLessThanOrEqual(1)
          expect(SPLIT_WORDS_RULES).toContain(p.ruleId)
        }
        expect(run(splitWords, output).output).toBe(output)
      }),
      { numRuns: 60 },
    )
  })

  it('gives text with nothing to fix back byte for byte', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...valid), { minLength: 1, maxLength: 5 }), (parts) => {
        const text = parts.join('\n\n')
        expect(run(splitWords, text).output).toBe(text)
      }),
      { numRuns: 40 },
    )
  })
})
