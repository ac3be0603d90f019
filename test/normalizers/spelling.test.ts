import { describe, expect, it } from 'vitest'
import { clean } from '../../src/pipeline/clean.js'
import { registry } from '../../src/normalizers/registry.js'

const run = (text: string) =>
  clean(text, {
    defaultGlossaries: false,
    normalizers: Object.fromEntries(registry.map((entry) => [entry.id, entry.id === 'spelling'])),
  })

describe('spelling', () => {
  const invalid: Array<[string, string]> = [
    ['This is the most important depate we will have this year.', 'This is the most important debate we will have this year.'],
    ['The goverment has published its strategy.', 'The government has published its strategy.'],
  ]
  it('still fixes a misspelling whose ending has no known sibling ("tendancy": no "tendant")', async () => {
    const result = await run('The tendancy is clear.')
    expect(result.text).toBe('The tendency is clear.')
  })

  it.each(invalid)('fixes %j', async (input, output) => {
    const result = await run(input)
    expect(result.text).toBe(output)
    expect(result.corrections[0]?.reason).toMatch(/is not an English word/)
  })

  it('only suggests when no candidate sounds close enough (letters swapped: "partens")', async () => {
    const result = await run('We see the same partens of attack in every region.')
    expect(result.text).toBe('We see the same partens of attack in every region.')
    expect(result.corrections[0]).toMatchObject({ actual: 'partens', applied: false })
  })

  const valid = [
    // Names the dictionary does not know stay.
    'Thank you, Mr. Grutter, for chairing this session.',
    'Olusegun Olugbile will drive the input from the panelists.',
    // Spoken words Hunspell lacks, and British spellings.
    'The acknowledgement of the first responders was scalable.',
    // A coinage the transcript uses consistently stays.
    'The diplotechs met. Later the diplotechs agreed.',
    // Acronyms and steno untranslates are other normalizers' business.
    'The GGE met after the SXOERT session.',
    // A word broken off by a dash, a British plural, a compound of known words.
    'Cybersecurity, climate change, as well as experi-—what we are experiencing now.',
    'The scepticisms of the delegates were heard, and childrearing was discussed.',
    // British spellings of known words.
    'The modernisation of content moderation and the organisations behind it.',
    // Regular formations of known words: prefixes on formations, assimilated negatives, -ably, -men.
    'The grievances remained unredressed and the land needed regrassing.',
    'The treaty was declared irrepealable and the rule unchangeably fixed.',
    'The stockmen and the placemen of the old administration objected.',
    // Rare and technical words of WordNet that the spelling dictionary lacks.
    'The veridical readings of the thermistor were logged.',
    // A dropped g written on purpose.
    "We're comin' back, and there's nothin to fear.",
    // Legal and formal siblings of known words (pendent, execute, depredation, subservient).
    'During the pendency of the claim the executory clauses of the treaty were suspended.',
    'Pirates depredate the coast, and subserviency to them is no policy.',
  ]
  it.each(valid)('keeps %j', async (input) => {
    const result = await run(input)
    expect(result.corrections.filter((c) => c.applied)).toEqual([])
  })
})
