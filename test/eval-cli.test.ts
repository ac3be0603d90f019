import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { run } from '../src/cli/commands/eval.js'
import { clean } from '../src/pipeline/clean.js'
import { labelCorrections, reliabilityTable, tabulateBySource } from '../src/eval/reliability.js'
import { scoreTranscript } from '../src/eval/score.js'
import { memoryIo } from './cli-helpers.js'

const root = new URL('..', import.meta.url).pathname
const gold = 'fixtures/igf2017-cybersecurity/dev.gold.jsonl'
const dev = 'fixtures/igf2017-cybersecurity/dev.txt'
const goldText = readFileSync(join(root, gold), 'utf8')
const rawText = readFileSync(join(root, dev), 'utf8')

const tmp = mkdtempSync(join(tmpdir(), 'captidy-eval-cli-'))
afterAll(() => rmSync(tmp, { recursive: true, force: true }))

describe('captidy eval', () => {
  // The pipeline is slow on the whole fixture: clean once, compare every CLI run with this.
  const reference = clean(rawText, { path: dev })

  it('cleans FILE, prints the score fields as score.mjs does, then the reliability table', async () => {
    const { io, stdout, stderr } = memoryIo(root)
    expect(await run(['--gold', gold, dev], io)).toBe(0)
    const cleaned = await reference
    const { result } = scoreTranscript(goldText, cleaned.text)
    const out = stdout()
    for (const [key, value] of Object.entries(result)) expect(out).toMatch(new RegExp(`^${key}: ${String(value).replace('.', '\\.')}$`, 'm'))
    expect(out).toMatch(/^confidence\s+corrections\s+applied\s+right\s+wrong\s+unscored\s+precision$/m)
    const rows = reliabilityTable(goldText, rawText, cleaned.corrections)
    const all = rows.reduce((n, r) => n + r.corrections, 0)
    expect(out).toMatch(new RegExp(`^all\\s+${all}\\s`, 'm'))
    for (const source of new Set(cleaned.corrections.map((c) => c.source))) expect(out).toMatch(new RegExp(`^${source}\\s+\\d+\\s+\\d+`, 'm'))
    expect(stderr()).toBe('')
  })
  it('prints one JSON object with the score fields, reliability and, with --verbose, the listing', async () => {
    const { io, stdout, stderr } = memoryIo(root)
    expect(await run(['--gold', gold, '--json', '--verbose', dev], io)).toBe(0)
    const json = JSON.parse(stdout()) as Record<string, unknown>
    const cleaned = await reference
    const report = scoreTranscript(goldText, cleaned.text)
    const labelled = labelCorrections(goldText, rawText, cleaned.corrections)
    expect(json).toEqual({
      ...report.result,
      reliability: reliabilityTable(goldText, rawText, cleaned.corrections),
      reliabilityBySource: tabulateBySource(labelled),
      listing: report.listing,
    })
  })
  it('applies only corrections at or above --min-confidence', async () => {
    const { io, stdout, stderr } = memoryIo(root)
    expect(await run(['--gold', gold, '--json', '--min-confidence', '0.9', dev], io)).toBe(0)
    const json = JSON.parse(stdout()) as { hypEdits: number; reliability: Array<{ band: [number, number]; corrections: number; applied: number }> }
    for (const row of json.reliability) expect(row.applied).toBe(row.band[0] >= 0.9 ? row.corrections : 0)
    expect(json.hypEdits).toBeLessThanOrEqual(scoreTranscript(goldText, (await reference).text).result.hypEdits)
  })
  it('scores an already cleaned file with --hyp, with the listing under --verbose', async () => {
    const { io, stdout, stderr } = memoryIo(root)
    expect(await run(['--gold', gold, '--hyp', 'fixtures/igf2017-cybersecurity/dev.ref.txt', '--verbose'], io)).toBe(0)
    const out = stdout()
    expect(out).toMatch(/^precision: 1$/m)
    expect(out).toMatch(/^recall: 1$/m)
    expect(out).toMatch(/^TP\tline \d+\t\S.* -> /m)
    expect(out).not.toMatch(/^FN\t/m)
    expect(out).not.toContain('\nreliability (')
  })
  it('fails with exit 2 and a message for a cleaned text that lost lines', async () => {
    const hyp = join(tmp, 'short.txt')
    writeFileSync(hyp, rawText.split('\n').slice(0, 5).join('\n'))
    const { io, stdout, stderr } = memoryIo(root)
    expect(await run(['--gold', gold, '--hyp', hyp], io)).toBe(2)
    expect(stderr()).toMatch(/line structure was not kept/)
    expect(stdout()).toBe('')
  })
  it('refuses a transcript that is not the gold standard\'s raw text', async () => {
    const other = join(tmp, 'other.txt')
    writeFileSync(other, rawText.replace('Internet Governance Forum', 'Internet Governance Foram'))
    const { io, stdout, stderr } = memoryIo(root)
    expect(await run(['--gold', gold, other], io)).toBe(2)
    expect(stderr()).toMatch(/differs from the gold standard/)
  })
  it('needs --gold and exactly one of FILE or --hyp', async () => {
    await expect(run([dev], memoryIo(root).io)).rejects.toThrow(/--gold/)
    await expect(run(['--gold', gold], memoryIo(root).io)).rejects.toThrow(/one FILE/)
    await expect(run(['--gold', gold, '--hyp', dev, dev], memoryIo(root).io)).rejects.toThrow(/not both/)
    const { io, stdout, stderr } = memoryIo(root)
    expect(await run(['--gold', 'nope.jsonl', dev], io)).toBe(2)
    expect(stderr()).toMatch(/nope\.jsonl: cannot read/)
    expect(existsSync(join(root, 'nope.jsonl'))).toBe(false)
  })
})
