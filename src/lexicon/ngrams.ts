import { lexiconMeta, readAsciiData } from './data-path.js'
import { SortedTable } from './sorted-table.js'

interface Entry {
  count: number
  /** Followers as stored ("from:4 of:8 with", sorted by word); parsed only for bigramsAfter. */
  raw: string
  followers?: Map<string, number>
  /** Followers looked up so far (count, 0 if never seen), so a repeated pair is a Map hit. */
  seen?: Map<string, number>
}

let table: SortedTable | undefined
/** Entries parsed so far (a few per sentence), so repeated lookups are Map hits. */
const parsed = new Map<string, Entry | null>()

function entryOf(word: string): Entry | undefined {
  const cached = parsed.get(word)
  if (cached !== undefined) return cached ?? undefined
  table ??= new SortedTable(readAsciiData('ngrams.tsv'))
  const line = table.get(word)
  let entry: Entry | null = null
  if (line !== undefined) {
    const tab = line.indexOf('\t')
    entry = { count: Number(line.slice(0, tab)), raw: tab < 0 ? '' : line.slice(tab + 1) }
  }
  if (parsed.size >= 50_000) parsed.clear()
  parsed.set(word, entry)
  return entry ?? undefined
}

/** Keys made so far, by word as given: the normalizers ask about the same words over and over. */
const keys = new Map<string, string>()

function key(word: string): string {
  let made = keys.get(word)
  if (made === undefined) {
    const lower = word.trim().toLowerCase()
    made = lower.includes('’') ? lower.replace(/’/g, "'") : lower
    if (keys.size >= 50_000) keys.clear()
    keys.set(word, made)
  }
  return made
}

function followersOf(entry: Entry): Map<string, number> {
  if (entry.followers) return entry.followers
  const followers = new Map<string, number>()
  for (const item of entry.raw.split(' ')) {
    if (!item) continue
    const colon = item.lastIndexOf(':')
    if (colon > 0) followers.set(item.slice(0, colon), Number(item.slice(colon + 1)))
    else followers.set(item, 1)
  }
  entry.followers = followers
  return followers
}

/**
 * The n-gram corpus: the Brown Corpus (1,011,623 words of 1961 edited American
 * English: press, fiction, learned and government prose) plus the US State of the
 * Union addresses since 1900 (890,104 words of formal political speech), about
 * 1.9 million words, lower-cased. Contractions and possessives are single words
 * ("don't", "nation's"), as in Brown.
 */

/** Times `word` occurs in the n-gram corpus, case-insensitive. 0 if unseen. */
export function unigramCount(word: string): number {
  return entryOf(key(word))?.count ?? 0
}

/**
 * Times `w2` directly follows `w1` in the n-gram corpus, case-insensitive, within
 * a sentence and with no punctuation between them. 0 if never.
 * "international cooperation" → 19, "human rights" → 64.
 */
export function bigramCount(w1: string, w2: string): number {
  const entry = entryOf(key(w1))
  if (!entry) return 0
  const follower = key(w2)
  entry.seen ??= new Map()
  let count = entry.seen.get(follower)
  if (count === undefined) {
    count = findFollower(entry.raw, follower)
    entry.seen.set(follower, count)
  }
  return count
}

/**
 * Binary search of a stored follower list ("and:3 of:8 with", sorted by word)
 * for `word`, in place: jump to the middle, back up to the start of that item,
 * compare. Frequent words have long lists ("the": 170 KB), so this beats both a
 * scan and parsing the list into a Map.
 */
function findFollower(raw: string, word: string): number {
  if (!word) return 0
  let low = 0
  let high = raw.length
  while (low < high) {
    const middle = (low + high) >>> 1
    const start = middle === 0 ? 0 : raw.lastIndexOf(' ', middle - 1) + 1
    const order = compareItem(raw, start, word)
    if (order === 0) {
      const after = start + word.length
      if (raw.charCodeAt(after) !== COLON) return 1
      let stop = raw.indexOf(' ', after)
      if (stop === -1) stop = raw.length
      return Number(raw.slice(after + 1, stop))
    }
    if (order < 0) {
      high = start
    } else {
      const end = raw.indexOf(' ', start)
      if (end === -1) return 0
      low = end + 1
    }
  }
  return 0
}

const SPACE = 32
const COLON = 58

/** Compare `word` with the follower item starting at `start` (its word ends at ':' or ' '). */
function compareItem(raw: string, start: number, word: string): number {
  for (let index = 0; ; index++) {
    const position = start + index
    const code = position < raw.length ? raw.charCodeAt(position) : SPACE
    const ended = code === SPACE || code === COLON
    if (index === word.length) return ended ? 0 : -1
    if (ended) return 1
    const difference = word.charCodeAt(index) - code
    if (difference !== 0) return difference
  }
}

/** The words seen after `w1` in the n-gram corpus with their counts (read-only; do not modify). */
export function bigramsAfter(w1: string): ReadonlyMap<string, number> {
  const entry = entryOf(key(w1))
  return entry ? followersOf(entry) : new Map()
}

/**
 * Size of the n-gram corpus, for smoothing P(w2 | w1): word tokens, distinct
 * words, distinct bigrams. For example, add-k:
 * `(bigramCount(a, b) + k) / (unigramCount(a) + k * types)`.
 */
export function corpusSize(): { tokens: number; types: number; bigramTypes: number } {
  const { tokens, types, bigramTypes } = lexiconMeta().ngrams
  return { tokens, types, bigramTypes }
}
