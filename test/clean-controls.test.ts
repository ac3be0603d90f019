/**
 * Clean controls: edited IGF / UN caption transcripts that are already correct (fixtures/clean-controls/),
 * written in the style of published CART transcripts and full of the look-alikes captidy corrects
 * elsewhere, used rightly ("the corporation's board", "a principal reason", "in the main", "on the mind
 * of", "a dress code", "a count of", "legal counsel", "affect"/"effect", "few"/"new", "feature"/"future").
 * Nothing in them may be changed: every applied correction is a false positive. Flags (untranslates)
 * on real acronyms are false alarms too. Tests marked `it.fails` name a known false positive; flip them
 * to `it` once its cause is fixed.
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
  const flagged: Record<string, string> = {
    // "IPCC" (Intergovernmental Panel on Climate Change) is flagged as an unpronounceable chord.
    'ai-governance-gdc.txt': 'IPCC',
    // "APTLD" (Asia Pacific Top Level Domain Association, the regional ccTLD body) is flagged.
    'fragmentation-dns.txt': 'APTLD',
  }
  for (const name of files) {
    const known = flagged[name]
    const test = known ? it.fails : it
    test(known ? `${name} (known false flag: ${known})` : name, async () => {
      const { result } = await cleanFixture(name)
      expect(result.flags.map(summary)).toEqual([])
    })
  }
})

describe('clean controls: passages found while probing', () => {
  // "incidence" (a rate) is right here, but `confusables` changes it to "incidents" at 0.57: the plain
  // context words "ransomware" and "report" of the captioning entry `incidents` count for the change
  // although both senses occur beside them, and "incidents" written elsewhere adds document evidence.
  it.fails('"the incidence of ransomware" stays (known false positive: incidence -> incidents)', async () => {
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
