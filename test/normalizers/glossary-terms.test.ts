import { describe, expect, it } from 'vitest'
import { loadDefaultGlossariesSync } from '../../src/glossary/load.js'
import type { Glossary } from '../../src/glossary/types.js'
import { glossaryTerms } from '../../src/normalizers/glossary-terms.js'
import { spelledAcronyms } from '../../src/normalizers/spelled-acronyms.js'
import { termCase } from '../../src/normalizers/term-case.js'
import { runGlossary } from './glossary-helpers.js'

/** A small glossary in the shape of the shipped one, written for these tests. */
const glossary: Glossary = {
  name: 'test',
  terms: [
    { term: 'ICANN', kind: 'acronym', variants: ['I can', 'eye can'], context: ['domain', 'DNS', 'registry', 'names and numbers'], allow: ['I can see'] },
    { term: 'ITU', kind: 'acronym', context: ['telecommunication', 'standards'] },
    { term: 'MAG', kind: 'acronym', context: ['IGF', 'multistakeholder advisory group', 'members'] },
    { term: 'CERTs', kind: 'acronym', context: ['incident response'] },
    { term: 'FIRST', kind: 'acronym', variants: ['first'], context: ['Forum of Incident Response and Security Teams'] },
    { term: 'WannaCry', kind: 'name', variants: ['want to cry'], context: ['ransomware', 'malware'] },
    { term: 'due diligence', kind: 'phrase', variants: ['due indigenous'], context: ['states', 'obligation', 'norm'] },
    { term: 'United Nations', kind: 'name', context: ['member states', 'UN', 'Secretary-General'] },
    { term: 'General Assembly', kind: 'name', context: ['resolution', 'UN'] },
    { term: 'African Union', kind: 'name', context: ['Africa'] },
    { term: 'UN Charter', kind: 'name', context: ['international law', 'Article 51'] },
    { term: 'UN GGE', kind: 'acronym', context: ['norms'] },
    { term: 'ECOSOC', kind: 'acronym', context: ['consultative status'] },
    { term: 'confidence-building measures', kind: 'phrase', context: ['OSCE', 'transparency'] },
    { term: 'cooperation', kind: 'word', confusions: ['corporation'] },
    { term: 'infrastructure', kind: 'word' },
    { term: 'Convention on Cybercrime', kind: 'name', context: ['Budapest', 'Council of Europe'] },
    { term: 'cybercrime', kind: 'word' },
  ],
}

const zorblax: Glossary = { name: 'user', terms: [{ term: 'Zorblax Protocol', kind: 'name' }] }

describe('glossary normalizers on real sentences', () => {
  const invalid: Array<[input: string, output: string]> = [
    // listed variants
    ['We have a duty of due indigenous as states under the norms.', 'We have a duty of due diligence as states under the norms.'],
    ['The eye can board approved the new DNS registry agreement.', 'The ICANN board approved the new DNS registry agreement.'],
    ['The attack used ransomware, want to cry, against hospitals.', 'The attack used ransomware, WannaCry, against hospitals.'],
    // case repair
    ['The icann community met in Montreal.', 'The ICANN community met in Montreal.'],
    ['I would like to introduce the two mag members who organised this IGF session.', 'I would like to introduce the two MAG members who organised this IGF session.'],
    ['National certs share incident response data.', 'National CERTs share incident response data.'],
    ['The African union has adopted a convention.', 'The African Union has adopted a convention.'],
    ['International law, and in particular the UN charter, applies.', 'International law, and in particular the UN Charter, applies.'],
    ['The general assembly adopted a UN resolution on norms.', 'The General Assembly adopted a UN resolution on norms.'],
    ['The team joined First, the Forum of Incident Response and Security Teams, last year.', 'The team joined FIRST, the Forum of Incident Response and Security Teams, last year.'],
    // broken apart or run together
    ['The ungge report of 2015 set out eleven norms.', 'The UN GGE report of 2015 set out eleven norms.'],
    ['The NGO has eco soc consultative status.', 'The NGO has ECOSOC consultative status.'],
    ['We need better digital infra structure in rural areas.', 'We need better digital infrastructure in rural areas.'],
    // spelled-out letters
    ['The I C A N N board met in Montreal.', 'The ICANN board met in Montreal.'],
    ['He spoke for the I T U in Geneva.', 'He spoke for the ITU in Geneva.'],
    // by sound, unlisted
    ['The OSCE agreed on sixteen conference building measures in 2016.', 'The OSCE agreed on sixteen confidence-building measures in 2016.'],
  ]
  const valid = [
    // A lower-case term of the glossary is an English word: this is a convention, not the Convention.
    'The Arab League adopted a convention on cybercrime of its own in 2010.',
    'I can see why the domain registry matters.',
    'I can do it, said the DNS operator.',
    // A subject and its verb with the term's context all around: still a clause, not a name.
    'On domain names policy I can not agree with the registry.',
    'The DNS is stable, and I can confirm the registry agrees.',
    'For the first time, the panel agreed.',
    'First of all, thank you.',
    'The corporate partners were present.',
    'It is a Microsoft corporation now.',
    'I want to cry when I read the news.',
    'Our association holds its annual general assembly in May.',
    'The magazine is called Mag.',
    'The United Nations and ICANN work together.',
    'Cyber security and cyber space are written apart in this transcript.',
    'We should cooperate with corporate partners.',
    'The first committee of our club met.',
    'A U S B stick was found.',
    'The OSCE held a conference on building measures of trust.',
    'The resolution on WSIS follow-up was adopted.',
  ]
  for (const [input, output] of invalid) {
    it(`fixes: ${input}`, () => {
      expect(runGlossary(input, [glossary]).text).toBe(output)
    })
  }
  for (const input of valid) {
    it(`keeps: ${input}`, () => {
      const run = runGlossary(input, [glossary])
      expect(run.text).toBe(input)
    })
  }
})

describe('ordinary English variants are suggestions without evidence', () => {
  it('suggests ICANN for a bare "I can" that does not read on, and applies nothing', () => {
    const run = runGlossary('The I can board met.', [glossary])
    expect(run.text).toBe('The I can board met.')
    expect(run.suggested.map((p) => p.expected[0])).toEqual(['ICANN'])
    expect(run.suggested[0]?.confidence).toBeLessThan(0.5)
  })

  it('leaves no record on everyday words that read on, with nothing pointing to the term', () => {
    for (const input of ['I can try to answer that.', 'We went fishing on Sunday.']) {
      const run = runGlossary(input, loadDefaultGlossariesSync())
      expect(run.text).toBe(input)
      expect(run.suggested).toEqual([])
    }
  })
})

describe('"I can" after a preposition', () => {
  const shipped = loadDefaultGlossariesSync()

  it('is ICANN after "of" with context, though "can and" reads on', () => {
    const input = 'We will discuss the role of I can and the regional internet registries in the multistakeholder model.'
    const run = runGlossary(input, shipped)
    expect(run.text).toBe(input.replace('I can', 'ICANN'))
    expect(run.applied[0]?.reason).toContain('after `of` a subject and its verb cannot start a clause')
  })

  it('stays a suggestion after "as" or "than", which open a clause', () => {
    for (const input of [
      'I will do as much as I can and the registries will see it at the next meeting.',
      'This is more than I can and the registries will know it at the next meeting.',
    ]) {
      const run = runGlossary(input, shipped)
      expect(run.text).toBe(input)
    }
  })
})

describe('an invented user term, matched by sound', () => {
  it('fixes an unlisted mishearing of a term with no variants', () => {
    const run = runGlossary('They rolled out the zor blacks protocol last week.', [zorblax])
    expect(run.text).toBe('They rolled out the Zorblax Protocol last week.')
    const proposal = run.applied[0]
    expect(proposal?.ruleId).toBe('sound')
    expect(proposal?.glossaryTerm).toBe('Zorblax Protocol')
    expect(proposal?.evidence?.nonWords).toBe(1)
    expect(proposal?.confidence).toBeGreaterThanOrEqual(0.5)
    expect(proposal?.confidence).toBeLessThanOrEqual(1)
  })

  it('leaves the term itself and unrelated English alone', () => {
    for (const input of ['The Zorblax Protocol is new.', 'The black protocol officer arrived.', 'Protocol matters.']) {
      expect(runGlossary(input, [zorblax]).text).toBe(input)
    }
  })

  it('lets user entries win over shipped ones with the same term', () => {
    const shipped: Glossary = { name: 'shipped', shipped: true, terms: [{ term: 'Zorblax Protocol', kind: 'name', variants: ['zorb protocol'] }] }
    expect(runGlossary('The zorb protocol works.', [shipped]).text).toBe('The Zorblax Protocol works.')
    expect(runGlossary('The zorb protocol works.', [shipped, zorblax]).text).toBe('The zorb protocol works.')
  })
})

describe('the term written elsewhere in house style counts as evidence', () => {
  // No context word of the entry is near the mishearing; only the term, written elsewhere with a space
  // for its hyphen (the transcript's house style), points to it.
  const earlier = 'Confidence building measures were agreed in 2013. '
  const misheard = 'The group made progress on conference building measures, also explaining what was agreed.'
  const invalid: Array<[input: string, output: string]> = [
    // The fix takes the file's own spacing of the term.
    [earlier + misheard, earlier + misheard.replace('conference building measures', 'confidence building measures')],
    [
      'Our confidence-building measures work. Some states doubt conference building measures.',
      'Our confidence-building measures work. Some states doubt confidence-building measures.',
    ],
  ]
  const valid = [
    // Nothing else in the file points to the term: a suggestion at most.
    misheard,
    // The term's words elsewhere, but not the term ("confidence" alone, "building measures" alone).
    'We have confidence in the building. The group made progress on conference building measures, also explaining what was agreed.',
  ]
  for (const [input, output] of invalid) {
    it(`fixes: ${input}`, () => {
      const run = runGlossary(input, [glossary])
      expect(run.text).toBe(output)
      expect(run.applied[0]?.reason).toMatch(/`confidence-building measures` is written 1× elsewhere/)
    })
  }
  for (const input of valid) {
    it(`keeps: ${input}`, () => {
      const run = runGlossary(input, [glossary])
      expect(run.text).toBe(input)
      expect(run.suggested.map((p) => p.expected[0])).toEqual(['confidence-building measures'])
    })
  }
})

describe('an everyday variant in a frame of its entry', () => {
  // A mishearing of several everyday words ("the main" for "remain") is told apart by the words right
  // around it, written as frames with the term's slot, as confusion pairs are.
  const frames: Glossary = {
    name: 'frames',
    terms: [
      { term: 'remain', kind: 'word', variants: ['the main'], context: ['to … unidentified', 'to … anonymous'] },
      { term: 'undermine', kind: 'word', variants: ['on the mind'], context: ['… trust', '… confidence', 'social contract'] },
    ],
  }
  const invalid: Array<[input: string, output: string, frame: string]> = [
    ['Attribution makes it harder for attackers to the main unidentified.', 'Attribution makes it harder for attackers to remain unidentified.', 'to … unidentified'],
    ['Disinformation campaigns on the mind trust in elections.', 'Disinformation campaigns undermine trust in elections.', '… trust'],
  ]
  for (const [input, output, frame] of invalid) {
    it(`fixes: ${input}`, () => {
      const run = runGlossary(input, [frames])
      expect(run.text).toBe(output)
      expect(run.applied[0]?.evidence?.frame).toBe(frame)
      expect(run.applied[0]?.reason).toContain(`'${frame}'`)
    })
  }
  it('leaves the same words alone outside the frames, without even a suggestion', () => {
    for (const input of [
      'The main reason is cost, and it is on the mind of every delegate.',
      'Some want to the main office; others remain unidentified.',
      // The frame's words must stand right beside the span, in the same sentence.
      'They went to the main. Unidentified ships followed.',
    ]) {
      const run = runGlossary(input, [frames])
      expect(run.text).toBe(input)
      expect(run.suggested).toEqual([])
    }
  })
  it('still weighs a plain context word without a frame as other variants do', () => {
    const run = runGlossary('The social contract is on the mind, as it should be.', [frames])
    expect(run.text).toBe('The social contract is on the mind, as it should be.')
    expect(run.suggested.map((p) => p.expected[0])).toEqual(['undermine'])
  })
})

describe('an ordinary-English variant reads as a name only where a name can stand', () => {
  // "want to cry" is how "WannaCry" is heard; as English it is the verb phrase of the word before it.
  const invalid: Array<[input: string, output: string]> = [
    ['Hospitals were hit by want to cry, a ransomware worm.', 'Hospitals were hit by WannaCry, a ransomware worm.'],
    ['In 2017 we saw malware like want to cry spread through old systems.', 'In 2017 we saw malware like WannaCry spread through old systems.'],
    ['The ransomware known as want to cry encrypted their files.', 'The ransomware known as WannaCry encrypted their files.'],
  ]
  const valid = [
    'The ransomware attack made the nurses want to cry.',
    'Victims of the ransomware attack want to cry.',
    'Some ransomware victims still want to cry.',
    'After the ransomware attack I want to cry.',
    // No context word of the entry nearby.
    'Hospitals were hit by want to cry, a new kind of attack on their budgets.',
  ]
  for (const [input, output] of invalid) {
    it(`fixes: ${input}`, () => {
      const run = runGlossary(input, [glossary])
      expect(run.text).toBe(output)
      expect(run.applied[0]?.reason).toMatch(/'ransomware' is nearby|'malware' is nearby/)
    })
  }
  for (const input of valid) {
    it(`keeps: ${input}`, () => {
      const run = runGlossary(input, [glossary])
      expect(run.text).toBe(input)
      expect(run.suggested.every((p) => p.confidence < 0.5)).toBe(true)
    })
  }
  it('names the word a name cannot follow', () => {
    const run = runGlossary('The ransomware attack made the nurses want to cry.', [glossary])
    expect(run.suggested[0]?.reason).toMatch(/a name cannot follow `nurses`/)
  })
})

describe('a capital letter standing alone is spelled, not said', () => {
  const shipped = loadDefaultGlossariesSync()
  const invalid: Array<[input: string, output: string]> = [
    // "ID U": the captioner wrote letters, and they sound like the acronym's letters.
    ['I think the ID U does that, but it could be done otherwise.', 'I think the ITU does that, but it could be done otherwise.'],
  ]
  const valid = [
    // Letters that name things in edited English, near nothing that sounds like a glossary acronym.
    'We need a Plan B for the budget.',
    'Take vitamin C and vitamin D every day.',
    'Hepatitis B is a virus.',
    'The C suite met the board.',
    'Please see Exhibit B and Appendix C of the report.',
    'Blood type O is common.',
    // Letters spelled one by one that make no acronym are left to `spelled-acronyms`.
    'He said I D U slowly.',
  ]
  for (const [input, output] of invalid) {
    it(`fixes: ${input}`, () => {
      const run = runGlossary(input, shipped)
      expect(run.text).toBe(output)
      expect(run.applied[0]?.reason).toMatch(/`U` standing alone, a spelled letter/)
    })
  }
  for (const input of valid) {
    it(`keeps: ${input}`, () => {
      expect(runGlossary(input, shipped).text).toBe(input)
    })
  }
})

describe('English words are changed by sound only on close evidence', () => {
  const shipped = loadDefaultGlossariesSync()
  // Sentences from State of the Union addresses (1830, 1866, 1899): edited English, nothing to fix.
  const valid: Array<[input: string, suggested: string | undefined]> = [
    // "stock holders" joins into "stockholders": a split word, not a mishearing of "stakeholders".
    ['Not being a corporate body, having no stock holders, debtors, or property, the government bank would not be obnoxious to the constitution.', undefined],
    // Real words that sound only roughly like the term (0.82) stay suggestions, even with context nearby.
    ['If refused admission as a member for want of due allegiance to the Government and the State, he returned home.', 'due diligence'],
    ['Persons owing in the eye of international law a dual allegiance are prevented from entering Turkey.', 'due diligence'],
    // An old spelling that sounds only roughly like a name, with nothing nearby: "colde more" is not "Cold War".
    ['He came into the howse, butt colde more have him att Leasure.', 'Cold War'],
  ]
  for (const [input, suggested] of valid) {
    it(`keeps: ${input}`, () => {
      const run = runGlossary(input, shipped)
      expect(run.text).toBe(input)
      expect(run.suggested.filter((p) => p.ruleId === 'sound').map((p) => p.expected[0])).toEqual(suggested ? [suggested] : [])
    })
  }
  it('says why a rough sound match stays a suggestion', () => {
    const run = runGlossary('Persons owing in the eye of international law a dual allegiance are prevented from entering Turkey.', shipped)
    expect(run.suggested[0]?.reason).toMatch(/'international law' is nearby, but its words are English and sound only roughly like it/)
  })
  it('counts a context word that names the subject for more than a common one', () => {
    const censorship = runGlossary('Rights groups condemned the censorship and the internet shoot downs before the vote.', shipped)
    const government = runGlossary('Rights groups condemned the government and the internet shoot downs before the vote.', shipped)
    const [a] = censorship.applied
    const [b] = government.applied
    expect(a?.ruleId).toBe('sound')
    expect(b?.ruleId).toBe('sound')
    expect(a?.confidence).toBeGreaterThan(b?.confidence ?? 1)
  })
})

describe('a sound match does not cut through a term or an allowed phrase', () => {
  it('leaves "UN Secretary General" alone, though "UN Secretary" sounds like "UN Secretariat"', () => {
    const run = runGlossary('The UN Secretary General spoke to member states at the General Assembly.', loadDefaultGlossariesSync())
    expect(run.applied).toEqual([])
    expect(run.suggested).toEqual([])
  })
})

describe('a word that already is the term is not part of a sound match', () => {
  const plural: Glossary = { name: 'test', terms: [{ term: 'cyberattacks', kind: 'word', context: ['ransomware', 'hospital'] }] }
  it('keeps the English word after the singular: "a ransomware cyberattack last year"', () => {
    const input = 'The hospital was hit by a ransomware cyberattack last year.'
    const run = runGlossary(input, [plural])
    expect(run.text).toBe(input)
    expect(run.suggested).toEqual([])
  })
  it('still matches a misheard plural: "cyber attax" near ransomware', () => {
    const run = runGlossary('Hospitals suffered ransomware cyber attax last year.', [plural])
    expect(run.text).toBe('Hospitals suffered ransomware cyberattacks last year.')
  })
})

describe('records', () => {
  it('carry the glossary term, a rule id from the fixed list and a reason naming the evidence', () => {
    const run = runGlossary('We have a duty of due indigenous as states.', [glossary])
    expect(run.applied).toHaveLength(1)
    const [proposal] = run.applied
    expect(proposal).toMatchObject({ source: 'glossary-terms', ruleId: 'variant', glossaryTerm: 'due diligence', expected: ['due diligence'] })
    expect(proposal?.reason).toMatch(/due indigenous.*due diligence/)
    expect(proposal?.reason).toMatch(/'state' is nearby/)
  })

  it('are proposed once per span, with ranges on the words', () => {
    const input = 'The icann and the icann board.'
    const run = runGlossary(input, [glossary])
    expect(run.applied.map((p) => input.slice(p.start, p.end))).toEqual(['icann', 'icann'])
  })

  it('running twice changes nothing more', () => {
    for (const [input] of [['The ungge report and the icann board and due indigenous states.']]) {
      const once = runGlossary(input as string, [glossary]).text
      expect(runGlossary(once, [glossary]).text).toBe(once)
    }
  })
})

describe('options', () => {
  it('throw a TypeError naming the option at attach time', () => {
    for (const plugin of [glossaryTerms, termCase, spelledAcronyms]) {
      expect(() => runGlossary('x', [], [plugin as never])).not.toThrow()
      expect(() => runGlossary('x', 'nope' as never, [plugin as never])).toThrow(/options\.glossaries must be an array/)
      expect(() => runGlossary('x', [{ name: 'x', terms: [{ kind: 'word' }] }] as never, [plugin as never])).toThrow(
        /options\.glossaries\[0\]\.terms\[0\]\.term must be a non-empty string/,
      )
    }
  })
})
