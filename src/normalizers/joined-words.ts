/**
 * `joined-words`: two words written as one ("inprevious" → "in previous", "ofthe" → "of the").
 *
 * Only a non-word is split (never a dictionary word, a glossary term or a capitalised name), only
 * into two known words one of which is a function word, and only when that pair is attested as a
 * bigram of English. When a word splits more than one way, the best-attested split must dominate.
 * Modern fusions the dictionary lacks ("onboarding", "upskilled") are left alone.
 */
import type { Root } from 'nlcst'
import type { Plugin } from 'unified'
import { bigramCount, corpusSize, createWordChecker, isWordNetWord, unigramCount, zipf } from '../lexicon/index.js'
import { isSpaceGap, propose, tokensOf } from '../pipeline/context.js'
import { FUNCTION_WORDS, FUSING_PARTICLES } from './joined-words.data.js'

export const JOINED_WORDS_RULES = [
  /** A non-word that is a function word run into a neighbour: "inprevious" → "in previous". */
  'joined-function-word',
] as const

export type JoinedWordsRule = (typeof JOINED_WORDS_RULES)[number]

export interface JoinedWordsOptions {
  /** Words that are correct as written (glossary terms): never split. */
  knownWords?: string[]
  /** Least times the split pair must occur in the reference corpus (default 2). */
  minBigram?: number
}

const SOURCE = 'joined-words'
const LOWER_WORD = /^\p{Ll}{4,}$/u

export const joinedWords: Plugin<[JoinedWordsOptions?], Root> = function (options = {}) {
  if (typeof options !== 'object' || options === null) {
    throw new TypeError(`joined-words: options must be an object, got ${String(options)}`)
  }
  const knownWords = options.knownWords ?? []
  if (!Array.isArray(knownWords) || !knownWords.every((word) => typeof word === 'string')) {
    throw new TypeError('joined-words: options.knownWords must be an array of strings')
  }
  const minBigram = options.minBigram ?? 2
  if (!Number.isInteger(minBigram) || minBigram < 1) {
    throw new TypeError(`joined-words: options.minBigram must be a positive integer, got ${String(options.minBigram)}`)
  }
  const isKnown = createWordChecker(knownWords)
  const functionWords = new Set(FUNCTION_WORDS)
  const particles = new Set(FUSING_PARTICLES)

  return (tree, file) => {
    const tokens = tokensOf(tree, file)
    for (const token of tokens) {
      const word = token.value
      if (!LOWER_WORD.test(word) || isKnown(word)) continue
      // Spoken English knows it (SUBTLEX): a word the dictionary lacks, not a run-together pair.
      if (zipf(word) >= 2) continue
      // WordNet lists it: a rare or archaic word ("intrust", "inclose", "incertain"), not two words.
      if (isWordNetWord(word)) continue
      // Dropped g ("goin", "thinkin'"): dialect spelling of a known -ing word.
      if (word.endsWith('in') && isKnown(`${word}g`)) continue
      const splits: Array<{ left: string; right: string; bigram: number }> = []
      for (let cut = 1; cut < word.length; cut++) {
        const left = word.slice(0, cut)
        const right = word.slice(cut)
        if (!functionWords.has(left) && !functionWords.has(right)) continue
        if (left.length === 1 && left !== 'a') continue
        if (right.length < 2 || !isKnown(left) || !isKnown(right)) continue
        if (particles.has(left) && /(?:ing|ed|er|ers)$/.test(right)) continue
        const bigram = bigramCount(left, right)
        if (bigram >= minBigram) splits.push({ left, right, bigram })
      }
      if (splits.length === 0) continue
      splits.sort((x, y) => y.bigram - x.bigram)
      const best = splits[0]!
      const runnerUp = splits[1]
      if (runnerUp && runnerUp.bigram * 3 > best.bigram) continue
      const spaced = `${best.left} ${best.right}`
      // The split must also fit its neighbours: "to acomment legally" gives "comment legally", unseen.
      const previous = tokens[token.index - 1]
      const next = tokens[token.index + 1]
      const before = previous && previous.sentence === token.sentence && isSpaceGap(token.gap) ? previous.lower : undefined
      const after = next && next.sentence === token.sentence && isSpaceGap(next.gap) ? next.lower : undefined
      // Some pairs are written as one hyphenated word where they modify a noun: "an alltime high" is
      // "an all-time high", but "the best of alltime" is "of all time". That choice has weighed the
      // neighbours already.
      const hyphenated = hyphenatedFits(best.left, best.right, best.bigram, before, after)
      const leftFits = hyphenated || before === undefined || bigramCount(before, best.left) > 0
      const rightFits = hyphenated || after === undefined || bigramCount(best.right, after) > 0
      const expected = hyphenated ? `${best.left}-${best.right}` : spaced
      let confidence = best.bigram >= 10 ? 0.85 : best.bigram >= 5 ? 0.75 : 0.6
      if (!leftFits) confidence -= 0.15
      if (!rightFits) confidence -= 0.15
      // "a" + word is also how a mis-stroked prefix looks ("acomment" for "commit"?).
      if (best.left.length === 1) confidence -= 0.1
      confidence = Math.round(confidence * 100) / 100
      propose(file, {
        source: SOURCE,
        ruleId: 'joined-function-word',
        start: token.start,
        end: token.end,
        expected: hyphenated ? [expected, spaced] : [expected],
        confidence,
        reason:
          `\`${word}\` → \`${expected}\`: \`${word}\` is not a word, and "${spaced}" occurs ${best.bigram} times ` +
          `in ${(corpusSize().tokens / 1e6).toFixed(1)} million words of edited English and speeches` +
          (runnerUp ? `, ${Math.floor(best.bigram / Math.max(1, runnerUp.bigram))}× more than the next split` : '') +
          (leftFits && rightFits ? '' : `; but "${!leftFits ? `${before} ${best.left}` : `${best.right} ${after}`}" is unseen there`) +
          (hyphenated ? `; the hyphenated "${expected}" (${unigramCount(expected)} times there) fits "${before ?? ''} … ${after ?? ''}" better` : '') +
          '.',
        evidence: { bigram: best.bigram, splits: splits.length, runnerUpBigram: runnerUp?.bigram ?? 0, leftFits, rightFits, hyphenated: unigramCount(`${best.left}-${best.right}`) },
      })
    }
  }
}

/**
 * Whether `left-right` is the better reading than `left right` here, by the corpus: the likelihood of
 * the words as one hyphenated word, P(left-right | before) · P(after | left-right), against the
 * likelihood of the pair, P(left | before) · P(right | left) · P(after | right) (without a word before,
 * P(left-right) against P(left right)). A hyphenated form the corpus never writes is never chosen.
 */
function hyphenatedFits(left: string, right: string, pair: number, before: string | undefined, after: string | undefined): boolean {
  const joined = `${left}-${right}`
  const hyphenated = unigramCount(joined)
  if (hyphenated === 0) return false
  let score =
    before === undefined
      ? Math.log((hyphenated + 0.5) / (pair + 0.5))
      : Math.log((bigramCount(before, joined) + 0.5) / (bigramCount(before, left) + 0.5)) - Math.log((pair + 0.5) / (unigramCount(left) + 1))
  if (after !== undefined) {
    score += Math.log((bigramCount(joined, after) + 0.5) / (hyphenated + 1)) - Math.log((bigramCount(right, after) + 0.5) / (unigramCount(right) + 1))
  }
  return score > 0
}
