import { describe, expect, it } from 'vitest'
import type { Glossary } from '../../src/glossary/types.js'
import { termCase } from '../../src/normalizers/term-case.js'
import { runGlossary } from './glossary-helpers.js'

/** CERTs as the shipped glossary has it: "certs" is also the everyday word for certificates. */
const glossary: Glossary = {
  name: 'test',
  terms: [
    {
      term: 'CERTs',
      kind: 'acronym',
      variants: ['certs'],
      context: ['CSIRTs', 'national', 'incident response', 'cooperation', 'norm', 'teams', 'cybersecurity'],
      allow: ['TLS certs', 'fake certs'],
    },
  ],
}

/** More than 40 words with none of the entry's context words: what lies between is no context nearby. */
const between =
  'The chair thanked the speakers and asked the room for questions. A delegate from the Pacific said her ' +
  'country had few people to spare for these meetings, and that travel to Geneva or New York took days. ' +
  'She asked whether the secretariat could hold more sessions online and publish the papers earlier.'

describe('term-case: a rare word that spells an acronym, in a file about its subject', () => {
  const topical = 'States agreed on eleven norms of responsible behaviour in cyberspace, and cybersecurity became a matter for diplomats.'
  const invalid: Array<[input: string, output: string]> = [
    [
      `${topical}\n\n${between}\n\nOur programme trains the certs of small island states.`,
      `${topical}\n\n${between}\n\nOur programme trains the CERTs of small island states.`,
    ],
  ]
  const valid = [
    // One topical word in the file is not enough.
    `Cybersecurity became a matter for diplomats.\n\n${between}\n\nOur programme trains the certs of small island states.`,
    // Common context words ("national", "teams") do not say what a file is about.
    `National teams met in the capital.\n\n${between}\n\nOur programme trains the certs of small island states.`,
    // The everyday sense, allowed even in a file about the subject.
    `${topical}\n\n${between}\n\nThe attackers issued fake certs for the ministry's domains.`,
  ]
  for (const [input, output] of invalid) {
    it(`fixes: …${input.slice(-50)}`, () => {
      const run = runGlossary(input, [glossary], [termCase])
      expect(run.text).toBe(output)
      expect(run.applied[0]?.reason).toMatch(/the file is about its subject \('norm', 'cybersecurity' occur in it\)/)
      expect(run.applied[0]?.evidence?.topic).toBe('norm, cybersecurity')
    })
  }
  for (const input of valid) {
    it(`keeps: ${input.slice(0, 40)}…${input.slice(-50)}`, () => {
      const run = runGlossary(input, [glossary], [termCase])
      expect(run.text).toBe(input)
      expect(run.applied).toEqual([])
    })
  }
  it('a context word nearby still counts for more than the topic', () => {
    const run = runGlossary('National certs share incident response data.', [glossary], [termCase])
    expect(run.text).toBe('National CERTs share incident response data.')
    expect(run.applied[0]?.confidence).toBeGreaterThan(0.6)
    expect(run.applied[0]?.evidence?.topic).toBeUndefined()
  })
})

describe('term-case across a line break', () => {
  const names: Glossary = {
    name: 'test',
    terms: [{ term: 'African Union', kind: 'name', context: ['Malabo', 'member states'] }],
  }

  it('restores capitals in place and keeps the line break of a caption line', () => {
    const input = 'Capacity building with regional organisations like the African\nunion and its member states.'
    const run = runGlossary(input, [names], [termCase])
    expect(run.text).toBe('Capacity building with regional organisations like the African\nUnion and its member states.')
    expect(run.applied.map((c) => c.expected[0])).toEqual(['African\nUnion'])
  })
})

describe('term-case on hyphenated compounds', () => {
  const names: Glossary = { name: 'test', terms: [{ term: 'Cold War', kind: 'name', variants: ['Cold war', 'cold War'] }] }

  it('reads a compound of known words as English: "cold-war" is at most a suggestion', () => {
    const input = 'The cold-war era shaped the order that followed.'
    const run = runGlossary(input, [names], [termCase])
    expect(run.text).toBe(input)
    expect(run.applied).toEqual([])
  })
})

describe('term-case on a lower-case term written closed', () => {
  const terms: Glossary = {
    name: 'test',
    terms: [
      { term: 'cyber norms', kind: 'phrase', context: ['GGE'] },
      { term: 'due diligence', kind: 'phrase', context: ['states'] },
    ],
  }

  it('keeps a combining form written closed ("cybernorms"): house style, as "cybersecurity" is', () => {
    const input = 'The GGE agreed eleven cybernorms in 2015.'
    expect(runGlossary(input, [terms], [termCase]).text).toBe(input)
  })

  it('keeps acronyms run together in capitals ("UNDESA" for "UN DESA"), a common house style', () => {
    const acronyms: Glossary = { name: 'test', terms: [{ term: 'UN DESA', kind: 'acronym', context: ['IGF'] }] }
    const input = 'The IGF secretariat thanks UNDESA for its support.'
    expect(runGlossary(input, [acronyms], [termCase]).text).toBe(input)
    expect(runGlossary('The IGF secretariat thanks undesa for its support.', [acronyms], [termCase]).text).toBe(
      'The IGF secretariat thanks UN DESA for its support.',
    )
  })

  it('still opens two ordinary words run together into a non-word', () => {
    expect(runGlossary('States owe duediligence to each other.', [terms], [termCase]).text).toBe('States owe due diligence to each other.')
  })
})

describe('term-case restores the hyphen a compound modifier of a name lost', () => {
  const names: Glossary = {
    name: 'test',
    terms: [
      { term: 'Open-ended Working Group', kind: 'name', context: ['chair', 'OEWG'] },
      { term: 'Secretary-General', kind: 'name', context: ['UN'], allow: ['Secretary General'] },
    ],
  }

  it('writes "Open-ended", not the hybrid "Open ended"', () => {
    const run = runGlossary('The chair of the open ended working group spoke.', [names], [termCase])
    expect(run.text).toBe('The chair of the Open-ended Working Group spoke.')
  })

  it('keeps a line break where the hyphen would be (caption layout)', () => {
    const run = runGlossary('The chair of the open\nended working group spoke.', [names], [termCase])
    expect(run.text).toBe('The chair of the Open\nended Working Group spoke.')
  })
})

describe('term-case and spelled letters', () => {
  const acronyms: Glossary = { name: 'test', terms: [{ term: 'UNDP', kind: 'acronym', variants: ['UND P'], context: ['UN'] }] }

  it('does not take part of a run of spelled letters ("UN d p" of "UN d p i") for another acronym', () => {
    const input = 'The UN d p i safeguards initiative was launched by the UN.'
    expect(runGlossary(input, [acronyms], [termCase]).text).toBe(input)
  })

  it('still joins a split acronym that ends where the letters end', () => {
    expect(runGlossary('The UND P office of the UN opened.', [acronyms], [termCase]).text).toBe('The UNDP office of the UN opened.')
  })
})

describe('term-case after "the" and a nationality', () => {
  const names: Glossary = { name: 'test', terms: [{ term: 'Internet Governance Forum', kind: 'name', context: ['IGF', 'multistakeholder'] }] }

  it('capitalises a national body named after a glossary name', () => {
    const run = runGlossary('Together with partners we fund the Nigerian internet governance forum every year.', [names], [termCase])
    expect(run.text).toBe('Together with partners we fund the Nigerian Internet Governance Forum every year.')
  })

  it('leaves an indefinite one alone', () => {
    const input = 'They planned a Nigerian internet governance forum of their own.'
    const run = runGlossary(input, [names], [termCase])
    expect(run.text).toBe(input)
  })
})
