/**
 * `split-words`: one word written as two ("Further more," → "Furthermore,", "ground work" →
 * "groundwork", "war fair" → "warfare", "ransom wear" → "ransomware").
 *
 * A pair is joined only when the joined form is a known word and the open form is implausible: the
 * pair is (nearly) unseen as a bigram while the compound is common, or its second half is only a
 * sound-alike of the compound's ending ("fair" for "fare"). Open forms that are phrases of their own
 * ("a lot", "may be", "every day", "be cause for concern", "shut down the network") are at most
 * suggested, and house style is kept: combining forms ("cyber space", "multi stakeholder") and pairs
 * the transcript itself writes open again and again are never joined.
 */
import type { Root } from 'nlcst'
import type { Plugin } from 'unified'
import { bigramCount, corpusSize, createWordChecker, inCmu, pronunciations, unigramCount, zipf } from '../lexicon/index.js'
import { readData } from '../lexicon/data-path.js'
import { memoize } from '../lexicon/pair-memo.js'
import { dataOf, isSpaceGap, propose, tokensOf, type Token } from '../pipeline/context.js'
import { FUNCTION_WORDS } from './joined-words.data.js'
import { COMBINING_FORMS, CONNECTIVES, DOMAIN_COMPOUNDS, PHRASAL_FIRST, PHRASAL_SECOND } from './split-words.data.js'

export const SPLIT_WORDS_RULES = [
  /** A sentence connective split in two: "Further more," → "Furthermore,". */
  'split-connective',
  /** A closed compound written open: "ground work" → "groundwork". */
  'split-compound',
  /** A word split into a fragment and the rest: "govern ance" → "governance". */
  'split-fragment',
  /** A compound whose second half was written as a sound-alike word: "war fair" → "warfare". */
  'split-soundalike',
] as const

export type SplitWordsRule = (typeof SPLIT_WORDS_RULES)[number]

export interface SplitWordsOptions {
  /** Words to accept as joined forms (glossary terms such as "ransomware"). */
  knownWords?: string[]
  /** More combining forms whose open spelling is house style ("cyber"): never joined. */
  keepOpen?: string[]
  /** How often the transcript may write a pair open, with no closed form anywhere, before it counts as house style (default 3). */
  styleRepeats?: number
}

const SOURCE = 'split-words'
const LOWER_WORD = /^\p{Ll}+$/u
const WORD = /^\p{Lu}?\p{Ll}+$/u

const FUNCTION_SET: ReadonlySet<string> = new Set(FUNCTION_WORDS)
const COMBINING_SET: ReadonlySet<string> = new Set(COMBINING_FORMS)

/** How strongly the next word must go with the open reading's second word to keep it ("sum of": 8×). */
const READS_ON_LIFT = 4

/** Zipf of a word everyone writes closed ("international", "remain"): its open form is no house style. */
const EVERYDAY_COMPOUND = 4
/** Zipf frequency a compound needs before its open form is taken for a split (about 0.3 per million words). */
const MIN_COMPOUND_ZIPF = 2.5

export const splitWords: Plugin<[SplitWordsOptions?], Root> = function (options = {}) {
  const settings = validate(options)
  const extra = [...DOMAIN_COMPOUNDS, ...settings.knownWords.map((word) => word.toLowerCase())]
  const trusted = new Set(extra)
  const isKnown = createWordChecker(extra)
  const keepOpen = new Set([...COMBINING_FORMS, ...settings.keepOpen.map((word) => word.toLowerCase())])
  const phrasalFirst = new Set(PHRASAL_FIRST)
  const phrasalSecond = new Set(PHRASAL_SECOND)
  const byPrefix = prefixIndex(extra)
  // The sound-alike reading depends on the two words only: a transcript says "cyber security" or
  // "ransom wear" again and again.
  const soundAlikeOf = memoize((pair: string) => {
    const [first, second] = pair.split(' ') as [string, string]
    return soundAlike(first, second, byPrefix, phrasalFirst, phrasalSecond, trusted)
  }, 20_000)

  return (tree, file) => {
    const tokens = tokensOf(tree, file)
    const text = dataOf(file).document.text
    const words = new Map<string, number>()
    for (const token of tokens) words.set(token.lower, (words.get(token.lower) ?? 0) + 1)
    const pairs = new Map<string, number>()
    for (let k = 1; k < tokens.length; k++) {
      const key = `${tokens[k - 1]!.lower} ${tokens[k]!.lower}`
      pairs.set(key, (pairs.get(key) ?? 0) + 1)
    }
    for (let i = 0; i + 1 < tokens.length; i++) {
      const a = tokens[i]!
      const b = tokens[i + 1]!
      if (b.sentence !== a.sentence || !isSpaceGap(b.gap)) continue
      const previous = tokens[i - 1]
      const startsSentence = !previous || previous.sentence !== a.sentence
      if (!LOWER_WORD.test(b.value) || !(LOWER_WORD.test(a.value) || (startsSentence && WORD.test(a.value)))) continue
      const joined = a.lower + b.lower
      // A combining form written open is house style ("cyber space", "inter agency"), unless the closed
      // word is everyday English that no style writes open ("inter national", "re main").
      if ((keepOpen.has(a.lower) || keepOpen.has(b.lower)) && !(COMBINING_SET.has(a.lower) && zipf(joined) >= EVERYDAY_COMPOUND && isKnown(joined))) continue
      const cased = (word: string): string => (/^\p{Lu}/u.test(a.value) ? word.charAt(0).toUpperCase() + word.slice(1) : word)
      const pairText = `${a.value} ${b.value}`

      const connective = CONNECTIVES[joined]
      if (connective) {
        let k = b.end
        while (k < text.length && /\s/.test(text[k]!)) k++
        const beforeComma = text[k] === ','
        const opening = startsSentence || (previous !== undefined && /^(and|but|or)$/.test(previous.lower)) || /,\s*$/.test(a.gap)
        const confidence = beforeComma ? 0.9 : opening && !connective.openIsPhrase ? 0.85 : 0.4
        propose(file, {
          source: SOURCE,
          ruleId: 'split-connective',
          start: a.start,
          end: b.end,
          expected: [cased(joined)],
          confidence,
          reason:
            `\`${pairText}\` → \`${cased(joined)}\`: ${joined} is a sentence connective` +
            (beforeComma ? ' and a comma follows, as it does after a connective' : opening ? ' and it opens the clause' : '; the open form can be a phrase here, so this is only a suggestion') +
            '.',
          evidence: { beforeComma, opensClause: opening, bigram: bigramCount(a.lower, b.lower) },
        })
        i++
        continue
      }

      // House style: the transcript writes this pair open again and again and never closed.
      const openCount = pairs.get(`${a.lower} ${b.lower}`) ?? 0
      // The transcript's own style: it writes the compound closed at least as often as open.
      const closedCount = words.get(joined) ?? 0
      const closedInText = closedCount > 0 && closedCount >= openCount
      if (openCount >= settings.styleRepeats && closedCount === 0) continue

      if (isKnown(joined) && a.lower.length >= 2 && b.lower.length >= 3) {
        const compoundZipf = zipf(joined)
        // "govern ance", "particu larly": one half is no word at all, so the open form cannot be meant.
        const fragmentHalf = !isKnown(a.lower) ? a.lower : !isKnown(b.lower) ? b.lower : undefined
        if (fragmentHalf !== undefined) {
          if (a.lower.length < 3 || (compoundZipf < 1 && !trusted.has(joined))) continue
          // Subtitles use it on its own ("juke", "bogy"): a word the dictionary lacks, so the open form may be meant.
          if (zipf(fragmentHalf) >= 1.5) continue
          if (/^\p{Lu}/u.test(a.value) && !isKnown(a.lower)) continue
          propose(file, {
            source: SOURCE,
            ruleId: 'split-fragment',
            start: a.start,
            end: b.end,
            expected: [cased(joined)],
            confidence: 0.75,
            reason:
              `\`${pairText}\` → \`${cased(joined)}\`: "${fragmentHalf}" is not a word on its own, and ${joined} is a common word ` +
              `(Zipf ${compoundZipf.toFixed(1)}).`,
            evidence: { fragment: fragmentHalf, compoundZipf: round(compoundZipf), closedInText },
          })
          i++
          continue
        }
        if (compoundZipf < MIN_COMPOUND_ZIPF && !trusted.has(joined)) continue
        // "control led" → "controlled" is inflection, not a compound: a suffix that happens to be a word.
        if (/^[a-z]?(?:ed|ing|er|ers|est|ly|es)$/.test(b.lower)) continue
        const bigram = bigramCount(a.lower, b.lower)
        if (bigram > 1) continue
        const phrasal = phrasalFirst.has(a.lower) || phrasalSecond.has(b.lower)
        // The open reading fits its neighbours ("trouble some water", "heart beat faster", "of red wood"):
        // a neighbour that often goes with one half but never with the compound.
        const next = tokens[i + 2]
        const nextFitsOpen =
          next !== undefined && next.sentence === b.sentence && isSpaceGap(next.gap) && bigramCount(b.lower, next.lower) >= 3 && bigramCount(joined, next.lower) === 0
        const previousFitsOpen =
          previous !== undefined && previous.sentence === a.sentence && isSpaceGap(a.gap) && bigramCount(previous.lower, a.lower) >= 3 && bigramCount(previous.lower, joined) === 0
        const openFits = nextFitsOpen || previousFitsOpen
        // Open spellings of compounds are often house style ("wrist watch", "baby sitter"): only
        // suggested, unless the transcript itself writes the compound closed elsewhere.
        let confidence = phrasal ? 0.35 : 0.45
        // Applied only where the transcript's own style is the closed form (written closed at least twice
        // and at least as often as open) and nothing speaks for the open reading.
        const ownStyle = closedInText && closedCount >= 2
        if (!phrasal && ownStyle && !openFits && bigram === 0) confidence += 0.15
        // "applies online as it applies off line": the same sentence writes a sibling compound closed
        // (same second half, a known first half), so the speaker's pair is written closed.
        const sibling = openFits || bigram > 0 ? undefined : closedSibling(tokens, i, joined, isKnown)
        if (sibling !== undefined) confidence += 0.2
        // A combining form before the rest of an everyday word ("inter national", "re main") is a split
        // word, not a style: no one writes these open.
        const formSplit = COMBINING_SET.has(a.lower) && compoundZipf >= EVERYDAY_COMPOUND
        if (formSplit && !phrasal) confidence += 0.15
        if (openFits) confidence -= 0.15
        if (bigram === 1) confidence -= 0.1
        propose(file, {
          source: SOURCE,
          ruleId: 'split-compound',
          start: a.start,
          end: b.end,
          expected: [cased(joined)],
          confidence: round(confidence),
          reason:
            `\`${pairText}\` → \`${cased(joined)}\`: the compound is common (Zipf ${compoundZipf.toFixed(1)}) while ` +
            `"${a.lower} ${b.lower}" ${bigram === 0 ? 'never occurs' : 'occurs once'} in ${corpusWords()} of edited English and speeches` +
            (phrasal ? `; "${a.lower} ${b.lower}" can be a phrase of its own` : '') +
            (openFits ? `; the open reading fits the words around it` : '') +
            (sibling !== undefined ? `; the same sentence writes "${sibling}" closed` : '') +
            (formSplit ? `; "${a.lower}" is a combining form and ${joined} an everyday word, which no style writes open` : '') +
            (closedInText ? '; the transcript writes it closed elsewhere' : sibling !== undefined || formSplit ? '' : '; open spelling may be house style') +
            '.',
          evidence: { compoundZipf: round(compoundZipf), bigram, phrasal, closedInText, openFits, ...(sibling ? { sibling } : {}) },
        })
        i++
        continue
      }

      const soundalike = soundAlikeOf(`${a.lower} ${b.lower}`)
      const bigram = soundalike ? bigramCount(a.lower, b.lower) : -1
      if (soundalike && bigram === 0) {
        const expected = cased(soundalike.word)
        // The open reading goes on with the next word as English does ("the whole sum of", where "sum
        // of" is a phrase) and the compound never does: the words are more likely right as written.
        const next = tokens[b.index + 1]
        const after = next && next.sentence === b.sentence && isSpaceGap(next.gap) ? next.lower : undefined
        const readsOn = after !== undefined && liftAfter(b.lower, after) >= READS_ON_LIFT && bigramCount(soundalike.word, after) === 0
        // A past tense before a word that begins with a t or d sound ("under mind trust"): the /d/ may be
        // that word's own sound, so the plain verb ("undermine trust") is as likely; the grammar decides.
        const base = soundalike.word.endsWith('ed') ? baseOfPast(soundalike.word, isKnown) : undefined
        const merged = base !== undefined && after !== undefined && /^(?:t(?!h)|d)/.test(after) && !words.has(soundalike.word)
        const choices = merged ? [expected, cased(base)] : [expected]
        // A pair never seen shows that something was misheard, not that this word was meant: the
        // compound must also go with a word beside it ("in warfare"; not "special rapture on", a garble
        // of "Special Rapporteur"), unless it is a domain compound or the transcript writes it.
        const before = previous !== undefined && previous.sentence === a.sentence && isSpaceGap(a.gap) ? previous.lower : undefined
        const fits =
          trusted.has(soundalike.word) ||
          words.has(soundalike.word) ||
          (before !== undefined && bigramCount(before, soundalike.word) > 0) ||
          (after !== undefined && bigramCount(soundalike.word, after) > 0)
        propose(file, {
          source: SOURCE,
          ruleId: 'split-soundalike',
          start: a.start,
          end: b.end,
          expected: choices,
          confidence: readsOn ? 0.35 : merged ? 0.4 : words.has(soundalike.word) ? 0.85 : fits ? 0.75 : 0.45,
          reason:
            `\`${pairText}\` → \`${expected}\`: "${b.lower}" sounds exactly like "${soundalike.ending}" (/${soundalike.sound}/), ` +
            `"${a.lower} ${b.lower}" never occurs in ${corpusWords()} of edited English and speeches, and ${soundalike.word} is a known word` +
            (words.has(soundalike.word) ? ' the transcript uses elsewhere' : '') +
            (readsOn
              ? `; but "${b.lower} ${after}" is a common pair and "${soundalike.word} ${after}" is never seen, so only a suggestion.`
              : merged
                ? `; but "${after}" begins with the sound of the past tense's ending, so "${base}" is as likely: only a suggestion.`
                : fits
                  ? '.'
                  : `; but ${soundalike.word} goes with no word beside it, so the words may be part of another mishearing: only a suggestion.`),
          evidence: {
            ending: soundalike.ending,
            sound: soundalike.sound,
            compoundZipf: round(zipf(soundalike.word)),
            bigram,
            closedInText: words.has(soundalike.word),
            readsOn,
            fits,
            ...(merged ? { base } : {}),
          },
        })
        i++
      }
    }
  }
}

/** The plain verb of a past tense in -d or -ed ("undermined" → "undermine", "walked" → "walk"), if known. */
function baseOfPast(word: string, isKnown: (word: string) => boolean): string | undefined {
  for (const base of [word.slice(0, -1), word.slice(0, -2)]) if (base.length >= 3 && isKnown(base)) return base
  return undefined
}

interface Settings {
  knownWords: string[]
  keepOpen: string[]
  styleRepeats: number
}

function validate(options: SplitWordsOptions): Settings {
  if (typeof options !== 'object' || options === null) {
    throw new TypeError(`split-words: options must be an object, got ${String(options)}`)
  }
  const knownWords = stringList(options.knownWords, 'knownWords')
  const keepOpen = stringList(options.keepOpen, 'keepOpen')
  const styleRepeats = options.styleRepeats ?? 3
  if (!Number.isInteger(styleRepeats) || styleRepeats < 1) {
    throw new TypeError(`split-words: options.styleRepeats must be a positive integer, got ${String(options.styleRepeats)}`)
  }
  return { knownWords, keepOpen, styleRepeats }
}

function stringList(value: unknown, name: string): string[] {
  if (value === undefined) return []
  if (!Array.isArray(value) || !value.every((item) => typeof item === 'string')) {
    throw new TypeError(`split-words: options.${name} must be an array of strings`)
  }
  return value as string[]
}

interface SoundAlike {
  word: string
  ending: string
  sound: string
}

/**
 * "war fair" → "warfare": a known word that starts with the first word and ends with a different
 * spelling of the second, pronounced the same ("fare" for "fair", "ware" for "wear").
 */
function soundAlike(
  first: string,
  second: string,
  byPrefix: (prefix: string) => readonly string[],
  phrasalFirst: ReadonlySet<string>,
  phrasalSecond: ReadonlySet<string>,
  trusted: ReadonlySet<string>,
): SoundAlike | undefined {
  if (first.length < 3 || second.length < 3) return undefined
  if (phrasalFirst.has(first) || phrasalSecond.has(second)) return undefined
  // A function word after a word is grammar far more often than a misheard ending: "the bank are",
  // "their own are" are not "banker", "owner".
  if (FUNCTION_SET.has(second)) return undefined
  const candidates = byPrefix(first).filter((word) => {
    const ending = word.slice(first.length)
    return ending.length >= 2 && ending !== second && Math.abs(ending.length - second.length) <= 2
  })
  if (candidates.length === 0 || !inCmu(first) || !inCmu(second)) return undefined
  const spoken = new Set(pronunciations(second).map((phones) => phones.join(' ')))
  const found: SoundAlike[] = []
  for (const word of candidates) {
    const ending = word.slice(first.length)
    if (!inCmu(ending)) continue
    const sound = pronunciations(ending)
      .map((phones) => phones.join(' '))
      .find((phones) => spoken.has(phones))
    if (!sound) continue
    if (!trusted.has(word) && zipf(word) < 2) continue
    found.push({ word, ending, sound })
  }
  return found.length === 1 ? found[0] : undefined
}

let dictionaryWords: string[] | undefined

/** Known lower-case words by their first three letters, from dictionary-en plus `extra`. */
function prefixIndex(extra: readonly string[]): (prefix: string) => readonly string[] {
  dictionaryWords ??= readData('words.txt')
    .split('\n')
    .filter((word) => /^[a-z]{4,}$/.test(word))
  const index = new Map<string, string[]>()
  for (const word of new Set([...dictionaryWords, ...extra])) {
    const key = word.slice(0, 3)
    const list = index.get(key)
    if (list) list.push(word)
    else index.set(key, [word])
  }
  const cache = new Map<string, readonly string[]>()
  return (prefix) => {
    let found = cache.get(prefix)
    if (!found) {
      found = (index.get(prefix.slice(0, 3)) ?? []).filter((word) => word.startsWith(prefix) && word.length > prefix.length)
      if (cache.size > 20_000) cache.clear()
      cache.set(prefix, found)
    }
    return found
  }
}

/** How many times more often `next` follows `word` than it follows words in general. */
function liftAfter(word: string, next: string): number {
  const pair = bigramCount(word, next)
  if (pair < 3) return 0
  return pair / unigramCount(word) / (unigramCount(next) / corpusSize().tokens)
}

function corpusWords(): string {
  return `${(corpusSize().tokens / 1e6).toFixed(1)} million words`
}

function round(value: number): number {
  return Math.round(value * 100) / 100
}

/**
 * A closed compound in the same sentence that shares the pair's second half ("online" for "off
 * line", "upstream" for "down stream"), with a first half that is a word of its own.
 */
function closedSibling(tokens: readonly Token[], i: number, joined: string, isKnown: (word: string) => boolean): string | undefined {
  const a = tokens[i]!
  const tail = tokens[i + 1]!.lower
  const sameSentence = (k: number) => tokens[k] !== undefined && tokens[k]!.sentence === a.sentence
  for (let k = i - 1, m = i + 2; sameSentence(k) || sameSentence(m); k--, m++) {
    for (const token of [tokens[k], tokens[m]]) {
      if (token === undefined || token.sentence !== a.sentence) continue
      const word = token.lower
      if (word === joined || word.length <= tail.length + 1 || !word.endsWith(tail)) continue
      const head = word.slice(0, -tail.length)
      if (head !== a.lower && isKnown(head) && isKnown(word)) return word
    }
  }
  return undefined
}
