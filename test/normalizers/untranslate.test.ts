import retextEnglish from 'retext-english'
import { unified, type Plugin } from 'unified'
import { VFile } from 'vfile'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import type { Root } from 'nlcst'
import { UNTRANSLATE_RULES, untranslate } from '../../src/normalizers/untranslate.js'
import { DEFAULT_MIN_CONFIDENCE } from '../../src/pipeline/pipeline.js'
import { resolveProposals } from '../../src/pipeline/resolve.js'
import type { Proposal } from '../../src/types.js'

// biome-ignore lint: test harness takes any plugin
function run(plugin: Plugin<[any?], Root>, text: string, options?: object): { output: string; proposals: Proposal[]; flagged: string[] } {
  const file = new VFile(text)
  const processor = unified().use(retextEnglish).use(plugin, options)
  processor.runSync(processor.parse(file), file)
  const proposals = file.data.captidy?.proposals ?? []
  const { chosen, flags } = resolveProposals(proposals, text)
  let output = text
  for (const p of [...chosen].reverse()) {
    if (p.confidence >= DEFAULT_MIN_CONFIDENCE) output = output.slice(0, p.start) + p.expected[0] + output.slice(p.end)
  }
  return { output, proposals, flagged: flags.map((f) => text.slice(f.start, f.end)) }
}

// Real CART lines with untranslates: each must be flagged, never corrected.
const flagged: Array<[string, string[]]> = [
  ['We have an important role to play to both build capacity around the world and to SXOERT engage in discussions.', ['SXOERT']],
  ["Wearing my other hat, I'd like to share two THAVBL helped us as incident responders find agreement rapidly.", ['THAVBL']],
  ['All of this has to be brought to the attention of the member state NOEFRD for the UN.', ['NOEFRD']],
  ['RFRN I believe many politicians have never heard of the group of governmental experts.', ['RFRN']],
  ['The delegate from PWR STPH said that the text was agreed.', ['STPH']],
  ['The TKPWOFT has a role in these processes, the government and the sxoert community.', ['TKPWOFT', 'sxoert']],
]

const clean: string[] = [
  'The OSCE adopted confidence building measures, and the ICRC and the IPU took part.',
  'ICANN and the IETF coordinate with the RIRs; LGBT users face particular risks.',
  'The Internet Governance Forum (IGF) met in Geneva; the IGF is a UN forum.',
  'MODERATOR: Thank you very much for those remarks.',
  '>> AUDIENCE MEMBER: My question is for the panel.',
  'NTHABISENG MOLEFE: Thank you, Chair, for giving me the floor on this important question.',
  'The next speaker (NTHABISENG PHLWANE) is from South Africa.',
  'THANK YOU ALL FOR ATTENDING THIS SESSION.',
  'The NCSC works with the CSIRT network and NIST on standards.',
  'The GGE report of 2015 was adopted; the GGE did not agree this year.',
  'The SCADA systems of the utilities were attacked in 2015.',
  'The WTO and the WIPO secretariat attended, as did ECOSOC.',
  'He quoted Spengler: eine lange Nacht vielleicht, in the original.',
]

describe('untranslate', () => {
  it.each(flagged)('flags %j', (input, spans) => {
    const { output, proposals, flagged } = run(untranslate, input)
    expect(output).toBe(input)
    expect(flagged).toEqual(spans)
    for (const p of proposals) expect(p.expected).toEqual([])
  })

  it.each(clean)('leaves %j alone', (input) => {
    expect(run(untranslate, input).proposals).toEqual([])
  })

  it('never flags glossary terms and acronyms given in options', () => {
    const text = 'The GFCE and the CCDCOE and the NTIA and the MSWG met.'
    expect(run(untranslate, text).flagged).toEqual(['MSWG'])
    expect(run(untranslate, text, { knownWords: ['MSWG'] }).flagged).toEqual([])
    expect(run(untranslate, text, { acronyms: ['mswg'] }).flagged).toEqual([])
  })

  it('is surer of long, one-off chords than of short or recurring ones', () => {
    const long = run(untranslate, 'to SXOERT engage').proposals[0]!
    const short = run(untranslate, 'to RFRN engage').proposals[0]!
    expect(long.confidence).toBeGreaterThan(short.confidence)
    expect(run(untranslate, 'The RFRN met.  Then the RFRN left.').proposals).toEqual([])
  })

  it('emits flags with a fixed rule id, confidence in [0, 1], a reason and evidence', () => {
    const text = 'two THAVBL helped us and the sxoert community'
    const { proposals } = run(untranslate, text)
    expect(proposals.map((p) => p.ruleId)).toEqual(['steno-chord', 'steno-lowercase'])
    for (const p of proposals) {
      expect(UNTRANSLATE_RULES).toContain(p.ruleId)
      expect(p.source).toBe('untranslate')
      expect(p.confidence).toBeGreaterThanOrEqual(0.5)
      expect(p.confidence).toBeLessThanOrEqual(1)
      expect(p.reason).toContain(`\`${text.slice(p.start, p.end)}\``)
      expect(p.evidence?.pronounceable).toBe(false)
    }
  })

  it('throws a TypeError naming a bad option', () => {
    expect(() => run(untranslate, 'x', { acronyms: 'IGF' })).toThrow(/options\.acronyms/)
    expect(() => run(untranslate, 'x', { minLength: 1 })).toThrow(/options\.minLength/)
    expect(() => run(untranslate, 'x', { minConfidence: 2 })).toThrow(/options\.minConfidence/)
  })
})

describe('untranslate properties', () => {
  const sentences = [...flagged.map(([input]) => input), ...clean]

  it('proposes in bounds, with a listed rule id and confidence in [0, 1], and a second run changes nothing more', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...sentences), { minLength: 1, maxLength: 5 }), fc.constantFrom(' ', '  ', '\n\n'), (parts, joiner) => {
        const text = parts.join(joiner)
        const { output, proposals } = run(untranslate, text)
        for (const p of proposals) {
          expect(p.start).toBeGreaterThanOrEqual(0)
          expect(p.end).toBeLessThanOrEqual(text.length)
          expect(p.start).toBeLessThanOrEqual(p.end)
          expect(p.confidence).toBeGreaterThanOrEqual(0)
          expect(p.confidence).toBeLessThanOrEqual(1)
          expect(UNTRANSLATE_RULES).toContain(p.ruleId)
        }
        expect(run(untranslate, output).output).toBe(output)
      }),
      { numRuns: 60 },
    )
  })

  it('gives text with nothing to fix back byte for byte', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...clean), { minLength: 1, maxLength: 5 }), (parts) => {
        const text = parts.join('\n\n')
        expect(run(untranslate, text).output).toBe(text)
      }),
      { numRuns: 40 },
    )
  })
})
