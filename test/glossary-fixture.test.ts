/**
 * The glossary normalizers on the real IGF 2017 transcript, with the shipped glossaries: nothing is
 * applied to the corrected reference (text with no errors comes back byte-identical), and on the raw
 * transcript every record is in bounds, a second run changes nothing more, and replaying the applied
 * records gives the cleaned text.
 */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { loadDefaultGlossariesSync } from '../src/glossary/load.js'
import { registry } from '../src/normalizers/registry.js'
import { applyCorrections } from '../src/pipeline/apply.js'
import { clean } from '../src/pipeline/clean.js'

const dir = join(import.meta.dirname, '..', 'fixtures', 'igf2017-cybersecurity')
const raw = readFileSync(join(dir, 'dev.txt'), 'utf8')
const reference = readFileSync(join(dir, 'dev.ref.txt'), 'utf8')
const mine = ['glossary-terms', 'term-case', 'spelled-acronyms']
const options = {
  normalizers: Object.fromEntries(registry.map((entry) => [entry.id, mine.includes(entry.id)])),
  glossaries: loadDefaultGlossariesSync(),
  defaultGlossaries: false,
}

describe('glossary normalizers on the IGF 2017 transcript', () => {
  it('apply nothing to the corrected reference', async () => {
    const result = await clean(reference, options)
    expect(result.corrections.filter((c) => c.applied).map((c) => `${c.actual} -> ${c.expected[0]}`)).toEqual([])
    expect(result.text).toBe(reference)
  })

  it('make in-bounds records with a glossary term, and a second run changes nothing more', async () => {
    const first = await clean(raw, options)
    const applied = first.corrections.filter((c) => c.applied)
    expect(applied.length).toBeGreaterThan(5)
    for (const record of first.corrections) {
      expect(record.range[0]).toBeGreaterThanOrEqual(0)
      expect(record.range[1]).toBeLessThanOrEqual(raw.length)
      expect(raw.slice(record.range[0], record.range[1])).toBe(record.actual)
      expect(record.confidence).toBeGreaterThanOrEqual(0)
      expect(record.confidence).toBeLessThanOrEqual(1)
      expect(mine).toContain(record.source)
      expect(typeof record.glossaryTerm).toBe('string')
    }
    expect(applyCorrections(raw, first.corrections)).toBe(first.text)
    const second = await clean(first.text, options)
    expect(second.corrections.filter((c) => c.applied)).toEqual([])
  })
})
