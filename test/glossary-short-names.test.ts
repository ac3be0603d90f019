/**
 * Short names of bodies and instruments (`internet-governance` glossary) on passages, where the
 * evidence spans sentences: the body named once in full, then by its short form. The per-sentence
 * examples and counterexamples of each entry run in glossary-specs.test.ts.
 */
import { describe, expect, it } from 'vitest'
import { clean } from '../src/pipeline/clean.js'

async function cleaned(text: string): Promise<string> {
  return (await clean(text)).text
}

describe('short names on IGF passages', () => {
  it('capitalise the Leadership Panel where the IGF is the subject, and leave a company panel alone', async () => {
    const igf =
      'The Secretary-General appointed the members in 2022 to support the IGF. Since then the leadership panel has met with the MAG twice a year.'
    expect(await cleaned(igf)).toBe(
      'The Secretary-General appointed the members in 2022 to support the IGF. Since then the Leadership Panel has met with the MAG twice a year.',
    )
    const company = 'The board met on Monday. Since then the leadership panel has met with the auditors twice a year.'
    expect(await cleaned(company)).toBe(company)
  })

  it('write the full name of the Christchurch Call, not its short name followed by lower-case words', async () => {
    const text = 'In May 2019 New Zealand and France adopted the Christchurch call to action against terrorist content online.'
    expect(await cleaned(text)).toContain('the Christchurch Call to Action against')
  })
})

describe('intersessional and the real word intercession', () => {
  // One passage with both CART forms: "intercessional" (the captioning glossary's homophone) and the
  // real word "intercession". Whatever the first run writes, a second run must find nothing new.
  const passage =
    'Through some of the IGF intercessional activities, such as the best practice forums, there is clear action. The forum invited the IGF best practices and intercession to present their work to us.'

  it('is fixed right after IGF and left alone elsewhere, so a second run changes nothing more', async () => {
    const first = await clean(passage)
    expect(first.text).toContain('IGF intersessional activities')
    // "and intercession to present": no IGF right before it, so the real word stays.
    expect(first.text).toContain('best practices and intercession to present')
    const second = await clean(first.text)
    expect(second.corrections.filter((c) => c.applied)).toEqual([])
  })

  it('leaves prayer and mediation alone on a page that mentions the IGF', async () => {
    const text = 'At the IGF closing the chaplain spoke of the intercession of the saints and of diplomatic intercession on behalf of prisoners.'
    expect(await cleaned(text)).toBe(text)
  })
})
