import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { importGlossary, importPrh, importSubtitleEdit, stringifyGlossary, wordsOfPattern } from '../src/glossary/import.js'
import { GlossaryError, parseGlossary } from '../src/glossary/load.js'

const read = (name: string) => readFileSync(join(import.meta.dirname, 'fixtures', 'glossaries', name), 'utf8')

describe('importSubtitleEdit', () => {
  const result = importSubtitleEdit(read('se-ocr.xml'), 'eng_OCRFixReplaceList.xml')

  it('turns WholeWords into entries, one per target with its sources as variants', () => {
    expect(result.format).toBe('subtitle-edit')
    expect(result.glossary.terms).toEqual([
      { term: 'ICANN', kind: 'acronym', variants: ['I can', 'eye can'] },
      { term: 'the', kind: 'word', variants: ['tbe'] },
      { term: 'Rock & Roll', kind: 'phrase', variants: ['Rock & roll'] },
    ])
  })

  it('skips the character-level sections, naming each rule and its line', () => {
    expect(result.skipped).toEqual([
      'line 10: partial word "¤" -> "o" (PartialWordsAlways cannot be expressed as a glossary term)',
      'line 13: partial word "IVl" -> "M" (PartialWords cannot be expressed as a glossary term)',
      'line 16: whole line "[chuckles]" -> "(chuckles)" (WholeLines cannot be expressed as a glossary term)',
      'line 19: regular expression "([a-z])0" -> "$1o" (RegularExpressions cannot be expressed as a glossary term)',
    ])
  })

  it('rejects XML that is not a replace list', () => {
    expect(() => importSubtitleEdit('<tt><body/></tt>', 'x.xml')).toThrow(GlossaryError)
  })
})

describe('importPrh', () => {
  const result = importPrh(read('prh.yml'), 'prh.yml')

  it('turns rules into entries with variants, examples and notes', () => {
    const icann = result.glossary.terms.find((t) => t.term === 'ICANN')
    expect(icann).toEqual({
      term: 'ICANN',
      kind: 'acronym',
      variants: ['I can', 'eye can', 'I K N'],
      examples: [{ input: 'the eye can board', output: 'the ICANN board' }],
      note: 'Internet Corporation for Assigned Names and Numbers',
    })
    expect(result.glossary.terms.find((t) => t.term === 'due diligence')?.variants).toEqual(['due indigenous'])
  })

  it('keeps a case-class pattern as case repair of the term itself', () => {
    const js = result.glossary.terms.find((t) => t.term === 'JavaScript')
    expect(js?.variants).toBeUndefined()
    expect(js?.examples).toEqual([{ input: 'javascript', output: 'JavaScript' }])
  })

  it('skips captures and regular expressions that are not word lists', () => {
    expect(result.glossary.terms.map((t) => t.term)).not.toContain('$1-$2')
    expect(result.glossary.terms.map((t) => t.term)).not.toContain('colour')
    expect(result.skipped).toHaveLength(2)
    expect(result.skipped[0]).toMatch(/^line 18 \(rules\[3\]\): "\$1-\$2" uses regex captures/)
    expect(result.skipped[1]).toMatch(/^line 20 \(rules\[4\]\)/)
  })

  it('expands plain alternations and small character classes only', () => {
    expect(wordsOfPattern('/due indigenous|due indulgence/i')).toEqual(['due indigenous', 'due indulgence'])
    expect(wordsOfPattern('/[Ii]can/')).toEqual(['Ican'])
    expect(wordsOfPattern('/colou?r/')).toBeUndefined()
    expect(wordsOfPattern('/(a|b)c/')).toBeUndefined()
    expect(wordsOfPattern('plain words')).toEqual(['plain words'])
  })

  it('rejects YAML without rules, naming the key', () => {
    expect(() => importPrh('version: 1\n', 'p.yml')).toThrow(/p\.yml:1: rules: not a prh rule file/)
  })
})

describe('importGlossary', () => {
  it('detects the format and writes a glossary that loads back unchanged', () => {
    for (const file of ['se-ocr.xml', 'prh.yml']) {
      const { glossary } = importGlossary(read(file), file)
      const yaml = stringifyGlossary(glossary)
      const back = parseGlossary(yaml, `${glossary.name}.yml`)
      expect(back.terms).toEqual(glossary.terms)
    }
  })
})
