import { lexiconMeta, readAsciiData } from './data-path.js'
import { SortedTable } from './sorted-table.js'

let counts: SortedTable | undefined

function count(word: string): number | undefined {
  counts ??= new SortedTable(readAsciiData('subtlex.tsv'))
  const value = counts.get(word)
  return value === undefined ? undefined : Number(value)
}

/**
 * How often `word` occurs in SUBTLEX-US (51 million words of US film and TV
 * subtitles), as a count. Case-insensitive. SUBTLEX splits contractions at the
 * apostrophe ("don't" → "don" + "t"), so a word with an apostrophe that is not
 * listed as written is counted by its part before the apostrophe ("don't" →
 * "don", "council's" → "council"). 0 if unknown.
 */
export function subtlexCount(word: string): number {
  const lower = word.trim().toLowerCase().replace(/’/g, "'")
  const exact = count(lower)
  if (exact !== undefined) return exact
  const apostrophe = lower.indexOf("'")
  return apostrophe > 0 ? (count(lower.slice(0, apostrophe)) ?? 0) : 0
}

/**
 * Spoken-English frequency of `word` per million words (SUBTLEX-US),
 * case-insensitive; 0 if unknown. "the" ≈ 29,000; "cooperation" ≈ 8;
 * "ransomware" 0 (the corpus predates it).
 */
export function frequency(word: string): number {
  return (subtlexCount(word) / lexiconMeta().subtlex.tokens) * 1e6
}

/**
 * Zipf scale: log10 of the frequency per billion words (van Heuven et al. 2014),
 * so 1 is once per 100 million words and 7 is "the"-level; 0 if unknown.
 * Words seen once in SUBTLEX-US score about 1.3.
 */
export function zipf(word: string): number {
  const n = subtlexCount(word)
  return n === 0 ? 0 : Math.log10((n / lexiconMeta().subtlex.tokens) * 1e9)
}
