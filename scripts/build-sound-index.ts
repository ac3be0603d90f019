/**
 * Builds dictionaries/lexicon/sound-index.tsv: frequent spoken words (SUBTLEX-US, Zipf >= 2.5) by
 * their obstruent sound skeleton (`phoneticKeys`, the `o:` keys), so that the spelling normalizer
 * finds sound-alike candidates for a non-word with one lookup instead of building the index at run
 * time. Run with `npm run build:sound-index` after `npm run build:data`.
 */
import { writeFileSync } from 'node:fs'
import { readData, dataPath } from '../src/lexicon/data-path.js'
import { phoneticKeys, zipf } from '../src/lexicon/index.js'

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
