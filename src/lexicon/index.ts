export { isKnownWord, createWordChecker, type WordChecker } from './words.js'
export { frequency, zipf, subtlexCount } from './frequency.js'
export { pronunciations, phrasePhones, inCmu } from './pronounce.js'
export {
  phoneDistance,
  soundSimilarity,
  phoneticKeys,
  phoneticNeighbourKeys,
  substitutionCost,
  indelCost,
} from './phones.js'
export { isCollocation, isWordNetWord } from './collocations.js'
export { unigramCount, bigramCount, bigramsAfter, corpusSize } from './ngrams.js'
export { spellOut, letterToSound } from './letter-to-sound.js'
export { dataPath, readData, lexiconMeta, type LexiconMeta } from './data-path.js'
