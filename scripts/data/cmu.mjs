// CMU Pronouncing Dictionary: every variant of every word, stress digits stripped.
import { dictionary } from 'cmu-pronouncing-dictionary'

/** @returns {Map<string, string[]>} word -> distinct variants ("K AW N S AH L"), in CMU order. */
export function cmuPronunciations() {
  const byWord = new Map()
  for (const [key, phones] of Object.entries(dictionary)) {
    const word = key.replace(/\(\d+\)$/, '')
    const plain = phones.replace(/\d/g, '').trim()
    const list = byWord.get(word) ?? []
    if (!list.includes(plain)) list.push(plain)
    byWord.set(word, list)
  }
  return byWord
}
