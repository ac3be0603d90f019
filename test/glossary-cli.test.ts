import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { run } from '../src/cli/commands/glossary.js'
import { parseGlossary } from '../src/glossary/load.js'
import { memoryIo } from './cli-helpers.js'

const fixtures = join(import.meta.dirname, 'fixtures', 'glossaries')

describe('captidy glossary import', () => {
  it('prints a glossary that loads, and lists what it skipped on stderr', async () => {
    const { io, stdout, stderr } = memoryIo(fixtures)
    expect(await run(['import', 'se-ocr.xml'], io)).toBe(0)
    const glossary = parseGlossary(stdout(), 'imported.yml')
    expect(glossary.terms.map((t) => t.term)).toEqual(['ICANN', 'the', 'Rock & Roll'])
    expect(stderr()).toMatch(/skipped: line 10: partial word/)
    expect(stderr()).toMatch(/3 terms imported, 4 rules skipped/)
  })

  it('writes --out', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'captidy-import-'))
    const { io, stdout, stderr } = memoryIo(fixtures)
    expect(await run(['import', join(fixtures, 'prh.yml'), '--out', join(dir, 'out.yml')], io)).toBe(0)
    expect(stdout()).toBe('')
    expect(parseGlossary(readFileSync(join(dir, 'out.yml'), 'utf8'), 'out.yml').terms.map((t) => t.term)).toContain('due diligence')
  })

  it('exits 2 on an unreadable file', async () => {
    const { io, stdout, stderr } = memoryIo(fixtures)
    expect(await run(['import', 'missing.xml'], io)).toBe(2)
    expect(stderr()).toMatch(/missing\.xml: cannot read/)
  })
})

describe('captidy glossary check', () => {
  it('exits 2 naming file, line and key for an invalid glossary', async () => {
    const { io, stdout, stderr } = memoryIo(fixtures)
    expect(await run(['check', 'bad-kind.yml', '--no-default-glossary'], io)).toBe(2)
    expect(stderr()).toMatch(/bad-kind\.yml:5: terms\[1\]\.kind: "organisation" is not a kind/)
  })

  it('runs examples and counterexamples: 0 when all pass, 1 with the failures listed', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'captidy-check-'))
    const good = join(dir, 'good.yml')
    writeFileSync(
      good,
      [
        'terms:',
        '  - term: due diligence',
        '    kind: phrase',
        '    variants: [due indigenous]',
        '    context: [states, norms]',
        '    examples:',
        '      - input: States have a duty of due indigenous.',
        '        output: States have a duty of due diligence.',
        '    counterexamples:',
        '      - The bill is due tomorrow.',
        '',
      ].join('\n'),
    )
    const { io, stdout } = memoryIo(dir)
    expect(await run(['check', 'good.yml', '--no-default-glossary'], io)).toBe(0)
    expect(stdout()).toMatch(/2 passed, 0 failed/)

    const bad = join(dir, 'bad.yml')
    writeFileSync(bad, readFileSync(good, 'utf8').replace('output: States have a duty of due diligence.', 'output: States have a duty of care.'))
    const second = memoryIo(dir)
    expect(await run(['check', 'bad.yml', '--no-default-glossary'], second.io)).toBe(1)
    expect(second.stdout()).toMatch(/due diligence: example 1\n {2}input: {4}States have a duty of due indigenous\.\n {2}expected: States have a duty of care\.\n {2}got: {6}States have a duty of due diligence\./)
    expect(second.stdout()).toMatch(/1 passed, 1 failed/)
  })
})
