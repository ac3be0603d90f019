/**
 * Every example and counterexample of the shipped glossaries, run through `clean()` with only the
 * glossary normalizers enabled: an example's input must come out as its output, a counterexample
 * must come back unchanged. Examples of the `captioning` glossary's confusion pairs (entries with
 * `confusions` and no `variants`) belong to the `confusables` normalizer and are run in its tests;
 * their counterexamples are run here too, since the glossary normalizers must not touch them either.
 */
import { describe, expect, it } from 'vitest'
import { loadDefaultGlossariesSync } from '../src/glossary/load.js'
import type { GlossaryEntry } from '../src/glossary/types.js'
import { registry } from '../src/normalizers/registry.js'
import { clean } from '../src/pipeline/clean.js'

const GLOSSARY_NORMALIZERS = ['glossary-terms', 'term-case', 'spelled-acronyms']
const normalizers = Object.fromEntries(registry.map((entry) => [entry.id, GLOSSARY_NORMALIZERS.includes(entry.id)]))
const glossaries = loadDefaultGlossariesSync()

/*
 * Examples that fail for a known reason, each run with `it.fails`: a fix to the data or the matcher
 * makes the test fail until its line is removed, and any other failure is a regression.
 * Keys: `term#index` for examples, `term~index` for counterexamples.
 */
const INFLECTION = "the variant is an inflection of a common phrase (the speaker’s grammar, which the gold rules leave alone)"
const SPELLING = 'the variant is a US/UK spelling of the term, not a mishearing'
const HYPHEN = 'only hyphenation, a split-off number or an apostrophe differs: house style, which the gold rules leave alone (compare the "WiFi" and "NIS 2" counterexamples)'
const CONTRADICTION = 'the data contradicts itself'
const COMMONWORD = 'the variant is a common English word or name; the matcher changes it only with a context word nearby and the term written elsewhere in the file'
const CAPITALS = "an all-capitals word is changed to a mixed-case acronym only with the entry's context nearby or the term elsewhere: it may be another acronym"
const NAME = 'ordinary English words in lower case name the body only with evidence (a capital shown, context after "the", or the term elsewhere); none here'
const SPLIT = 'a split of English words is joined only when the joined word is an established English word (SUBTLEX), since new compounds ("crypto currency", "cyber security") are house style'

/** Shipped examples that fail because the data is wrong: key → why. */
const DATA_ISSUES: Record<string, string> = {
}

/** Shipped examples the matcher leaves alone on purpose (precision first): key → why. */
const MATCHER_LIMITS: Record<string, string> = {
  "BRICS#0": COMMONWORD,
  "BRICS#1": COMMONWORD,
  "RIPE#0": COMMONWORD,
  "DC#0": COMMONWORD,
  "ccTLD#1": CAPITALS,
  "ALAC#0": COMMONWORD,
  "ARIN#0": COMMONWORD,
  "ARIN#1": COMMONWORD,
  "MANRS#0": COMMONWORD,
  "MANRS#1": COMMONWORD,
  "Tor#0": COMMONWORD,
  "encryption#0": COMMONWORD,
  "phishing#0": COMMONWORD,
  "phishing#1": COMMONWORD,
  "Mirai#0": COMMONWORD,
  "Dyn#0": COMMONWORD,
  "MITRE#0": COMMONWORD,
  "Guterres#0": COMMONWORD,
  "Global Mechanism#0": NAME,
  "Internet Universality#0": NAME,
  "Article 51#0": NAME,
  "Article 2(4)#0": NAME,
  "UN Women#0": NAME,
  "Organisation for Economic Co-operation and Development#0": NAME,
  "RIPE Atlas#0": NAME,
  "Tech Against Terrorism#0": NAME,
  "Access Now#1": NAME,
  "Fancy Bear#0": NAME,
  "NSO Group#0": NAME,
  "Free Basics#0": NAME,
  "anycast#0": SPLIT,
  "subsea cable#0": SPLIT,
  "multistakeholder#0": SPLIT,
  "stakeholder#0": SPLIT,
  "retorsion#0": SPLIT,
  "ransomware#0": SPLIT,
  "malware#0": SPLIT,
  "botnet#0": SPLIT,
  "botnets#0": SPLIT,
  "bitcoin#0": SPLIT,
  "blockchain#0": SPLIT,
  "internet shutdowns#0": SPLIT,
}

const KNOWN: Record<string, string> = { ...DATA_ISSUES, ...MATCHER_LIMITS }

async function cleaned(input: string): Promise<string> {
  return (await clean(input, { normalizers, glossaries, defaultGlossaries: false })).text
}

const confusionOnly = (entry: GlossaryEntry) => entry.confusions !== undefined && entry.variants === undefined

const existing = new Set(
  glossaries.flatMap((glossary) =>
    glossary.terms.flatMap((entry) => [
      ...(entry.examples ?? []).map((_, i) => `${entry.term}#${i}`),
      ...(entry.counterexamples ?? []).map((_, i) => `${entry.term}~${i}`),
    ]),
  ),
)

describe('shipped glossaries', () => {
  it('are found and loaded', () => {
    expect(glossaries.map((g) => g.name)).toContain('internet-governance')
    expect(glossaries.every((g) => g.shipped)).toBe(true)
  })

  it('list known failures only for examples that exist', () => {
    expect(Object.keys(KNOWN).filter((key) => !existing.has(key))).toEqual([])
  })

  for (const glossary of glossaries) {
    describe(glossary.name, () => {
      for (const entry of glossary.terms) {
        ;(entry.examples ?? []).forEach((example, i) => {
          if (confusionOnly(entry)) return
          const key = `${entry.term}#${i}`
          const issue = KNOWN[key]
          const test = issue ? it.fails : it
          test(`${key}: ${example.input}${issue ? ` (known: ${issue})` : ''}`, async () => {
            expect(await cleaned(example.input)).toBe(example.output)
          })
        })
        ;(entry.counterexamples ?? []).forEach((sentence, i) => {
          const key = `${entry.term}~${i}`
          const issue = KNOWN[key]
          const test = issue ? it.fails : it
          test(`${key}: ${sentence}${issue ? ` (known: ${issue})` : ''}`, async () => {
            expect(await cleaned(sentence)).toBe(sentence)
          })
        })
      }
    })
  }
})

describe('ordinary English stays with the shipped glossaries', () => {
  const sentences = [
    'We thank our corporate partners for their support.',
    'He now works for a Microsoft corporation in Dublin.',
    'I can see why the registry wants this.',
    'For the first time, the delegations agreed on a text.',
    'I can tell you that the domain name market is changing.',
    'First of all, I want to thank the organisers.',
    'The mag on the table was last month’s issue.',
    'Who is responsible for the outage?',
    'It is time for us to act.',
  ]
  for (const sentence of sentences) {
    it(sentence, async () => {
      expect(await cleaned(sentence)).toBe(sentence)
    })
  }
})

