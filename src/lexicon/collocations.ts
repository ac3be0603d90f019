import { readAsciiData } from './data-path.js'
import { SortedTable } from './sorted-table.js'

let table: SortedTable | undefined
let words: SortedTable | undefined

function has(phrase: string): boolean {
  table ??= new SortedTable(readAsciiData('collocations.txt'))
  return table.has(phrase)
}

/** Singular candidates for a plural last word: "rights" → "right", "policies" → "policy", "taxes" → "tax". */
function singulars(word: string): string[] {
  const forms: string[] = []
  if (word.endsWith('ies') && word.length > 4) forms.push(`${word.slice(0, -3)}y`)
  if (word.endsWith('es') && word.length > 3) forms.push(word.slice(0, -2))
  if (word.endsWith('s') && !word.endsWith('ss') && word.length > 2) forms.push(word.slice(0, -1))
  return forms
}

/**
 * Whether `words` (an array, or one string of space-separated words) form a
 * WordNet 3.1 multi-word expression: one of its ~64k lemmas of two or more
 * words, such as "due process", "freedom of speech", "civil law", "take part",
 * "international court of justice". Case-insensitive; hyphens and apostrophes
 * count as written. WordNet lists base forms, so a plural last word is also
 * tried singular ("human rights" → "human right"). A single word is never a
 * collocation. WordNet is general English from the 2000s: newer terms
 * ("internet governance", "due diligence") are not in it.
 */
export function isCollocation(words: readonly string[] | string): boolean {
  const list = (typeof words === 'string' ? [words] : words)
    .flatMap((item) => item.toLowerCase().replace(/’/g, "'").split(/\s+/))
    .filter(Boolean)
  if (list.length < 2) return false
  const phrase = list.join(' ')
  if (has(phrase)) return true
  const head = list.slice(0, -1).join(' ')
  return singulars(list.at(-1) ?? '').some((singular) => has(`${head} ${singular}`))
}

/**
 * Whether a lower-case word of four letters or more is a single-word lemma of WordNet 3.1 (about
 * 76,000): English words that the spelling dictionary lacks, many of them rare or technical
 * ("veridical", "thermistor", "summate"). Base forms only; read on first use.
 */
export function isWordNetWord(word: string): boolean {
  const lower = word.toLowerCase()
  if (lower.length < 4 || !/^[a-z]+$/.test(lower)) return false
  words ??= new SortedTable(readAsciiData('wordnet-words.txt'))
  return words.has(lower)
}
