import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { parseDocument } from '../src/formats/index.js'
import { parseGlossary } from '../src/glossary/load.js'
import { createLocator } from '../src/pipeline/place.js'
import { contentHash, decisionFor, type Decision, type DecisionsFile } from '../src/review/decisions.js'
import { allowPhrase, guessKind, learnGlossary, trimShared } from '../src/review/learn.js'
import type { Correction } from '../src/types.js'

const raw = readFileSync(new URL('../fixtures/igf2017-cybersecurity/dev.txt', import.meta.url), 'utf8')
const document = parseDocument(raw, { path: 'dev.txt', format: 'text' })

/** A record on the first occurrence of `actual` in the dev transcript. */
function at(actual: string, expected: string[], glossaryTerm?: string, after = 0): Correction {
  const start = raw.indexOf(actual, after)
  expect(start).toBeGreaterThanOrEqual(0)
  const end = start + actual.length
  const locate = createLocator(raw)
  const correction: Correction = {
    id: `glossary@${start}-${end}`,
    source: 'glossary',
    ruleId: 'variant',
    actual,
    expected,
    range: [start, end],
    textRange: [start, end],
    place: { start: locate(start), end: locate(end) },
    confidence: 0.8,
    applied: true,
    reason: 'test',
    evidence: {},
  }
  if (glossaryTerm) correction.glossaryTerm = glossaryTerm
  return correction
}

const decisionsOf = (decisions: Decision[]): DecisionsFile => ({
  version: 1,
  files: [{ path: 'dev.txt', contentHash: contentHash(raw), decisions }],
})

const glossary = `# My session glossary: terms of our working group.
name: my-terms
terms:
  # The advisory group that organises the IGF programme.
  - term: MAG
    kind: acronym
    variants: [Magg] # heard once in 2016
    context: [IGF, programme]

  - term: cooperation
    kind: word
    variants: [co-operation] # British spelling
    note: the usual steno confusion
`

describe('learnGlossary (YAML)', () => {
  const decisions = decisionsOf([
    // Accepted glossary fix: a new variant of an existing term.
    decisionFor(at('regional corporation', ['regional cooperation'], 'cooperation'), 'accept', document.text),
    // A case fix of a known term teaches nothing new.
    decisionFor(at('two mag members', ['two MAG members'], 'MAG'), 'accept', document.text),
    // Accepted fix without a glossary term: a new term with a guessed kind.
    decisionFor(at('a duck', ['attack']), 'accept', document.text),
    decisionFor(at('ITCs', ['ICTs']), 'accept', document.text),
    decisionFor(at('African union', ['African Union']), 'accept', document.text),
    // Rejected: an allow phrase of the term, in its wording.
    decisionFor(at('corporate', ['cooperation'], undefined, raw.search(/\bcorporate /)), 'reject', document.text),
    // A deletion teaches nothing.
    decisionFor(at('it it', ['it']), 'accept', document.text, 'it'),
  ])
  const { text, changes } = learnGlossary(glossary, decisions, { path: 'my.yml' })

  it('adds variants, new terms and allow phrases', () => {
    const learned = parseGlossary(text, 'my.yml')
    const entry = (term: string) => learned.terms.find((e) => e.term === term)
    expect(entry('MAG')?.variants).toEqual(['Magg'])
    expect(entry('cooperation')?.variants).toEqual(['co-operation', 'corporation'])
    expect(entry('attack')).toMatchObject({ kind: 'word', variants: ['a duck'] })
    expect(entry('ICTs')).toMatchObject({ kind: 'acronym', variants: ['ITCs'] })
    expect(entry('African Union')).toEqual({ term: 'African Union', kind: 'name' })
    const nextWord = /\bcorporate (\p{L}+)/u.exec(raw)![1]
    expect(entry('cooperation')?.allow).toEqual([`corporate ${nextWord}`])
    expect(entry('it')).toBeUndefined()
    expect(changes.filter((c) => c.kind === 'skipped').map((c) => c.value)).toEqual(['it it'])
  })

  it('keeps comments, order and flow style of the file', () => {
    expect(text.startsWith('# My session glossary: terms of our working group.\nname: my-terms\nterms:\n')).toBe(true)
    expect(text).toContain('  # The advisory group that organises the IGF programme.\n  - term: MAG\n')
    expect(text).toContain('variants: [ Magg ] # heard once in 2016')
    expect(text).toContain('variants: [ co-operation, corporation ] # British spelling')
    expect(text).toContain('note: the usual steno confusion')
    expect(text.indexOf('term: MAG')).toBeLessThan(text.indexOf('term: cooperation'))
    expect(text.indexOf('term: cooperation')).toBeLessThan(text.indexOf('term: attack'))
    expect(text).toMatch(/# learned from review \(dev\.txt#glossary@\d+-\d+\)\n\s+- term: attack/)
  })

  it('changes nothing when the same decisions are learned again', () => {
    const again = learnGlossary(text, decisions, { path: 'my.yml' })
    expect(again.text).toBe(text)
    expect(again.changes.filter((c) => c.kind !== 'skipped')).toEqual([])
  })

  it('copies a shipped entry before extending it, so its variants are not lost', () => {
    const shipped = { term: 'ICANN', kind: 'acronym' as const, variants: ['I can', 'eye can'], allow: ['I can see'] }
    const start = raw.indexOf('I can ')
    expect(start).toBeGreaterThanOrEqual(0)
    const record = { ...at('I can', ['ICANN'], 'ICANN', start) }
    const result = learnGlossary('terms: []\n', decisionsOf([decisionFor(record, 'reject', document.text)]), {
      path: 'new.yml',
      known: [shipped],
    })
    const entry = parseGlossary(result.text, 'new.yml').terms[0]!
    expect(entry.variants).toEqual(['I can', 'eye can'])
    expect(entry.allow).toHaveLength(2)
    expect(entry.allow![0]).toBe('I can see')
    expect(entry.allow![1]).toMatch(/^I can \S+$/)
    expect(result.text).not.toContain('[]')
  })

  it('refuses a glossary that does not load, naming the file and line', () => {
    expect(() => learnGlossary('terms:\n  - term: MAG\n    kind: thing\n', decisions, { path: 'bad.yml' })).toThrow(/bad\.yml:3/)
  })
})

describe('learnGlossary (JSON)', () => {
  it('edits a JSON glossary, keeping key order and indentation', () => {
    const json = '{\n    "name": "mine",\n    "terms": [\n        { "term": "MAG", "kind": "acronym", "context": ["IGF"] }\n    ]\n}\n'
    const decisions = decisionsOf([decisionFor(at('GD', ['GGE'], 'UN GGE'), 'reject', document.text)])
    const { text } = learnGlossary(json, decisions, { path: 'mine.json' })
    expect(text.startsWith('{\n    "name": "mine",\n    "terms": [\n        {\n            "term": "MAG"')).toBe(true)
    const terms = parseGlossary(text, 'mine.json').terms
    expect(terms[0]).toEqual({ term: 'MAG', kind: 'acronym', context: ['IGF'] })
    expect(terms[1]).toMatchObject({ term: 'UN GGE', kind: 'name', allow: [expect.stringMatching(/^GD \S+$/)] })
  })
})

describe('guessKind, allowPhrase and trimShared', () => {
  it('keeps only the words that differ', () => {
    expect(trimShared('two mag members', 'two MAG members')).toEqual(['mag', 'MAG'])
    expect(trimShared('regional corporation', 'regional cooperation')).toEqual(['corporation', 'cooperation'])
    expect(trimShared('is the holder', 'stakeholder')).toEqual(['is the holder', 'stakeholder'])
    expect(trimShared('the the', 'the')).toEqual(['the the', 'the'])
  })

  it('guesses kinds from spelling', () => {
    expect(['ICANN', 'ICTs', 'CERTs', 'UN', 'GGE'].map(guessKind)).toEqual(Array(5).fill('acronym'))
    expect(['African Union', 'Frank Grutter', 'Department of Foreign Affairs', 'Geneva'].map(guessKind)).toEqual(Array(4).fill('name'))
    expect(['due diligence', 'multi-stakeholder model'].map(guessKind)).toEqual(['phrase', 'phrase'])
    expect(['attack', 'cooperation'].map(guessKind)).toEqual(['word', 'word'])
  })

  it('takes the next word, or the previous one at the end of a sentence', () => {
    expect(allowPhrase('I can', 'so ', ' see the point')).toBe('I can see')
    expect(allowPhrase('corporate', 'our ', '. Next')).toBe('our corporate')
    expect(allowPhrase('corporate', '', '')).toBe('corporate')
  })
})
