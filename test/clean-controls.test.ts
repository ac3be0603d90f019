/**
 * Clean controls: edited IGF / UN caption transcripts that are already correct (fixtures/clean-controls/),
 * written in the style of published CART transcripts and full of the look-alikes captidy corrects
 * elsewhere, used rightly ("the corporation's board", "a principal reason", "in the main", "on the mind
 * of", "a dress code", "a count of", "legal counsel", "affect"/"effect", "few"/"new", "feature"/"future").
 * Nothing in them may be changed: every applied correction is a false positive. Flags (untranslates)
 * on real acronyms are false alarms too.
 */
import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { clean } from '../src/pipeline/clean.js'

const folder = fileURLToPath(new URL('../fixtures/clean-controls/', import.meta.url))

/** What a reviewer would see of a record: where, what and what into. */
function summary(record: { actual: string; expected: readonly string[]; source: string; ruleId: string; place: { start: { line: number } } }): string {
  return `${record.place.start.line}: ${record.source}/${record.ruleId} '${record.actual}' -> '${record.expected[0] ?? ''}'`
}

async function cleanFixture(name: string) {
  const path = `${folder}${name}`
  const text = readFileSync(path, 'utf8')
  const result = await clean(text, { path })
  return { text, result }
}

const files = [
  'ai-governance-gdc.txt',
  'wsis20-future-igf.txt',
  'cybercrime-convention.txt',
  'data-flows-dfft.txt',
  'fragmentation-dns.txt',
  'inclusion-africa-sids.txt',
]

describe('clean controls: no correction is applied to correct caption text', () => {
  for (const name of files) {
    it(name, async () => {
      const { text, result } = await cleanFixture(name)
      expect(result.corrections.filter((c) => c.applied).map(summary)).toEqual([])
      expect(result.text).toBe(text)
    })
  }
})

describe('clean controls: no steno-untranslate flag on a real acronym', () => {
  // "IPCC" and "APTLD" were flagged as chords until the UN-system bodies and the ccTLD families were known acronyms.
  for (const name of files) {
    it(name, async () => {
      const { result } = await cleanFixture(name)
      expect(result.flags.map(summary)).toEqual([])
    })
  }
})

describe('clean controls: passages found while probing', () => {
  // "incidence" (a rate) is right here. It was changed to "incidents" while the captioning entry
  // `incidents` counted the topic words "ransomware" and "report" as context; only its frames count now.
  it('"the incidence of ransomware" stays beside "the incidents were reported"', async () => {
    const text = 'The report is clear. The incidents were reported to the CERT. The incidence of ransomware has doubled.\n'
    const result = await clean(text, { path: 'probe.txt' })
    expect(result.corrections.filter((c) => c.applied).map(summary)).toEqual([])
  })

  it('the same sentence without the other form nearby stays', async () => {
    const text = 'The incidence of ransomware has doubled since 2020.\n'
    const result = await clean(text, { path: 'probe.txt' })
    expect(result.text).toBe(text)
  })
})
