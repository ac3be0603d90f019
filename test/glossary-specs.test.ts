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

/**
 * Examples that fail because the data, not the matcher, is wrong: `term#index` → why. Each is run with
 * `it.fails`, so fixing the data (or the matcher) makes the test fail until the line is removed.
 */
const DATA_ISSUES: Record<string, string> = {}
/** Counterexamples that fail because the data contradicts itself: `term~index` → why. */
const COUNTER_ISSUES: Record<string, string> = {}

async function cleaned(input: string): Promise<string> {
  return (await clean(input, { normalizers, glossaries, defaultGlossaries: false })).text
}

const confusionOnly = (entry: GlossaryEntry) => entry.confusions !== undefined && entry.variants === undefined

describe('shipped glossaries', () => {
  it('are found and loaded', () => {
    expect(glossaries.map((g) => g.name)).toContain('internet-governance')
    expect(glossaries.every((g) => g.shipped)).toBe(true)
  })

  for (const glossary of glossaries) {
    describe(glossary.name, () => {
      for (const entry of glossary.terms) {
        ;(entry.examples ?? []).forEach((example, i) => {
          if (confusionOnly(entry)) return
          const key = `${entry.term}#${i}`
          const issue = DATA_ISSUES[key]
          const test = issue ? it.fails : it
          test(`${key}: ${example.input}${issue ? ` (data issue: ${issue})` : ''}`, async () => {
            expect(await cleaned(example.input)).toBe(example.output)
          })
        })
        ;(entry.counterexamples ?? []).forEach((sentence, i) => {
          const key = `${entry.term}~${i}`
          const issue = COUNTER_ISSUES[key]
          const test = issue ? it.fails : it
          test(`${key}: ${sentence}${issue ? ` (data issue: ${issue})` : ''}`, async () => {
            expect(await cleaned(sentence)).toBe(sentence)
          })
        })
      }
    })
  }
})
