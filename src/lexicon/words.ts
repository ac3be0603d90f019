import { lexiconMeta, readAsciiData } from './data-path.js'
import { SortedTable } from './sorted-table.js'

/** Answers whether a word is spelled correctly; see {@link createWordChecker}. */
export type WordChecker = (word: string) => boolean

interface Hunspell {
  words: SortedTable
  compounds: RegExp[]
  compoundMin: number
}

let hunspell: Hunspell | undefined

/** The expanded dictionary-en word forms, read on first use. */
function load(): Hunspell {
  if (hunspell) return hunspell
  const words = new SortedTable(readAsciiData('words.txt'))
  const { compoundRules, compoundMin } = lexiconMeta().hunspell
  // nspell tests these unanchored; anchoring keeps "x21st" unknown while "21st" stays known.
  const compounds = compoundRules.map((source) => new RegExp(`^(?:${source})$`, 'i'))
  hunspell = { words, compounds, compoundMin }
  return hunspell
}

function exact(data: Hunspell, extra: ReadonlySet<string>, value: string): boolean {
  if (data.words.has(value) || extra.has(value)) return true
  if (value.length < data.compoundMin) return false
  return data.compounds.some((rule) => rule.test(value))
}

/**
 * nspell's casing rules (`correct()` in nspell 2): the word as written; if it is
 * all upper case, its sentence-case form; then its lower-case form. So "Geneva"
 * and "GENEVA" are known but "geneva" is not, and "The" and "THE" are known
 * because "the" is.
 */
function check(extra: ReadonlySet<string>, word: string): boolean {
  const normal = word.trim().replaceAll('’', "'")
  if (!normal) return false
  const data = load()
  if (exact(data, extra, normal)) return true
  if (normal.toUpperCase() === normal) {
    const sentence = normal.charAt(0) + normal.slice(1).toLowerCase()
    if (exact(data, extra, sentence)) return true
  }
  const lower = normal.toLowerCase()
  return lower !== normal && exact(data, extra, lower)
}

const NO_EXTRA: ReadonlySet<string> = new Set()

/** Answers remembered per checker before its memo starts over. */
const MEMO_LIMIT = 50_000

/** `check` with its answers remembered: transcripts repeat their words. */
function memoised(extra: ReadonlySet<string>): WordChecker {
  const memo = new Map<string, boolean>()
  return (word) => {
    let known = memo.get(word)
    if (known === undefined) {
      known = check(extra, word)
      if (memo.size >= MEMO_LIMIT) memo.clear()
      memo.set(word, known)
    }
    return known
  }
}

const checkKnown = memoised(NO_EXTRA)

/**
 * Whether `word` is spelled correctly according to the Hunspell dictionary
 * `dictionary-en` (US English), with nspell's semantics: every affixed form
 * the dictionary generates, ordinal numbers ("21st"), and nspell's casing rules
 * ("ICANN" unknown, "Geneva"/"GENEVA" known, "geneva" unknown). A curly
 * apostrophe counts as a straight one. The ~124k forms are precomputed by
 * `npm run build:data` and indexed on the first call (a few milliseconds).
 */
export function isKnownWord(word: string): boolean {
  return checkKnown(word)
}

/**
 * A checker that also accepts `extraWords` (for example a pipeline's glossary
 * terms), each with the same casing rules as dictionary words: adding
 * "multistakeholder" accepts "Multistakeholder" and "MULTISTAKEHOLDER"; adding
 * "ICANN" accepts only "ICANN". Nothing global changes: each checker has its own
 * extra words, copied when it is created.
 */
export function createWordChecker(extraWords: Iterable<string>): WordChecker {
  const extra = new Set<string>()
  for (const word of extraWords) {
    const normal = word.trim().replace(/’/g, "'")
    if (normal) extra.add(normal)
  }
  return memoised(extra)
}
