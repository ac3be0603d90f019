/**
 * `spelling`: non-words with an evident intent ("depate" → "debate", "partens" → "patterns").
 *
 * A word is a non-word when neither dictionary-en (Hunspell, with every glossary term added) nor
 * SUBTLEX-US spoken English knows it. Words the transcript uses consistently (twice or more), names
 * (capitalised words), acronyms, words with digits and short words are left alone: a name the
 * dictionary does not know is never replaced by a common word.
 *
 * Candidates are the known words one edit away and the frequent words that share the non-word's
 * obstruent sound skeleton (a hash lookup in an index built on first use). Each is ranked by how
 * alike it sounds, its edit distance, its spoken frequency and its Brown Corpus neighbours. A
 * correction is proposed only when the best candidate sounds close and clearly beats the next one.
 */
import type { Root } from 'nlcst'
import type { Plugin } from 'unified'
import type { Glossary } from '../glossary/types.js'
import {
  bigramCount,
  corpusSize,
  createWordChecker,
  isWordNetWord,
  phoneticKeys,
  soundSimilarity,
  subtlexCount,
  unigramCount,
  zipf,
} from '../lexicon/index.js'
import { readData } from '../lexicon/data-path.js'
import { isSpaceGap, propose, tokensOf, type Token } from '../pipeline/context.js'

export interface SpellingOptions {
  glossaries?: readonly Glossary[]
  /** Extra known words (names of the event, speakers). */
  knownWords?: readonly string[]
  /** Shortest word checked (default 4). */
  minLength?: number
}

export type SpellingRule = 'non-word'

interface Scored {
  word: string
  sound: number
  edits: number
  zipf: number
  context: number
  score: number
}

const LETTERS = 'abcdefghijklmnopqrstuvwxyz'
/** SUBTLEX counts at or above this make a word real spoken English even when Hunspell lacks it. */
const SPOKEN_MIN = 3

export const spelling: Plugin<[SpellingOptions?], Root> = function (options = {}) {
  const minLength = options.minLength ?? 4
  if (!Number.isInteger(minLength) || minLength < 2) throw new TypeError('spelling: options.minLength must be a whole number of at least 2')
  if (options.knownWords !== undefined && !Array.isArray(options.knownWords)) throw new TypeError('spelling: options.knownWords must be an array of words')
  const glossaryWords = (options.glossaries ?? []).flatMap((glossary) =>
    glossary.terms.flatMap((entry) => [entry.term, ...(entry.allow ?? [])].flatMap((phrase) => phrase.split(/[\s\u2011-]+/))),
  )
  const isDictionaryWord = createWordChecker([...glossaryWords, ...(options.knownWords ?? [])])
  // A word of the dictionary, of spoken English, or of WordNet (rare and technical words the
  // dictionary lacks: "veridical", "thermistor") is a word.
  const isKnown = (word: string) => isDictionaryWord(word) || subtlexCount(word) >= SPOKEN_MIN || isWordNetWord(word)

  return (tree, file) => {
    const tokens = tokensOf(tree, file)
    const text = String(file.value)
    const uses = new Map<string, number>()
    for (const token of tokens) uses.set(token.lower, (uses.get(token.lower) ?? 0) + 1)

    for (const token of tokens) {
      const word = token.value
      if (word.length < minLength || !/^[a-z]+$/.test(word)) continue
      if ((uses.get(token.lower) ?? 0) > 1 || isKnown(word) || isDerived(word, isKnown)) continue
      // Dropped g ("comin", "nothin"): a speaker's pronunciation written on purpose, not a typo.
      if (word.endsWith('in') && isKnown(`${word}g`)) continue
      // A word broken off by a hyphen or dash ("experi-—what we're experiencing") is a fragment.
      if (/^[-\u2010-\u2015]/.test(text.slice(token.end, token.end + 1))) continue
      const ranked = rank(word, tokens, token, isKnown)
      const [best, second] = ranked
      if (!best) continue
      const margin = best.score - (second?.score ?? best.score - 3)
      // Sound and spelling both close, the same first letter, and a clear winner.
      // The intercept is set so that a fix needs about the evidence that made 0.7 before: on a million
      // words of edited English (the Brown corpus) the fixes between 0.5 and 0.7 were mostly rare real
      // words ("veridical", "thermistor", "subtilis"), and those above mostly real typos.
      const logit =
        -1.85 + 5 * (best.sound - 0.75) + 0.9 * Math.min(margin, 3) - 0.9 * (best.edits - 1) - (best.word[0] === word[0] ? 0 : 1.5) + 0.2 * clamp(best.context, -3, 3)
      const confidence = clamp(1 / (1 + Math.exp(-logit)), 0.01, 0.97)
      if (best.sound < 0.6 || confidence < 0.1) continue
      propose(file, {
        source: 'spelling',
        ruleId: 'non-word',
        start: token.start,
        end: token.end,
        expected: ranked.slice(0, 3).map((c) => c.word),
        confidence,
        reason: `'${word}' is not an English word; '${best.word}' sounds ${Math.round(best.sound * 100)}% alike, is ${best.edits} edit${best.edits === 1 ? '' : 's'} away${second ? ` and scores ${margin.toFixed(1)} above '${second.word}'` : ''}.`,
        evidence: { sound: round(best.sound), edits: best.edits, zipf: round(best.zipf), context: round(best.context), margin: round(margin) },
      })
    }
  }
}

const PREFIXES = ['anti', 'bio', 'co', 'counter', 'cross', 'cyber', 'de', 'dis', 'eco', 'geo', 'hyper', 'inter', 'intra', 'macro', 'mega', 'micro', 'mis', 'multi', 'non', 'out', 'over', 'post', 'pre', 're', 'self', 'semi', 'sub', 'super', 'tele', 'trans', 'un', 'under']
const SUFFIXES = ['ability', 'able', 'ably', 'al', 'ally', 'ance', 'ances', 'ed', 'er', 'ers', 'es', 'ibility', 'ible', 'ing', 'ings', 'ise', 'ised', 'ism', 'ist', 'ists', 'ity', 'ive', 'ives', 'ization', 'ize', 'ized', 'less', 'ly', 'ment', 'ments', 'ness', 'or', 'ors', 's', 'ship', 'wise']

/** Endings that alternate regularly on one stem: a word with the first is formed from a known word with one of the others. */
const SIBLING_ENDINGS: ReadonlyArray<readonly [string, readonly string[]]> = [
  ['ency', ['ent']],
  ['ancy', ['ant']],
  ['ory', ['e', 'ion']],
  ['ate', ['ation']],
]

/** US spellings of a British one ("modernisation" → "modernization", "colour" → "color"). */
function americanSpellings(word: string): string[] {
  const out = new Set<string>()
  for (const [from, to] of [
    [/is(e|ed|es|ing|ation|ations|er|ers)$/, 'iz$1'],
    [/ys(e|ed|es|ing)$/, 'yz$1'],
    [/our(s?|ed|ing|ful|ite|ites|able)$/, 'or$1'],
    [/tre(s?)$/, 'ter$1'],
    [/ogue(s?)$/, 'og$1'],
    [/ence(s?)$/, 'ense$1'],
    [/ll(ed|ing|er|ers)$/, 'l$1'],
    [/ae/, 'e'],
    [/oe/, 'e'],
  ] as const) {
    const changed = word.replace(from, to)
    if (changed !== word) out.add(changed)
  }
  return [...out]
}

/**
 * Whether a word the dictionaries lack is a regular formation from known words: a productive prefix
 * on a known word ("interoperative"), a known stem with a productive suffix ("scalable",
 * "responders"), a regular sibling of a known word ("pendency"), or two known words of four letters
 * or more run together ("decisionmaking"). Such words are coinages or compounds, not misspellings.
 */
function isDerived(word: string, isKnown: (word: string) => boolean, depth = 0): boolean {
  // A British spelling of a known word is a spelling, not a mistake.
  if (americanSpellings(word).some((us) => isKnown(us))) return true
  // Parts must be ordinary words, not rare ones that happen to fit ("de" + "pate").
  const common = (part: string) => isKnown(part) && zipf(part) >= 2.5
  for (const prefix of PREFIXES) {
    if (word.length - prefix.length < 5 || !word.startsWith(prefix)) continue
    const rest = word.slice(prefix.length)
    // The rest may itself be a formation: "un" + "redressed", "re" + "grassing".
    if (common(rest) || (depth === 0 && rest.length >= 6 && isDerived(rest, isKnown, 1))) return true
  }
  // The negative prefix assimilated to the stem ("irrepealable", "illegible", "immovable") before a
  // long known or regularly formed word.
  const assimilated = /^(?:ir(?=r)|il(?=l)|im(?=[mpb]))/.exec(word)
  if (assimilated && depth === 0) {
    const rest = word.slice(assimilated[0].length)
    if (rest.length >= 6 && (isKnown(rest) || isDerived(rest, isKnown, 1))) return true
  }
  // Adverbs of known adjectives in -able/-ible ("unchangeably") and plurals of -man ("stockmen").
  if (/[ai]bly$/.test(word) && isKnown(`${word.slice(0, -1)}e`)) return true
  if (word.endsWith('men') && word.length >= 7 && (isKnown(`${word.slice(0, -3)}man`) || common(word.slice(0, -3)))) return true
  for (const suffix of SUFFIXES) {
    if (!word.endsWith(suffix)) continue
    const stem = word.slice(0, -suffix.length)
    if (stem.length < 3) continue
    const last = stem.at(-1)
    const stems = [stem, `${stem}e`, stem.endsWith('i') ? `${stem.slice(0, -1)}y` : '', last === stem.at(-2) ? stem.slice(0, -1) : '']
    // A long stem the dictionary knows is enough ("scepticisms"); a short one must be common.
    if (stems.some((candidate) => (candidate.length >= 6 && isKnown(candidate)) || (candidate.length >= 4 && common(candidate)))) return true
  }
  // A regular sibling of a known word, as legal and formal English forms them: "pendency" beside
  // "pendent", "subserviency" beside "subservient", "executory" beside "execute", "depredate" beside
  // "depredation".
  for (const [ending, siblings] of SIBLING_ENDINGS) {
    if (!word.endsWith(ending)) continue
    const stem = word.slice(0, -ending.length)
    if (stem.length >= 3 && siblings.some((sibling) => stem.length + sibling.length >= 6 && isKnown(stem + sibling))) return true
  }
  for (let split = 4; split <= word.length - 4; split++) {
    const head = word.slice(0, split)
    const tail = word.slice(split)
    if (isKnown(head) && isKnown(tail) && (common(head) || common(tail))) return true
  }
  return false
}

function rank(word: string, tokens: readonly Token[], token: Token, isKnown: (word: string) => boolean): Scored[] {
  const candidates = new Set<string>()
  for (const edit of edits1(word)) if (isKnown(edit) && zipf(edit) > 0) candidates.add(edit)
  for (const key of phoneticKeys(word)) if (key.startsWith('o:')) for (const candidate of soundNeighbours(key)) candidates.add(candidate)
  const left = neighbour(tokens, token, -1)
  const right = neighbour(tokens, token, +1)
  const scored: Scored[] = []
  for (const candidate of candidates) {
    if (candidate === word || Math.abs(candidate.length - word.length) > 3) continue
    const edits = damerauLevenshtein(word, candidate)
    if (edits > 3) continue
    const sound = soundSimilarity(word, candidate)
    if (sound < 0.5) continue
    const context = (left ? association(left, candidate) : 0) + (right ? association(candidate, right) : 0)
    const z = zipf(candidate)
    const score = 4 * sound - 0.7 * edits + 0.35 * z + 0.25 * clamp(context, -3, 3)
    scored.push({ word: candidate, sound, edits, zipf: z, context, score })
  }
  return scored.sort((a, b) => b.score - a.score)
}

/** log P(w2 | w1) / P(w2) in the Brown Corpus, smoothed towards 0 for unseen pairs. */
function association(w1: string, w2: string): number {
  const total = corpusSize().tokens
  const p2 = (unigramCount(w2) + 0.5) / total
  const k = 4
  return Math.log((bigramCount(w1, w2) + k * p2) / (unigramCount(w1) + k) / p2)
}

function neighbour(tokens: readonly Token[], token: Token, step: -1 | 1): string | undefined {
  const other = tokens[token.index + step]
  if (!other || other.sentence !== token.sentence) return undefined
  return isSpaceGap(step === -1 ? token.gap : other.gap) ? other.lower : undefined
}

/** All strings one deletion, transposition, substitution or insertion away. */
function edits1(word: string): Set<string> {
  const out = new Set<string>()
  for (let i = 0; i <= word.length; i++) {
    const head = word.slice(0, i)
    const tail = word.slice(i)
    if (tail) out.add(head + tail.slice(1))
    if (tail.length > 1) out.add(head + tail[1]! + tail[0]! + tail.slice(2))
    for (const letter of LETTERS) {
      if (tail) out.add(head + letter + tail.slice(1))
      out.add(head + letter + tail)
    }
  }
  return out
}

let index: Map<string, string> | undefined

/**
 * Frequent spoken words by obstruent sound skeleton, from dictionaries/lexicon/sound-index.tsv
 * (built by `npm run build:sound-index`), read on the first non-word.
 */
function soundNeighbours(key: string): string[] {
  if (!index) {
    index = new Map()
    for (const line of readData('sound-index.tsv').split('\n')) {
      const tab = line.indexOf('\t')
      if (tab > 0) index.set(line.slice(0, tab), line.slice(tab + 1))
    }
  }
  return index.get(key)?.split(' ') ?? []
}

function damerauLevenshtein(a: string, b: string): number {
  const d: number[][] = Array.from({ length: a.length + 1 }, (_, i) => [i])
  for (let j = 1; j <= b.length; j++) d[0]![j] = j
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1
      let value = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + cost)
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) value = Math.min(value, d[i - 2]![j - 2]! + 1)
      d[i]![j] = value
    }
  }
  return d[a.length]![b.length]!
}

function clamp(value: number, low: number, high: number): number {
  return Math.min(high, Math.max(low, value))
}

function round(value: number): number {
  return Math.round(value * 100) / 100
}
