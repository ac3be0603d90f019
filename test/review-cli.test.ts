import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { run as apply } from '../src/cli/commands/apply.js'
import { run as learn } from '../src/cli/commands/learn.js'
import { run as review } from '../src/cli/commands/review.js'
import { parseGlossary } from '../src/glossary/load.js'
import { applyCorrections } from '../src/pipeline/apply.js'
import { clean } from '../src/pipeline/clean.js'
import { contentHash, decisionFor, type DecisionsFile } from '../src/review/decisions.js'
import type { ReviewData } from '../src/review/model.js'
import { memoryIo } from './cli-helpers.js'

const fixture = new URL('../fixtures/igf2017-cybersecurity/dev.txt', import.meta.url)
// The first 60 lines of the dev transcript keep the four pipeline runs quick.
const raw = `${readFileSync(fixture, 'utf8').split('\n').slice(0, 60).join('\n')}\n`

describe('captidy review / apply / learn', () => {
  let dir: string
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'captidy-review-cli-'))
    writeFileSync(join(dir, 'dev.txt'), raw)
  })
  afterAll(() => rmSync(dir, { recursive: true, force: true }))

  it('review writes a page with one element per correction check reports, apply replays a rejection', async () => {
    const expected = await clean(raw, { path: 'dev.txt' })
    expect(expected.corrections.length).toBeGreaterThan(0)
    const { io, stderr } = memoryIo(dir)
    expect(await review(['dev.txt', '--out', 'review.html', '--no-config'], io)).toBe(0)
    expect(stderr()).toMatch(new RegExp(`wrote review\\.html: 1 file, ${expected.corrections.length} corrections?`))
    const html = readFileSync(join(dir, 'review.html'), 'utf8')
    const data = JSON.parse(/<script type="application\/json" id="captidy-data">([\s\S]*?)<\/script>/.exec(html)![1]!) as ReviewData
    const file = data.files[0]!
    expect(file.path).toBe('dev.txt')
    expect(file.records.filter((r) => !r.flag).map((r) => r.id)).toEqual(expected.corrections.map((c) => c.id))

    // Reject the first applied correction, as the page would export it.
    const rejected = expected.corrections.find((c) => c.applied)!
    const decisions: DecisionsFile = {
      version: 1,
      files: [{ path: 'dev.txt', contentHash: file.contentHash, decisions: [decisionFor(rejected, 'reject', file.text)] }],
    }
    writeFileSync(join(dir, 'decisions.json'), JSON.stringify(decisions))
    const applied = memoryIo(dir)
    expect(await apply(['decisions.json', '--no-config'], applied.io)).toBe(0)
    expect(applied.stdout()).toBe(applyCorrections(raw, expected.corrections.map((c) => (c === rejected ? { ...c, applied: false } : c))))
    expect(applied.stdout()).not.toBe(expected.text)

    // --out-dir writes a copy; the original stays as it was.
    const written = memoryIo(dir)
    expect(await apply(['decisions.json', '--no-config', '--out-dir', 'out'], written.io)).toBe(0)
    expect(readFileSync(join(dir, 'out', 'dev.txt'), 'utf8')).toBe(applied.stdout())
    expect(readFileSync(join(dir, 'dev.txt'), 'utf8')).toBe(raw)
  })

  it('review --decisions starts the page from an earlier review; other content is refused (exit 2)', async () => {
    const expected = await clean(raw, { path: 'dev.txt' })
    const [first, second] = expected.corrections.filter((c) => c.applied)
    const earlier: DecisionsFile = {
      version: 1,
      files: [
        {
          path: 'dev.txt',
          contentHash: contentHash(raw),
          decisions: [
            decisionFor(first!, 'reject', expected.document.text),
            decisionFor(second!, 'accept', expected.document.text),
            { id: 'spelling@1-2', action: 'reject' },
          ],
        },
      ],
    }
    writeFileSync(join(dir, 'earlier.json'), JSON.stringify(earlier))
    const { io, stderr } = memoryIo(dir)
    expect(await review(['dev.txt', '--out', 'resumed.html', '--decisions', 'earlier.json', '--no-config'], io)).toBe(0)
    expect(stderr()).toMatch(/dev\.txt: 1 decision names no correction of this run/)
    expect(stderr()).toMatch(/2 decisions carried over/)
    const html = readFileSync(join(dir, 'resumed.html'), 'utf8')
    const data = JSON.parse(/<script type="application\/json" id="captidy-data">([\s\S]*?)<\/script>/.exec(html)![1]!) as ReviewData
    expect(data.files[0]!.decided).toEqual({ [first!.id]: { action: 'reject' }, [second!.id]: { action: 'accept', choice: second!.expected[0] } })

    writeFileSync(join(dir, 'dev.txt'), raw.replace('Geneva', 'Genf'))
    try {
      const changed = memoryIo(dir)
      expect(await review(['dev.txt', '--out', 'changed.html', '--decisions', 'earlier.json', '--no-config'], changed.io)).toBe(2)
      expect(changed.stderr()).toMatch(/dev\.txt: the decisions in earlier\.json were made on other content .*none carried over/)
      const page = readFileSync(join(dir, 'changed.html'), 'utf8')
      expect(JSON.parse(/<script type="application\/json" id="captidy-data">([\s\S]*?)<\/script>/.exec(page)![1]!).files[0].decided).toBeUndefined()
    } finally {
      writeFileSync(join(dir, 'dev.txt'), raw)
    }
  })

  it('apply refuses a file changed since the review, naming it and both hashes (exit 2)', async () => {
    const changed = raw.replace('Geneva', 'Genf')
    writeFileSync(join(dir, 'changed.txt'), changed)
    const decisions: DecisionsFile = { version: 1, files: [{ path: 'changed.txt', contentHash: contentHash(raw), decisions: [] }] }
    writeFileSync(join(dir, 'stale.json'), JSON.stringify(decisions))
    const { io, stdout, stderr } = memoryIo(dir)
    expect(await apply(['stale.json', '--no-config'], io)).toBe(2)
    expect(stdout()).toBe('')
    expect(stderr()).toContain('changed.txt')
    expect(stderr()).toContain(contentHash(raw))
    expect(stderr()).toContain(contentHash(changed))
  })

  it('learn teaches a glossary file and keeps its comments', async () => {
    const result = await clean(raw, { path: 'dev.txt' })
    const start = raw.indexOf('a duck')
    expect(start).toBeGreaterThanOrEqual(0)
    const { glossaryTerm: _unused, ...base } = result.corrections[0]!
    const record = { ...base, id: `test@${start}-${start + 6}`, actual: 'a duck', expected: ['attack'], textRange: [start, start + 6] as [number, number] }
    const decisions: DecisionsFile = {
      version: 1,
      files: [{ path: 'dev.txt', contentHash: contentHash(raw), decisions: [decisionFor(record, 'accept', raw)] }],
    }
    writeFileSync(join(dir, 'learn.json'), JSON.stringify(decisions))
    writeFileSync(join(dir, 'my.yml'), '# our terms\nterms:\n  - term: MAG # the programme group\n    kind: acronym\n')
    const { io, stdout } = memoryIo(dir)
    expect(await learn(['learn.json', '--glossary', 'my.yml', '--no-default-glossary'], io)).toBe(0)
    expect(stdout()).toContain('variant  attack += "a duck"')
    const text = readFileSync(join(dir, 'my.yml'), 'utf8')
    expect(text).toContain('# our terms')
    expect(text).toContain('# the programme group')
    expect(parseGlossary(text, 'my.yml').terms.map((t) => [t.term, t.kind, t.variants])).toEqual([
      ['MAG', 'acronym', undefined],
      ['attack', 'word', ['a duck']],
    ])
    // A missing glossary is created.
    const fresh = memoryIo(dir)
    expect(existsSync(join(dir, 'new.yml'))).toBe(false)
    expect(await learn(['learn.json', '-g', 'new.yml', '--no-default-glossary'], fresh.io)).toBe(0)
    expect(parseGlossary(readFileSync(join(dir, 'new.yml'), 'utf8'), 'new.yml').terms).toHaveLength(1)
  })
})
