import { describe, expect, it } from 'vitest'
import { UNTRANSLATE_RULES, untranslate } from '../../src/normalizers/untranslate.js'
import { describeNormalizerProperties, runNormalizer } from '../helpers/normalizer.js'

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
  // UN-system and regional bodies, and acronyms built on a known one ("EUCERT", "LACTLD").
  'The IPCC and the UNFCCC reported, and UNRWA and OCHA briefed the council.',
  'The regional ccTLD bodies APTLD, AFTLD, LACTLD and CENTR met with EUCERT.',
]

describe('untranslate', () => {
  it.each(flagged)('flags %j', (input, spans) => {
    const { output, proposals, flagged } = runNormalizer(untranslate, input)
    expect(output).toBe(input)
    expect(flagged).toEqual(spans)
    for (const p of proposals) expect(p.expected).toEqual([])
  })

  it.each(clean)('leaves %j alone', (input) => {
    expect(runNormalizer(untranslate, input).proposals).toEqual([])
  })

  it('never flags glossary terms and acronyms given in options', () => {
    const text = 'The GFCE and the CCDCOE and the NTIA and the MSWG met.'
    expect(runNormalizer(untranslate, text).flagged).toEqual(['MSWG'])
    expect(runNormalizer(untranslate, text, { knownWords: ['MSWG'] }).flagged).toEqual([])
    expect(runNormalizer(untranslate, text, { acronyms: ['mswg'] }).flagged).toEqual([])
  })

  it('is surer of long, one-off chords than of short or recurring ones', () => {
    const long = runNormalizer(untranslate, 'to SXOERT engage').proposals[0]!
    const short = runNormalizer(untranslate, 'to RFRN engage').proposals[0]!
    expect(long.confidence).toBeGreaterThan(short.confidence)
    expect(runNormalizer(untranslate, 'The RFRN met.  Then the RFRN left.').proposals).toEqual([])
  })

  it('emits flags with a fixed rule id, confidence in [0, 1], a reason and evidence', () => {
    const text = 'two THAVBL helped us and the sxoert community'
    const { proposals } = runNormalizer(untranslate, text)
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
    expect(() => runNormalizer(untranslate, 'x', { acronyms: 'IGF' })).toThrow(/options\.acronyms/)
    expect(() => runNormalizer(untranslate, 'x', { minLength: 1 })).toThrow(/options\.minLength/)
    expect(() => runNormalizer(untranslate, 'x', { minConfidence: 2 })).toThrow(/options\.minConfidence/)
  })
})

describeNormalizerProperties('untranslate', untranslate, UNTRANSLATE_RULES, [...flagged.map(([input]) => input), ...clean], clean)
