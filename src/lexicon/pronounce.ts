import { readAsciiData } from './data-path.js'
import { SortedTable } from './sorted-table.js'
import { isKnownWord } from './words.js'
import { graphemeAt, letterToSound, spellOut } from './letter-to-sound.js'

let cmu: SortedTable | undefined

/** word → its variants as in cmu.tsv ("K AW N S AH L\t..."), read on first use. */
function loadCmu(): SortedTable {
  cmu ??= new SortedTable(readAsciiData('cmu.tsv'))
  return cmu
}

function cmuVariants(lower: string): string[][] | undefined {
  const raw = loadCmu().get(lower)
  return raw === undefined ? undefined : raw.split('\t').map((variant) => variant.split(' '))
}

const SIBILANT = new Set(['S', 'Z', 'SH', 'ZH', 'CH', 'JH'])
const VOICELESS = new Set(['P', 'T', 'K', 'F', 'TH'])

/** Append the possessive or plural "-s" the way English voices it. */
function withS(phones: readonly string[]): string[] {
  const last = phones.at(-1)
  if (last === undefined) return ['Z']
  if (SIBILANT.has(last)) return [...phones, 'IH', 'Z']
  return [...phones, VOICELESS.has(last) ? 'S' : 'Z']
}

/** Cost of one dictionary piece vs. one letter-to-sound grapheme when segmenting. */
const PIECE_COST = 1
const GRAPHEME_COST = 1.25
const MIN_PIECE = 3

/**
 * Pronounce a lower-case word CMU lacks by splitting it into CMU words of at
 * least three letters ("ransomware" → ransom + ware, "cybersecurity" →
 * cyber + security), filling any gaps with letter-to-sound graphemes; the
 * split with the fewest parts wins.
 */
/** The segmentation and how many letter-to-sound graphemes it needed (0: all CMU words). */
function segment(word: string): { phones: string[]; graphemes: number } {
  const n = word.length
  const cost = new Array<number>(n + 1).fill(Number.POSITIVE_INFINITY)
  const back: Array<{ from: number; phones: string[]; grapheme: boolean } | undefined> = new Array(n + 1)
  cost[0] = 0
  const table = loadCmu()
  for (let from = 0; from < n; from++) {
    const base = cost[from] ?? Number.POSITIVE_INFINITY
    if (base === Number.POSITIVE_INFINITY) continue
    let block: [number, number] | undefined
    for (let to = from + MIN_PIECE; to <= n; to++) {
      const piece = word.slice(from, to)
      // The CMU words starting with this piece; none means no longer piece from here is one either.
      block = table.prefixRange(piece, block)
      if (!block) break
      const raw = table.valueAt(block, piece)
      if (raw === undefined) continue
      const total = base + PIECE_COST
      if (total < (cost[to] ?? Number.POSITIVE_INFINITY)) {
        cost[to] = total
        back[to] = { from, phones: raw.slice(0, raw.includes('\t') ? raw.indexOf('\t') : raw.length).split(' '), grapheme: false }
      }
    }
    const grapheme = graphemeAt(word, from) ?? [1, []]
    const to = from + grapheme[0]
    const total = base + (grapheme[1].length > 0 ? GRAPHEME_COST : 0)
    if (total < (cost[to] ?? Number.POSITIVE_INFINITY)) {
      cost[to] = total
      back[to] = { from, phones: grapheme[1], grapheme: grapheme[1].length > 0 }
    }
  }
  const parts: string[][] = []
  let graphemes = 0
  for (let at = n; at > 0; ) {
    const step = back[at]
    if (!step) return { phones: letterToSound(word), graphemes: n }
    parts.push(step.phones)
    if (step.grapheme) graphemes++
    at = step.from
  }
  return { phones: parts.reverse().flat(), graphemes }
}

const LETTERS = /\p{L}/u
const ALL_CAPS = /^[\p{Lu}\d]+$/u

function isAcronymLike(word: string): boolean {
  return word.length >= 2 && LETTERS.test(word) && ALL_CAPS.test(word.replace(/[.'’&-]/g, ''))
}

/** "ICTs", "CBMs": an acronym with a plural s. */
const ACRONYM_PLURAL = /^[\p{Lu}\d]{2,}s$/u

/** Pronounce one piece with no separators; never empty unless it has no letters or digits. */
function fallback(word: string): string[][] {
  const lower = word.toLowerCase()
  if (/^\d+$/.test(lower)) return [spellOut(lower)]
  if (ACRONYM_PLURAL.test(word)) return [withS(spellOut(lower.slice(0, -1)))]
  if (/\d/.test(lower)) return [spellOut(lower)]
  const reading = wordReading(lower)
  if (!isAcronymLike(word)) return [reading.phones]
  const letters = spellOut(lower)
  if (lower.length < 5 || !/[aeiou]/.test(lower)) return [letters]
  // A long all-caps word made of dictionary words is a word in capitals ("RANSOMWARE");
  // otherwise it is read as letters first, with the word-like reading ("ICANN") second.
  return reading.graphemes === 0 ? [reading.phones, letters] : [letters, reading.phones]
}

/** A lower-case word CMU lacks, read as a word: plural or possessive of a CMU word, else segmented. */
function wordReading(lower: string): { phones: string[]; graphemes: number } {
  const plural = lower.endsWith('s') && !lower.endsWith('ss') && lower.length > 3 ? cmuVariants(lower.slice(0, -1)) : undefined
  if (plural?.[0]) return { phones: withS(plural[0]), graphemes: 0 }
  if (lower.endsWith("'s") && lower.length > 2) {
    const stem = lower.slice(0, -2)
    const known = cmuVariants(stem)?.[0]
    const reading = known ? { phones: known, graphemes: 0 } : segment(stem)
    return { phones: withS(reading.phones), graphemes: reading.graphemes }
  }
  return segment(lower.replace(/'/g, ''))
}

const cache = new Map<string, string[][]>()
const CACHE_LIMIT = 20_000

function lookup(word: string): string[][] {
  const cached = cache.get(word)
  if (cached) return cached
  const result = compute(word)
  if (cache.size >= CACHE_LIMIT) cache.clear()
  cache.set(word, result)
  return result
}

function compute(raw: string): string[][] {
  const word = raw.trim().replace(/’/g, "'").replace(/^[^\p{L}\d]+|[^\p{L}\d]+$/gu, '')
  if (!word) return []
  const lower = word.toLowerCase()
  const known = cmuVariants(lower)
  if (known) {
    if (isAcronymLike(word) && word.length <= 5 && !isKnownWord(lower)) {
      // All-caps "UN", "EU": CMU may only have a word reading; keep the letters too. Not for
      // ordinary words written in capitals ("THE", "US", "WHO"), common in all-caps captions.
      const letters = spellOut(lower)
      if (!known.some((variant) => variant.join(' ') === letters.join(' '))) known.push(letters)
    }
    return known
  }
  const pieces = word.split(/[^\p{L}\d']+/u).filter(Boolean)
  if (pieces.length > 1) {
    return [pieces.flatMap((piece) => lookup(piece)[0] ?? [])]
  }
  return fallback(word)
}

/**
 * Every pronunciation of `word` as ARPAbet phones with stress digits stripped
 * ("council" → [["K","AW","N","S","AH","L"]]), CMU variants in CMU's order.
 * Surrounding punctuation is ignored and case does not matter for the lookup.
 *
 * Words CMU lacks get an approximation: all-caps words are spelled as letter
 * names ("OSCE" → O S C E), with a second, word-like reading for pronounceable
 * ones of five letters or more ("ICANN"), unless they are made of CMU words
 * ("RANSOMWARE": word reading first, letters second); "ICTs" is I C T + s; hyphenated
 * words are pronounced part by part; "'s" and a plural "s" after a CMU word are
 * voiced after the stem ("governances"); other words are split into CMU words of
 * three letters or more plus letter-to-sound rules ("ransomware" → ransom + ware).
 * Short all-caps words that CMU has but Hunspell does not know in lower case
 * ("UN", "EU") also get their spelled-out reading as the last variant; capitals
 * on an ordinary word ("THE", "US") change nothing. Digits are read one by one.
 * Returns [] for a token with no letters or digits.
 */
export function pronunciations(word: string): string[][] {
  return lookup(word).map((variant) => [...variant])
}

/** Whether the CMU dictionary itself has `word` (case-insensitive). */
export function inCmu(word: string): boolean {
  return loadCmu().has(word.trim().replace(/’/g, "'").toLowerCase())
}

/**
 * The phones of a phrase: the first pronunciation of each word, concatenated.
 * Elements may themselves hold several space-separated words.
 */
export function phrasePhones(words: readonly string[]): string[] {
  const phones: string[] = []
  for (const item of words) {
    for (const word of item.split(/\s+/)) {
      if (word) phones.push(...(lookup(word)[0] ?? []))
    }
  }
  return phones
}

/** Internal: variants without copying, for the similarity code. */
export function pronunciationsShared(word: string): readonly (readonly string[])[] {
  return lookup(word)
}
