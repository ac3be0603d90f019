/**
 * Builds dictionaries/lexicon/sound-index.tsv: frequent spoken words (SUBTLEX-US, Zipf >= 2.5) by
 * their obstruent sound skeleton (`phoneticKeys`, the `o:` keys), so that the spelling normalizer
 * finds sound-alike candidates for a non-word with one lookup instead of building the index at run
 * time. Run with `npm run build:sound-index` after `npm run build:data`.
 */
import { writeFileSync } from 'node:fs'
import { readData, dataPath } from '../src/lexicon/data-path.js'
import { isKnownWord, phoneticKeys, zipf } from '../src/lexicon/index.js'

const MIN_ZIPF = 2.5
const index = new Map<string, string[]>()
let words = 0
for (const line of readData('subtlex.tsv').split('\n')) {
  const word = line.slice(0, line.indexOf('\t'))
  if (!/^[a-z]{3,}$/.test(word) || zipf(word) < MIN_ZIPF) continue
  words++
  for (const key of phoneticKeys(word)) {
    if (!key.startsWith('o:')) continue
    const list = index.get(key)
    if (list) list.push(word)
    else index.set(key, [word])
  }
}
const lines = [...index].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([key, list]) => `${key}\t${list.join(' ')}`)
const path = dataPath('subtlex.tsv').replace(/subtlex\.tsv$/, 'sound-index.tsv')
writeFileSync(path, `${lines.join('\n')}\n`)
console.log(`${path}: ${words} words under ${index.size} keys`)

/**
 * dictionaries/lexicon/homophones.tsv: sets of common words (4+ letters, Zipf >= 2) that CMU
 * pronounces identically ("site sight cite", "council counsel"), one set a line. The confusables
 * normalizer takes them as candidate pairs beside the glossary's, with a stronger prior against a
 * change since no one listed them.
 */
const bySound = new Map<string, Set<string>>()
for (const line of readData('cmu.tsv').split('\n')) {
  const tab = line.indexOf('\t')
  if (tab <= 0) continue
  const word = line.slice(0, tab)
  if (!/^[a-z]{4,}$/.test(word) || zipf(word) < 2) continue
  for (const phones of line.slice(tab + 1).split('\t')) {
    const set = bySound.get(phones) ?? new Set<string>()
    set.add(word)
    bySound.set(phones, set)
  }
}
/** A spelling key under which British/American and other variant spellings of one word coincide. */
function spellingKey(word: string): string {
  return word
    .replace(/is(e|ed|es|ing|ation)$/, 'iz$1')
    .replace(/ys(e|ed|es|ing)$/, 'yz$1')
    .replace(/our/g, 'or')
    .replace(/tre(s?)$/, 'ter$1')
    .replace(/ae|oe/g, 'e')
    .replace(/ement/g, 'ment')
    .replace(/ogue$/, 'og')
    .replace(/ence$/, 'ense')
    .replace(/(e|o)r(s?)$/, 'r$2')
    .replace(/([bcdfgklmnprstz])\1/g, '$1')
}

const sets = new Map<string, string[]>()
for (const set of bySound.values()) {
  // Lower-case dictionary words only (no names), and not variant spellings of one another.
  const words = [...set].filter((w) => isKnownWord(w)).sort()
  const keys = new Set(words.map(spellingKey))
  if (words.length < 2 || keys.size < words.length) continue
  // Plurals and possessives of one word ("councils" / "council's") are not confusions.
  if (words.every((w) => words[0] && w.replace(/s$/, '') === words[0].replace(/s$/, ''))) continue
  sets.set(words.join(' '), words)
}
const homophonePath = dataPath('subtlex.tsv').replace(/subtlex\.tsv$/, 'homophones.tsv')
writeFileSync(homophonePath, `${[...sets.keys()].sort().join('\n')}\n`)
console.log(`${homophonePath}: ${sets.size} sets of homophones`)
