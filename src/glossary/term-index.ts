/**
 * The glossary as the normalizers see it: every entry indexed once, when a plugin is attached, by its
 * variants (exact word sequences), its term (for case repair), its letters (for spelled-out acronyms)
 * and its sound (phonetic keys from the lexicon), so that matching a transcript is a hash lookup per
 * span, never a scan of all terms. Also the per-file index of the transcript's words that context
 * checks use. Shared by `glossary-terms`, `term-case` and `spelled-acronyms`.
 */
import { bigramCount, isKnownWord, phoneticKeys, zipf } from '../lexicon/index.js'
import { memoize } from '../lexicon/pair-memo.js'
import { isSpaceGap, type Token } from '../pipeline/context.js'
import type { Glossary, GlossaryEntry } from './types.js'
import { mergeGlossaries } from './load.js'

/** An entry with everything matching needs, computed once. */
export interface IndexedEntry {
  entry: GlossaryEntry
  /** Name of the glossary it came from. */
  glossary: string
  /** The term's words, normalized (lower case, plain hyphen and apostrophe). */
  termWords: string[]
  /** True when the term has capitals to restore ("ICANN", "African Union"). */
  cased: boolean
  /** Context phrases without a slot, as stemmed word lists. */
  context: string[][]
  /** Context phrases with the term's own slot ("to … unidentified"): the words right around it. */
  frames: Frame[]
  /** Allowed look-alikes as normalized word lists. */
  allow: string[][]
  /** The term's letters with spaces, hyphens and case removed ("cybersecurity"). */
  letters: string
}

/** A context phrase with the term's slot: normalized words before and after it, and the phrase as written. */
export interface Frame {
  left: string[]
  right: string[]
  text: string
}

/** A variant listed in the glossary, with its verdict as English. */
export interface IndexedVariant {
  item: IndexedEntry
  /** The variant as written in the glossary. */
  variant: string
  /** True when the variant is ordinary English ("I can", "want to cry"): it then needs context. */
  ordinary: boolean
}

export interface TermIndex {
  entries: IndexedEntry[]
  /** Normalized variant ("due indigenous") → entries listing it. */
  variants: Map<string, IndexedVariant[]>
  maxVariantWords: number
  /** Normalized term ("african union") → entries. */
  terms: Map<string, IndexedEntry[]>
  maxTermWords: number
  /** Lower-case letters of single-word acronyms ("itu") → entries. */
  acronyms: Map<string, IndexedEntry[]>
  /** Phonetic key → entries, for matching by sound. */
  sound: Map<string, IndexedEntry[]>
  /**
   * Less common words of multi-word terms → entries, a second way in for matching by sound when one
   * misheard word changes the phrase's keys ("conference building measures").
   */
  soundWords: Map<string, IndexedEntry[]>
  /** Every normalized word of every term, so a term's own words are never taken for errors. */
  termWordSet: Set<string>
  /** Letters of every term and variant: a span spelling one of them is a matter of form, not sound. */
  letterForms: Set<string>
  /** Neighbouring word pairs of every term and allowed phrase ("secretary general"): a sound match does not cut through one. */
  phrasePairs: Set<string>
}

/** Recently built indexes, keyed by the glossary objects they were built from (in order). */
const recent: Array<{ glossaries: readonly Glossary[]; index: TermIndex }> = []

/**
 * Builds (or returns the cached) index of `glossaries`; user entries win over shipped ones. A new
 * array holding the same glossary objects (each `clean()` call resolves its glossaries afresh) hits
 * the cache, so the shipped glossaries are indexed once per process.
 */
export function termIndexOf(glossaries: readonly Glossary[]): TermIndex {
  const hit = recent.find((r) => r.glossaries.length === glossaries.length && r.glossaries.every((g, k) => g === glossaries[k]))
  if (hit) return hit.index
  const index = buildTermIndex(glossaries)
  recent.unshift({ glossaries: [...glossaries], index })
  if (recent.length > 4) recent.pop()
  return index
}

function buildTermIndex(glossaries: readonly Glossary[]): TermIndex {
  const index: TermIndex = {
    entries: [],
    variants: new Map(),
    maxVariantWords: 0,
    terms: new Map(),
    maxTermWords: 0,
    acronyms: new Map(),
    sound: new Map(),
    soundWords: new Map(),
    termWordSet: new Set(),
    letterForms: new Set(),
    phrasePairs: new Set(),
  }
  const seen = new Set<string>()
  for (const glossary of mergeGlossaries(glossaries)) {
    for (const entry of glossary.terms) {
      // The first glossary that has a term wins (user glossaries are merged over shipped ones).
      if (seen.has(entry.term)) continue
      seen.add(entry.term)
      const termWords = wordsOf(entry.term)
      if (termWords.length === 0) continue
      const item: IndexedEntry = {
        entry,
        glossary: glossary.name,
        termWords,
        cased: /\p{Lu}/u.test(entry.term),
        context: (entry.context ?? [])
          .filter((phrase) => !SLOT.test(phrase))
          .map((phrase) => wordsOf(phrase).map(stem))
          .filter((w) => w.length > 0),
        frames: (entry.context ?? []).flatMap((phrase) => frameOf(phrase) ?? []),
        // An allowed phrase that is just a variant would switch the variant off: ignored. One equal to
        // the term's words ("member states" for "Member States") keeps the lower case as house style.
        allow: (entry.allow ?? [])
          .map(wordsOf)
          .filter((w) => w.length > 0 && !(entry.variants ?? []).some((v) => sameWords(w, wordsOf(v)))),
        letters: lettersOf(entry.term),
      }
      index.entries.push(item)
      for (const words of [termWords, ...item.allow]) for (let k = 1; k < words.length; k++) index.phrasePairs.add(`${words[k - 1]} ${words[k]}`)
      index.letterForms.add(item.letters)
      for (const variant of entry.variants ?? []) index.letterForms.add(lettersOf(variant))
      for (const word of termWords) index.termWordSet.add(word)
      add(index.terms, termWords.join(' '), item)
      index.maxTermWords = Math.max(index.maxTermWords, termWords.length)
      if (entry.kind === 'acronym' && termWords.length === 1 && /^[\p{L}\d]+$/u.test(entry.term)) {
        add(index.acronyms, entry.term.toLowerCase(), item)
      }
      const termKey = termWords.join(' ')
      for (const variant of entry.variants ?? []) {
        const words = wordsOf(variant)
        const key = words.join(' ')
        if (words.length === 0 || key === termKey) continue
        // A spelling variant ("behavior") is the speaker's or the captioner's spelling, and an
        // inflection of a common phrase ("points of contacts") is the speaker's grammar: not mishearings.
        if (spellingVariant(key, termKey) || (!/\p{Lu}/u.test(entry.term) && inflectedPhrase(words, termWords))) continue
        // Nor is a lower-case term re-spaced or inflected as a whole ("cyber securities"): house style;
        // unless the entry decides the re-spacing by frames ("a cross" for "across" in "… the region").
        if (!/\p{Lu}/u.test(entry.term) && item.frames.length === 0 && inflectedPhrase([lettersOf(variant)], [lettersOf(entry.term)])) continue
        // "IGF+" cannot be matched on word boundaries: the tokens would be "IGF" alone.
        if (variant.split(/\s+/).some((w) => /^[^\p{L}\p{N}]|[^\p{L}\p{N}.'’]$/u.test(w))) continue
        const list = index.variants.get(key) ?? []
        if (!list.some((v) => v.item === item)) list.push({ item, variant, ordinary: isOrdinary(words) })
        index.variants.set(key, list)
        index.maxVariantWords = Math.max(index.maxVariantWords, words.length)
      }
      // Confusion-only entries (the `captioning` glossary's pairs) are decided by context elsewhere, and
      // an everyday word decided by frames ("across", "inform") is no term to hear in other words.
      if (entry.confusions && !entry.variants) continue
      if (item.frames.length > 0 && termWords.length === 1 && zipf(termWords[0] as string) >= 3) continue
      for (const key of phoneticKeys(entry.term)) add(index.sound, key, item)
      if (termWords.length > 1) {
        for (const word of termWords) if (word.length >= 4 && zipf(word) < 4) add(index.soundWords, word, item)
      }
    }
  }
  // A word shared by many terms ("security") does not point to any of them.
  for (const [word, items] of index.soundWords) if (items.length > 8) index.soundWords.delete(word)
  // A variant that is another entry's term ("IGF" listed under "IGF Plus") would undo that term.
  for (const key of [...index.variants.keys()]) if (index.terms.has(key)) index.variants.delete(key)
  return index
}

/** US and UK spellings of the same words ("behavior"/"behaviour", "organization"/"organisation"). */
const foldCached = memoize(foldRaw)
export function spellingVariant(a: string, b: string): boolean {
  if (a === b) return false
  const fold = foldCached
  return fold(a) === fold(b)
}
function foldRaw(text: string): string {
  return text
      .replace(/our\b/g, 'or')
      .replace(/is(e|ed|es|ing|ation|ations)\b/g, 'iz$1')
      .replace(/yse\b/g, 'yze')
      .replace(/tre\b/g, 'ter')
      .replace(/ogue\b/g, 'og')
      .replace(/ence\b/g, 'ense')
      .replace(/ll(ed|ing|er)\b/g, 'l$1')
      .replace(/-/g, '')
}

/** The same words but one, which differs by an English ending ("points of contacts"). */
export function inflectedPhrase(words: readonly string[], termWords: readonly string[]): boolean {
  if (words.length !== termWords.length) return false
  let differences = 0
  for (let k = 0; k < words.length; k++) {
    const a = words[k] as string
    const b = termWords[k] as string
    if (a === b) continue
    const [short, long] = a.length <= b.length ? [a, b] : [b, a]
    const plural = short.endsWith('y') && long === `${short.slice(0, -1)}ies`
    if (!plural && (!long.startsWith(short) || !/^(s|es|'s|d|ed|ing)$/.test(long.slice(short.length)))) return false
    differences++
  }
  return differences === 1
}

function sameWords(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((w, k) => w === b[k])
}

function add<T>(map: Map<string, T[]>, key: string, value: T): void {
  const list = map.get(key)
  if (list) {
    if (!list.includes(value)) list.push(value)
  } else map.set(key, [value])
}

/** Lower case, one hyphen and one apostrophe: the form words are compared in. */
export function normalizeWord(word: string): string {
  return word.toLowerCase().replace(/[\u2010-\u2015\u2212]/g, '-').replace(/[\u2018\u2019\u02bc`]/g, "'")
}

/** The normalized words of a phrase as written in a glossary. */
export function wordsOf(phrase: string): string[] {
  return phrase
    .split(/\s+/)
    .map((w) => normalizeWord(w.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '')))
    .filter((w) => w !== '')
}

/** The slot of the term in a context phrase ("to … unidentified"). */
const SLOT = /…|\.\.\./

/** A context phrase with a slot, split there; `undefined` for a plain phrase or one with no words. */
function frameOf(phrase: string): Frame | undefined {
  const parts = phrase.split(SLOT)
  if (parts.length !== 2) return undefined
  const left = wordsOf(parts[0] as string)
  const right = wordsOf(parts[1] as string)
  return left.length + right.length > 0 ? { left, right, text: phrase.trim() } : undefined
}

/**
 * The first of the entry's frames the span `[from, to]` fills: its words stand right before and right
 * after the span, over plain spaces ("to the main unidentified" fills "to … unidentified").
 */
export function frameAt(item: IndexedEntry, tokens: readonly Token[], doc: DocIndex, from: number, to: number): string | undefined {
  for (const frame of item.frames) {
    const start = from - frame.left.length
    const end = to + frame.right.length
    if (start < 0 || end >= doc.norm.length || !plainSpan(tokens, start, end)) continue
    if (frame.left.every((word, k) => doc.norm[start + k] === word) && frame.right.every((word, k) => doc.norm[to + 1 + k] === word)) {
      return frame.text
    }
  }
  return undefined
}

/** A crude stem for context matching: possessive and plural endings removed. */
export function stem(word: string): string {
  let w = normalizeWord(word).replace(/'s?$/, '')
  if (w.length > 4 && w.endsWith('ies')) w = `${w.slice(0, -3)}y`
  else if (w.length > 3 && w.endsWith('s') && !w.endsWith('ss')) w = w.slice(0, -1)
  return w
}

/** Letters and digits only, lower case: "Multi‑stakeholder" and "multi stakeholder" are the same. */
export const lettersOf: (text: string) => string = memoize((text) => text.toLowerCase().replace(/[^\p{L}\p{N}]/gu, ''))

/**
 * Whether a word sequence is ordinary English, so that seeing it is no evidence of a mishearing:
 * every word is a dictionary word and (for phrases) every pair of neighbours occurs in the Brown
 * corpus; a single word must also be common (Zipf 3, once per million words, or more).
 */
export function isOrdinary(words: readonly string[]): boolean {
  if (words.length === 0) return false
  for (const word of words) if (!isKnownWord(word)) return false
  if (words.length === 1) return zipf(words[0] as string) >= 3
  for (let i = 1; i < words.length; i++) if (bigramCount(words[i - 1] as string, words[i] as string) === 0) return false
  return true
}

// ---------------------------------------------------------------------------------------------------
// Per-file index of the transcript

export interface DocIndex {
  /** Normalized word of each token. */
  norm: string[]
  /** Letters and digits of each token, lower case ({@link lettersOf}). */
  letters: string[]
  /** Stem → sorted token indices. */
  byStem: Map<string, number[]>
}

const docCache = new WeakMap<readonly Token[], DocIndex>()

/** The words of a file indexed by stem (computed once per file, shared by the glossary normalizers). */
export function docIndexOf(tokens: readonly Token[]): DocIndex {
  const cached = docCache.get(tokens)
  if (cached) return cached
  const norm = tokens.map((t) => normalizeWord(t.value))
  const byStem = new Map<string, number[]>()
  norm.forEach((word, i) => {
    const key = stem(word)
    const list = byStem.get(key)
    if (list) list.push(i)
    else byStem.set(key, [i])
  })
  const index = { norm, letters: tokens.map((t) => lettersOf(t.value)), byStem }
  docCache.set(tokens, index)
  return index
}

/** Words on either side of a span in which context words count. */
export const CONTEXT_WINDOW = 40

/**
 * The first of the entry's context phrases found within `window` tokens of the span `[from, to]`
 * (token indices, inclusive), outside the span; undefined if none.
 */
export function contextNear(
  item: IndexedEntry,
  doc: DocIndex,
  from: number,
  to: number,
  window = CONTEXT_WINDOW,
): string | undefined {
  return contextsNear(item, doc, from, to, window, true)[0]
}

/**
 * The entry's context phrases that say what a passage is about (phrases of several words, single words
 * less common than Zipf 4: "censorship", not "state"), as {@link topicOf} counts them.
 */
export function topical(phrase: string): boolean {
  const words = phrase.split(' ')
  return words.length > 1 || (!/^\d/.test(phrase) && zipf(phrase) < TOPICAL)
}

/** Every one of the entry's context phrases found near the span (or only the first, with `first`). */
export function contextsNear(
  item: IndexedEntry,
  doc: DocIndex,
  from: number,
  to: number,
  window = CONTEXT_WINDOW,
  first = false,
): string[] {
  const found: string[] = []
  for (const phrase of item.context) {
    const positions = doc.byStem.get(phrase[0] as string)
    if (!positions) continue
    let i = lowerBound(positions, from - window)
    for (; i < positions.length; i++) {
      const p = positions[i] as number
      if (p > to + window) break
      if (p + phrase.length - 1 >= from && p <= to) continue
      if (phrase.every((word, k) => doc.byStem.get(word) !== undefined && stem(doc.norm[p + k] ?? '') === word)) {
        found.push(phrase.join(' '))
        if (first) return found
        break
      }
    }
  }
  return found
}

/** Zipf below which a single context word says what a file is about ("norm", "cybersecurity"; not "national"). */
const TOPICAL = 4

/**
 * The entry's context phrases that occur anywhere in the file outside token span `[from, to]` and
 * say what it is about: phrases of several words, and single words less common than Zipf 4 (numbers
 * say nothing about a topic). Weaker evidence than a context word nearby ({@link contextNear}).
 */
export function topicOf(item: IndexedEntry, doc: DocIndex, from: number, to: number): string[] {
  const found: string[] = []
  for (const phrase of item.context) {
    if (!topical(phrase.join(' '))) continue
    const positions = doc.byStem.get(phrase[0] as string) ?? []
    const seen = positions.some(
      (p) => !(p + phrase.length - 1 >= from && p <= to) && phrase.every((word, k) => stem(doc.norm[p + k] ?? '') === word),
    )
    if (seen) found.push(phrase.join(' '))
  }
  return found
}

/**
 * How often the term is written elsewhere in the file (outside token span `[from, to]`): for cased
 * terms with its exact casing or in a mis-cased form that is not English; in any case otherwise, or
 * when `anyCase` (the term's words in any case are the term once `term-case` has run). A hyphen of the
 * term written as a space or the other way round ("confidence building measures" for
 * "confidence-building measures") is the transcript's house style and counts as the term.
 */
export function termElsewhere(
  item: IndexedEntry,
  tokens: readonly Token[],
  doc: DocIndex,
  from: number,
  to: number,
  anyCase = false,
): number {
  return termSpansElsewhere(item, tokens, doc, from, to, anyCase).length
}

/** The token spans `[first, last]` where {@link termElsewhere} finds the term, in reading order. */
export function termSpansElsewhere(
  item: IndexedEntry,
  tokens: readonly Token[],
  doc: DocIndex,
  from: number,
  to: number,
  anyCase = false,
): Array<[number, number]> {
  const pieces = item.entry.term.split(/[\s\u2010-\u2015-]+/).filter((p) => p !== '')
  const first = pieces[0]
  if (first === undefined) return []
  const starts = new Set([...(doc.byStem.get(stem(item.termWords[0] as string)) ?? []), ...(doc.byStem.get(stem(first)) ?? [])])
  const exact = item.cased && !anyCase
  const spans: Array<[number, number]> = []
  for (const p of [...starts].sort((a, b) => a - b)) {
    // The tokens from `p` on, cut at hyphens, must give the term's pieces and end with the last one.
    let k = 0
    let q = p
    let ok = true
    while (ok && k < pieces.length) {
      const token = tokens[q]
      if (!token || (q > p && !/^[ \t\u00a0]+$/.test(token.gap))) {
        ok = false
        break
      }
      const value = stripPossessive(token.value)
      const got = value.split(/[\u2010-\u2015-]/)
      const want = pieces.slice(k, k + got.length)
      if (want.length < got.length) ok = false
      else if (exact) {
        // The term as written, or an unmistakable lower-case form of it ("sdgs" for "SDGs"): one
        // that is not English. Counting it keeps a second run from finding new evidence in the first
        // run's own fixes.
        ok = got.every((piece, n) => piece === want[n]) || (got.every((piece, n) => piece === want[n]?.toLowerCase()) && !englishWord(value))
      } else ok = got.every((piece, n) => normalizeWord(piece) === normalizeWord(want[n] as string))
      k += got.length
      q++
    }
    if (!ok || k !== pieces.length) continue
    if (q - 1 >= from && p <= to) continue
    spans.push([p, q - 1])
  }
  return spans
}

/**
 * The term as the file writes it elsewhere: its letters, with the spaces and hyphens the file puts
 * between its pieces where those differ from the glossary's ("confidence building measures" where the
 * glossary writes "confidence-building measures"); the glossary's form when the file writes it so, or
 * not at all.
 */
export function houseForm(item: IndexedEntry, tokens: readonly Token[], spans: ReadonlyArray<[number, number]>): string {
  const term = item.entry.term
  const written = spans.map(([p, q]) => tokens.slice(p, q + 1).map((t) => stripPossessive(t.value)).join(' '))
  if (written.length === 0) return term
  // The most frequent spacing among the file's forms (the first on a tie).
  const separators = (w: string) => (w.match(/[\s\u2010-\u2015-]+/g) ?? []).map((sep) => (/\s/.test(sep) ? ' ' : sep.charAt(0))).join('')
  const counts = new Map<string, number>()
  for (const w of written) counts.set(separators(w), (counts.get(separators(w)) ?? 0) + 1)
  const best = [...counts].sort((a, b) => b[1] - a[1])[0]?.[0] ?? ''
  const pieces = term.split(/[\s\u2010-\u2015-]+/).filter((p) => p !== '')
  if (best.length !== pieces.length - 1) return term
  return pieces.map((piece, k) => piece + (best[k] ?? '')).join('')
}

/** "ICANN's" → "ICANN". */
export function stripPossessive(word: string): string {
  return word.replace(/['’]s$/i, '')
}

/**
 * Whether an allowed look-alike of the entry covers the whole token span `[from, to]`: "I can see"
 * keeps "I can" when the entry allows "I can see".
 */
export function allowedHere(item: IndexedEntry, doc: DocIndex, from: number, to: number): boolean {
  for (const phrase of item.allow) {
    if (phrase.length < to - from + 1) continue
    for (let start = to - phrase.length + 1; start <= from; start++) {
      if (start < 0) continue
      if (phrase.every((word, k) => doc.norm[start + k] === word)) return true
    }
  }
  return false
}

function lowerBound(values: readonly number[], target: number): number {
  let lo = 0
  let hi = values.length
  while (lo < hi) {
    const mid = (lo + hi) >> 1
    if ((values[mid] as number) < target) lo = mid + 1
    else hi = mid
  }
  return lo
}

/** The term as it should replace `actual`: sentence-initial capital kept for lower-case terms. */
export function replacementFor(item: IndexedEntry, actual: string, sentenceInitial: boolean, form = item.entry.term): string {
  const term = form
  if (!item.cased && sentenceInitial && /^\p{Lu}/u.test(actual)) return term.charAt(0).toUpperCase() + term.slice(1)
  return term
}

/** Validates the `glossaries` plugin option, naming it in the TypeError. */
export function glossariesOption(source: string, options: unknown): Glossary[] {
  if (options === undefined || options === null) return []
  if (typeof options !== 'object') throw new TypeError(`${source}: options must be an object, got ${typeof options}`)
  const glossaries = (options as { glossaries?: unknown }).glossaries
  if (glossaries === undefined) return []
  if (!Array.isArray(glossaries)) {
    throw new TypeError(`${source}: options.glossaries must be an array of glossaries, got ${typeof glossaries}`)
  }
  glossaries.forEach((glossary: unknown, i) => {
    const terms = (glossary as { terms?: unknown } | null)?.terms
    if (!Array.isArray(terms)) throw new TypeError(`${source}: options.glossaries[${i}].terms must be an array`)
    terms.forEach((entry: unknown, k) => {
      const term = (entry as { term?: unknown } | null)?.term
      if (typeof term !== 'string' || term.trim() === '') {
        throw new TypeError(`${source}: options.glossaries[${i}].terms[${k}].term must be a non-empty string`)
      }
    })
  })
  return glossaries as Glossary[]
}

/** Token `i` starts a sentence (or the file). */
export function sentenceInitial(tokens: readonly Token[], i: number): boolean {
  const token = tokens[i]
  const previous = tokens[i - 1]
  return !previous || !token || previous.sentence !== token.sentence
}

/**
 * The span of tokens `[i, j]` has only spacing between its words: spaces, or one line break (a
 * caption or transcript line wrapped mid-phrase), never punctuation or a blank line.
 */
export function plainSpan(tokens: readonly Token[], i: number, j: number): boolean {
  for (let k = i + 1; k <= j; k++) {
    const token = tokens[k]
    if (!token || !isSpaceGap(token.gap) || token.sentence !== tokens[i]?.sentence) return false
  }
  return true
}

/**
 * How well the span `[i, j]` reads on as English with its neighbours: the smaller Brown-corpus count
 * of the pairs (previous word, first word) and (last word, next word), over plain spaces only; 0 when
 * punctuation or the file's edge is on both sides. "I can do" reads on; "the I can board" does not.
 */
export function englishFit(tokens: readonly Token[], doc: DocIndex, i: number, j: number): number {
  const counts: number[] = []
  if (i > 0 && plainSpan(tokens, i - 1, i)) counts.push(bigramCount(doc.norm[i - 1] as string, doc.norm[i] as string))
  if (j + 1 < tokens.length && plainSpan(tokens, j, j + 1)) counts.push(bigramCount(doc.norm[j] as string, doc.norm[j + 1] as string))
  return counts.length === 0 ? 0 : Math.min(...counts)
}

/** A dictionary word or a common word (a possessive ending ignored). */
export const englishWord: (word: string) => boolean = memoize(englishWordUncached)
function englishWordUncached(word: string): boolean {
  const bare = word.replace(/['’]s$/i, '')
  if (isKnownWord(word) || isKnownWord(bare) || zipf(bare) >= 3) return true
  // British spellings ("metre", "mitre", "organisation") of dictionary words.
  const us = bare.toLowerCase().replace(/tre$/, 'ter').replace(/our$/, 'or').replace(/is(e|ed|es|ing|ation|ations)$/, 'iz$1')
  if (us !== bare.toLowerCase() && isKnownWord(us)) return true
  // A hyphenated compound of English words ("follow-up", "non-binding") is English.
  const parts = bare.split(/[-\u2010\u2011]/)
  return parts.length > 1 && parts.every((part) => part !== '' && (isKnownWord(part) || zipf(part) >= 3))
}
