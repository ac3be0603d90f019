import { lexiconMeta, readData } from './data-path.js'
import { SortedTable } from './sorted-table.js'

interface Entry {
  count: number
  /** Followers as stored ("of:8 from:4 with"), parsed on first use. */
  raw: string
  followers?: Map<string, number>
}

let table: SortedTable | undefined
/** Entries parsed so far (a few per sentence), so repeated lookups are Map hits. */
const parsed = new Map<string, Entry | null>()

function entryOf(word: string): Entry | undefined {
  const cached = parsed.get(word)
  if (cached !== undefined) return cached ?? undefined
  table ??= new SortedTable(readData('brown.tsv'))
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
 * Times `word` occurs in the Brown Corpus (1,011,623 words of 1961 edited
 * American English: press, fiction, learned and government prose),
 * case-insensitive. 0 if unseen.
 */
export function unigramCount(word: string): number {
  return entryOf(key(word))?.count ?? 0
}

/**
 * Times `w2` directly follows `w1` in the Brown Corpus, case-insensitive, within
 * a sentence and with no punctuation between them. 0 if never.
 * "international cooperation" → 2.
 */
export function bigramCount(w1: string, w2: string): number {
  const entry = entryOf(key(w1))
  return entry ? (followersOf(entry).get(key(w2)) ?? 0) : 0
}

/** The words seen after `w1` in the Brown Corpus with their counts (read-only; do not modify). */
export function bigramsAfter(w1: string): ReadonlyMap<string, number> {
  const entry = entryOf(key(w1))
  return entry ? followersOf(entry) : new Map()
}

/** Brown Corpus size: word tokens, distinct words, distinct bigrams (for smoothing). */
export function corpusSize(): { tokens: number; types: number; bigramTypes: number } {
  const { tokens, types, bigramTypes } = lexiconMeta().brown
  return { tokens, types, bigramTypes }
}
