import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import {
  GlossaryError,
  loadGlossary,
  mergeGlossaries,
  parseGlossary,
  resolveGlossaries,
} from '../src/glossary/index.js'
import type { Glossary } from '../src/glossary/index.js'

const fixture = (name: string) => join(import.meta.dirname, 'fixtures', 'glossaries', name)

async function errorOf(path: string): Promise<GlossaryError> {
  try {
    await loadGlossary(path)
  } catch (error) {
    if (error instanceof GlossaryError) return error
    throw error
  }
  throw new Error(`${path} loaded without error`)
}

describe('loadGlossary', () => {
  it('loads a YAML glossary with every field', async () => {
    const glossary = await loadGlossary(fixture('valid.yml'))
    expect(glossary.name).toBe('test-terms')
    expect(glossary.path).toBe(fixture('valid.yml'))
    expect(glossary.terms.map((t) => t.term)).toEqual(['Zorblax Protocol', 'ICANN', 'due diligence'])
    const icann = glossary.terms[1]
    expect(icann?.variants).toEqual(['I can', 'eye can'])
    expect(icann?.allow).toEqual(['I can see', 'I can say'])
    expect(icann?.examples).toEqual([{ input: 'The eye can board met in Montreal.', output: 'The ICANN board met in Montreal.' }])
    expect(icann?.counterexamples).toEqual(['I can see the point.'])
  })

  it('loads a JSON glossary and names it after the file', async () => {
    const glossary = await loadGlossary(fixture('valid.json'))
    expect(glossary.name).toBe('valid')
    expect(glossary.terms[1]).toEqual({ term: 'WannaCry', kind: 'name', variants: ['want to cry'], context: ['ransomware', 'attack'] })
  })

  const broken: Array<[file: string, line: number | undefined, key: string | undefined, message: RegExp]> = [
    ['bad-kind.yml', 5, 'terms[1].kind', /"organisation" is not a kind/],
    ['bad-variant.yml', 6, 'terms[0].variants[1]', /must be a string, got number/],
    ['duplicate.yml', 6, 'terms[2].term', /duplicate term "ICANN" \(first at line 2\)/],
    ['typo-key.yml', 4, 'terms[0].varients', /unknown key/],
    ['broken.yml', 4, undefined, /invalid YAML/],
    ['broken.json', 4, undefined, /invalid JSON/],
  ]
  for (const [file, line, key, message] of broken) {
    it(`rejects ${file} naming the file, line ${line} and key ${key ?? '(none)'}`, async () => {
      const error = await errorOf(fixture(file))
      expect(error.path).toBe(fixture(file))
      expect(error.line).toBe(line)
      expect(error.key).toBe(key)
      expect(error.message).toMatch(message)
      expect(error.message.startsWith(`${fixture(file)}:${line}: `)).toBe(true)
    })
  }

  it('reports a missing file as a GlossaryError naming it', async () => {
    const error = await errorOf(fixture('no-such-file.yml'))
    expect(error.message).toMatch(/no-such-file\.yml: cannot read \(ENOENT\)/)
  })

  it('requires term and kind, and a terms list', () => {
    expect(() => parseGlossary('terms:\n  - kind: word\n', 'a.yml')).toThrow(/a\.yml:2: terms\[0\]\.term: missing `term`/)
    expect(() => parseGlossary('terms:\n  - term: ICANN\n', 'a.yml')).toThrow(/a\.yml:2: terms\[0\]\.kind: missing `kind` for "ICANN"/)
    expect(() => parseGlossary('term: ICANN\n', 'a.yml')).toThrow(/a\.yml:1: term: unknown key/)
    expect(() => parseGlossary('name: x\n', 'a.yml')).toThrow(/terms: must be a list/)
    expect(() => parseGlossary('terms:\n  - term: "  "\n    kind: word\n', 'a.yml')).toThrow(/a\.yml:2: terms\[0\]\.term: must not be empty/)
    expect(() => parseGlossary('terms:\n  - term: x\n    kind: word\n    examples:\n      - input: a\n', 'a.yml')).toThrow(
      /a\.yml:5: terms\[0\]\.examples\[0\]\.output: missing `output`/,
    )
  })
})

describe('shipped and user glossaries', () => {
  const shipped: Glossary = {
    name: 'internet-governance',
    shipped: true,
    terms: [
      { term: 'ICANN', kind: 'acronym', variants: ['I can'] },
      { term: 'ITU', kind: 'acronym' },
    ],
  }
  const user: Glossary = { name: 'mine', terms: [{ term: 'ICANN', kind: 'acronym', variants: ['eye can'] }, { term: 'icann', kind: 'word' }] }

  it('lets a user entry replace the shipped entry with the same term (case-sensitive)', () => {
    const merged = mergeGlossaries([shipped, user])
    const all = merged.flatMap((g) => g.terms)
    expect(all.filter((t) => t.term === 'ICANN')).toEqual([{ term: 'ICANN', kind: 'acronym', variants: ['eye can'] }])
    expect(all.map((t) => t.term).sort()).toEqual(['ICANN', 'ITU', 'icann'])
    // the input glossaries are not modified
    expect(shipped.terms).toHaveLength(2)
  })

  it('loads the shipped glossaries unless disabled', () => {
    const withDefaults = resolveGlossaries({ glossaries: [user] })
    expect(withDefaults.filter((g) => g.shipped).map((g) => g.name)).toEqual(expect.arrayContaining(['internet-governance']))
    expect(withDefaults.some((g) => g.terms.some((t) => t.term === 'ICANN' && t.variants?.includes('eye can')))).toBe(true)
    const only = resolveGlossaries({ glossaries: [user], defaultGlossaries: false })
    expect(only).toEqual([user])
  })

  it('parses a JSON glossary written to disk by a user', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'captidy-glossary-'))
    const path = join(dir, 'terms.json')
    writeFileSync(path, JSON.stringify({ terms: [{ term: 'OSCE', kind: 'acronym', variants: ['OCSE'] }] }, null, 2))
    expect((await loadGlossary(path)).terms[0]?.variants).toEqual(['OCSE'])
  })
})
