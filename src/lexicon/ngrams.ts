import { lexiconMeta, readAsciiData } from './data-path.js'
import { SortedTable } from './sorted-table.js'

interface Entry {
  count: number
  /** Followers as stored ("of:8 from:4 with"), parsed on first use. */
  raw: string
  followers?: Map<string, number>
  /** bigramCount calls so far; after a few the followers are parsed into a Map. */
  queries: number
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
    entry = { count: Number(line.slice(0, tab)), raw: tab < 0 ? '' : line.slice(tab + 1), queries: 0 }
  }
  if (parsed.size >= 50_000) parsed.clear()
  parsed.set(word, entry)
  return entry ?? undefined
}

function key(word: string): string {
  return word.trim().toLowerCase().replace(/’/g, "'")
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
  if (entry.followers || ++entry.queries > SCANS_BEFORE_MAP) return followersOf(entry).get(key(w2)) ?? 0
  return scanFollowers(entry.raw, key(w2))
}

/** Lookups of one word's followers answered by scanning before they are parsed into a Map. */
const SCANS_BEFORE_MAP = 3

/** Find `word` in a stored follower list ("of:8 from:4 with") without parsing it. */
function scanFollowers(raw: string, word: string): number {
  if (!word) return 0
  for (let at = raw.indexOf(word); at !== -1; at = raw.indexOf(word, at + 1)) {
    if (at > 0 && raw.charCodeAt(at - 1) !== 32) continue
    const end = at + word.length
    if (end === raw.length || raw.charCodeAt(end) === 32) return 1
    if (raw.charCodeAt(end) !== 58) continue
    let stop = raw.indexOf(' ', end)
    if (stop === -1) stop = raw.length
    const count = raw.slice(end + 1, stop)
    if (/^\d+$/.test(count)) return Number(count)
  }
  return 0
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
