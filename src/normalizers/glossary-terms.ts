/**
 * `glossary-terms`: misheard domain terms, from the glossaries.
 *
 * - `variant`: a mishearing the glossary lists ("due indigenous" → "due diligence"), matched
 *   case-insensitively on word boundaries. A variant that is ordinary English ("I can", "want to cry")
 *   is only changed where one of the entry's context words is near or the term is written correctly
 *   elsewhere in the file, and one that begins with a verb only where a name can stand ("attacks like
 *   want to cry", not "the nurses want to cry"); otherwise it is a low-confidence suggestion. Allowed
 *   look-alikes ("I can see") are never touched.
 * - `sound`: an unlisted mishearing that sounds like a term ("zor blacks protocol" → "Zorblax
 *   Protocol"). Every term is indexed by its phonetic keys when the plugin is attached; each span of
 *   1-4 words looks its keys up (a hash lookup, so the cost grows with the transcript, not the
 *   glossary), and candidates are scored by how alike they sound, how unlikely the heard words are as
 *   English (a non-word, a capital letter standing alone, a word pair never seen together), the term's
 *   context words nearby (one that names the subject, "censorship", counts for more than "state") and
 *   the term written elsewhere in the file (in the file's own spacing, which the fix then takes).
 *   Ordinary English ("I can see", "the first time", "corporate") is never changed into a term; words
 *   that join into an English word ("stock holders") are a split, and English words that sound only
 *   roughly like a term ("dual allegiance") stay suggestions. Spelling or spacing variants of a term
 *   ("cyber security") are left to the house style.
 *
 * Case repair is `term-case`; spelled-out letters are `spelled-acronyms`.
 */
import type { Root } from 'nlcst'
import type { Plugin } from 'unified'
import type { Glossary } from '../glossary/types.js'
import {
  allowedHere,
  contextNear,
  contextsNear,
  docIndexOf,
  englishFit,
  englishWord,
  frameAt,
  glossariesOption,
  inflectedPhrase,
  lettersOf,
  normalizeWord,
  plainSpan,
  replacementFor,
  sentenceInitial,
  spellingVariant,
  termElsewhere,
  termSpansElsewhere,
  houseForm,
  termIndexOf,
  topical,
  type DocIndex,
  type IndexedEntry,
  type TermIndex,
} from '../glossary/term-index.js'
import { bigramCount, phoneticKeys, soundSimilarity, unigramCount, zipf } from '../lexicon/index.js'
import { PairMemo } from '../lexicon/pair-memo.js'
import { propose, tokensOf, type Token } from '../pipeline/context.js'
import type { Proposal } from '../types.js'

export const GLOSSARY_TERMS_RULES = [
  /** A mishearing the glossary lists as a variant of the term. */
  'variant',
  /** An unlisted span that sounds like a glossary term. */
  'sound',
] as const

export type GlossaryTermsRule = (typeof GLOSSARY_TERMS_RULES)[number]

export interface GlossaryTermsOptions {
  /** The glossaries to use (the pipeline passes the shipped ones and the user's). */
  glossaries?: Glossary[]
  /** Match unlisted mishearings by sound (default true). */
  sound?: boolean
}

const SOURCE = 'glossary-terms'
/** Longest span, in words, compared by sound with the terms. */
const MAX_SOUND_WORDS = 4
/** Least sound similarity for a sound match. */
const MIN_SIMILARITY = 0.8
/** Least sound similarity for changing a span of English words into a term. */
const CLOSE_SOUND = 0.85
const WORD = /^[\p{L}\p{N}][\p{L}\p{N}'’\u2010\u2011-]*$/u
/** A capital standing alone that is not a word of its own (A, I, O): a spelled letter. */
const SPELLED_LETTER = /^(?![AIO]$)\p{Lu}$/u
const TITLE_WORD = /^\p{Lu}\p{Ll}+$/u

export const glossaryTerms: Plugin<[GlossaryTermsOptions?], Root> = function (options) {
  const glossaries = glossariesOption(SOURCE, options)
  const sound = options?.sound ?? true
  if (typeof sound !== 'boolean') throw new TypeError(`${SOURCE}: options.sound must be a boolean, got ${typeof sound}`)
  const index = termIndexOf(glossaries)

  return (tree, file) => {
    if (index.entries.length === 0) return
    const tokens = tokensOf(tree, file)
    const doc = docIndexOf(tokens)
    const text = String(file.value)
    const proposals: Proposal[] = []
    matchVariants(index, tokens, doc, text, proposals)
    if (sound) matchSounds(index, tokens, doc, text, proposals)
    for (const proposal of proposals) propose(file, proposal)
  }
}

function matchVariants(index: TermIndex, tokens: readonly Token[], doc: DocIndex, text: string, out: Proposal[]): void {
  // The term written elsewhere is evidence, and this run's own fixes write it: repeat until the
  // applied fixes no longer change, so that a second run over the cleaned text finds nothing new.
  let applied = new Map<IndexedEntry, Array<[number, number]>>()
  let proposals: Proposal[] = []
  for (let round = 0; round < 4; round++) {
    proposals = []
    variantProposals(index, tokens, doc, text, proposals, applied)
    const next = new Map<IndexedEntry, Array<[number, number]>>()
    for (const p of proposals) {
      if (p.confidence < 0.5) continue
      const item = index.entries.find((e) => e.entry.term === p.glossaryTerm)
      if (item) next.set(item, [...(next.get(item) ?? []), [p.start, p.end]])
    }
    const key = (m: Map<IndexedEntry, Array<[number, number]>>) =>
      [...m].map(([k, spans]) => `${k.entry.term}:${spans.map((x) => x.join('-')).join(',')}`).sort().join('|')
    const same = key(next) === key(applied)
    applied = next
    if (same) break
  }
  out.push(...proposals)
}

function variantProposals(
  index: TermIndex,
  tokens: readonly Token[],
  doc: DocIndex,
  text: string,
  out: Proposal[],
  applied: ReadonlyMap<IndexedEntry, ReadonlyArray<[number, number]>>,
): void {
  // Listed variants that are not English are the term for sure ("first commitee"): they count as the
  // term written elsewhere, as they will after this run, so a second run finds no new evidence.
  const sure = new Map<IndexedEntry, number>()
  forEachVariant(index, tokens, doc, (i, j, { item }) => {
    if (tokens.slice(i, j + 1).some((t) => !englishWord(t.value))) sure.set(item, (sure.get(item) ?? 0) + 1)
  })
  for (const [i, j, found] of variantSpans(index, tokens, doc)) {
    {
      const first = tokens[i] as Token
      const last = tokens[j] as Token
      const actual = text.slice(first.start, last.end)
      for (const { item, variant, ordinary } of found) {
        // The term itself in another case or spacing is `term-case`'s; a re-spacing an entry decides by
        // frames ("a cross" for "across") is this rule's.
        if (lettersOf(actual) === item.letters && (item.frames.length === 0 || doc.norm.slice(i, j + 1).join(' ') === item.termWords.join(' '))) continue
        if (allowedHere(item, doc, i, j)) continue
        const context = contextNear(item, doc, i, j)
        const nonWord = tokens.slice(i, j + 1).some((t) => !englishWord(t.value))
        // Written elsewhere: as the term (in any case: `term-case` fixes the case), as a variant that is
        // surely the term, or as a fix this run makes (not counting this span's own).
        const fixes = (applied.get(item) ?? []).filter(([a, b]) => b <= first.start || a >= last.end).length
        const elsewhere = termElsewhere(item, tokens, doc, i, j, true) + Math.max((sure.get(item) ?? 0) - (nonWord ? 1 : 0), fixes)
        // A frame of the entry ("to … unidentified" for "remain") that the span fills: the words right
        // around it take the term and, as the glossary checks against clean English, not the span.
        const frame = nonWord ? undefined : frameAt(item, tokens, doc, i, j)
        // An entry that names its frames is decided by them: without one, or a context word nearby, its
        // everyday variants ("the main") are not even suggested. The term written elsewhere does not
        // count here: "remain" in one sentence says nothing of "the main reason" in the next.
        if (!nonWord && !frame && item.frames.length > 0 && !context) continue
        let confidence: number
        let why: string
        if (frame) {
          confidence = context || elsewhere > 0 ? 0.85 : 0.75
          why = `is listed in the ${item.glossary} glossary as a mishearing; its words are also English, but they stand in '${frame}', where the term does and they do not${context || elsewhere > 0 ? `, and ${evidenceText(context, elsewhere, item)}` : ''}`
        } else if (nonWord) {
          confidence = context || elsewhere > 0 ? 0.92 : 0.86
          why = `is listed in the ${item.glossary} glossary as a mishearing and is not English as written`
        } else {
          const shared = sharesContentWord(doc.norm.slice(i, j + 1), item.termWords)
          const support = context || elsewhere > 0
          // A single English word must not read on with either neighbour ("spear fishing off").
          const fit = i === j ? englishFitMax(tokens, doc, i) : englishFit(tokens, doc, i, j)
          // A single common word ("fishing", "manners") needs both the context and the term elsewhere.
          const enough = i === j && !shared ? Boolean(context) && elsewhere > 0 : support
          // English words that begin with a verb ("want to cry") read as a name only where a name can
          // stand: after an article or a preposition ("attacks like want to cry"), or with no word
          // before them; after any other word they are that word's verb phrase ("the nurses want to
          // cry"), even where the corpus has never seen the pair.
          // A subject and its verb ("I can") are a clause wherever they stand; they read as a name
          // only after an article or a preposition ("the I can board", "with I can").
          const clause = i < j && SUBJECTS.includes(doc.norm[i] as string) && verbFirst(doc.norm[i + 1] as string)
          const place =
            shared ||
            i === j ||
            (clause ? i > 0 && plainSpan(tokens, i - 1, i) && BEFORE_NAME.has(doc.norm[i - 1] as string) : !verbFirst(doc.norm[i] as string) || namePlace(tokens, doc, i))
          // After an article or a true preposition ("of I can and the RIRs") a subject and its verb
          // cannot start a clause, so reading on to the right is no evidence against the name; after
          // "as", "than" or "like" they can ("as I can and will").
          const nameAfterPreposition = clause && place && !CLAUSE_OPENERS.has(doc.norm[i - 1] as string)
          if (enough && (shared || fit === 0 || nameAfterPreposition) && place) {
            confidence = context && elsewhere > 0 ? 0.82 : 0.75
            const against = shared
              ? 'it is a near-copy of the term'
              : fit === 0
                ? 'they do not fit the words around them'
                : `after \`${tokens[i - 1]?.value ?? ''}\` a subject and its verb cannot start a clause`
            why = `is listed in the ${item.glossary} glossary as a mishearing; its words are also English, but ${against} and ${evidenceText(context, elsewhere, item)}`
          } else if (enough && (shared || fit === 0)) {
            confidence = 0.35
            why = clause
              ? `is listed in the ${item.glossary} glossary as a mishearing, but its words are English, a subject and its verb, and no article or preposition before them makes them a name`
              : `is listed in the ${item.glossary} glossary as a mishearing, but its words are English and begin with a verb, and a name cannot follow \`${tokens[i - 1]?.value ?? ''}\``
          } else if (support) {
            // "I can do it": the words read on as English with their neighbours; the term would not.
            confidence = 0.35
            why = `is listed in the ${item.glossary} glossary as a mishearing, but its words are English and read on with the words around them`
          } else {
            // Everyday words that read on with their neighbours, and nothing that points to the term
            // ("I can try to answer that"): not worth a reviewer's look.
            if (fit > 0 && !shared) continue
            confidence = 0.3
            why = `is listed in the ${item.glossary} glossary as a mishearing, but its words are English and nothing nearby points to the term`
          }
        }
        const expected = replacementFor(item, actual, sentenceInitial(tokens, i))
        out.push({
          source: SOURCE,
          ruleId: 'variant',
          start: first.start,
          end: last.end,
          expected: [expected],
          confidence,
          reason: `\`${actual}\` → \`${expected}\`: \`${variant}\` ${why}.`,
          evidence: {
            nonWord,
            ordinaryEnglish: ordinary,
            ...(context ? { context } : {}),
            ...(frame ? { frame } : {}),
            termElsewhere: elsewhere,
            glossary: item.glossary,
          },
          glossaryTerm: item.entry.term,
        })
      }
    }
  }
}

/** Calls `visit` for every listed variant found in the tokens. */
function forEachVariant(
  index: TermIndex,
  tokens: readonly Token[],
  doc: DocIndex,
  visit: (i: number, j: number, found: { item: IndexedEntry }) => void,
): void {
  for (const [i, j, list] of variantSpans(index, tokens, doc)) for (const found of list) visit(i, j, found)
}

type VariantSpan = [number, number, NonNullable<ReturnType<TermIndex['variants']['get']>>]
const spanCache = new WeakMap<readonly Token[], { index: TermIndex; spans: VariantSpan[] }>()
const prefixCache = new WeakMap<TermIndex, Set<string>>()

/** The spans that are listed variants, in reading order (found once per file, not once per round). */
function variantSpans(index: TermIndex, tokens: readonly Token[], doc: DocIndex): VariantSpan[] {
  const cached = spanCache.get(tokens)
  if (cached && cached.index === index) return cached.spans
  let prefixes = prefixCache.get(index)
  if (!prefixes) {
    prefixes = new Set()
    for (const key of index.variants.keys()) {
      const words = key.split(' ')
      for (let k = 1; k <= words.length; k++) prefixes.add(words.slice(0, k).join(' '))
    }
    prefixCache.set(index, prefixes)
  }
  const spans: VariantSpan[] = []
  for (let i = 0; i < tokens.length; i++) {
    let key = ''
    for (let n = 1; n <= index.maxVariantWords && i + n <= tokens.length; n++) {
      const j = i + n - 1
      if (n > 1 && !plainSpan(tokens, j - 1, j)) break
      key = n === 1 ? (doc.norm[i] as string) : `${key} ${doc.norm[j] as string}`
      if (!prefixes.has(key)) break
      const found = index.variants.get(key)
      if (found) spans.push([i, j, found])
    }
  }
  spanCache.set(tokens, { index, spans })
  return spans
}

/** Words after which a name can stand (articles, prepositions, "like", "called"), but no verb can. */
const BEFORE_NAME = new Set([
  'a', 'about', 'against', 'among', 'an', 'as', 'at', 'by', 'called', 'dubbed', 'during', 'from', 'in',
  'including', 'into', 'like', 'named', 'of', 'on', 'than', 'the', 'this', 'through', 'versus', 'via', 'with',
])

const SUBJECTS = ['i', 'you', 'we', 'they', 'he', 'she', 'it', 'who']

/** Words of {@link BEFORE_NAME} that can also open a clause ("as I can", "more than I can", "like I can"). */
const CLAUSE_OPENERS = new Set(['as', 'than', 'like', 'about'])

/**
 * A word that follows a subject pronoun in a fifth or more of its uses in the corpus is a verb
 * ("want", "can", "are"; not "under", "end", "capacity"): a phrase it begins needs a subject.
 */
function verbFirst(word: string): boolean {
  const uses = unigramCount(word)
  if (uses < 20) return false
  let after = 0
  for (const subject of SUBJECTS) after += bigramCount(subject, word)
  return after / uses >= 0.2
}

/** Token `i` has no word before it in its sentence (over plain spaces), or one a name can follow. */
function namePlace(tokens: readonly Token[], doc: DocIndex, i: number): boolean {
  if (i === 0 || !plainSpan(tokens, i - 1, i)) return true
  return BEFORE_NAME.has(doc.norm[i - 1] as string)
}

/** Words that go before any noun: a pair with one says nothing about whether the noun fits. */
const ARTICLES = new Set(['the', 'a', 'an'])

/** Zipf from which a word is so common that an unseen pair with it is sparse data, not a misfit. */
const COMMON_NEIGHBOUR = 5

/**
 * The larger Brown count of a word's pairs with its neighbours. An article on the left is no
 * neighbour to read on with when the word on the right is a content word the variant does not fit
 * ("the bricks summit", "a fishing email"); before a common word ("the bricks were") it still counts,
 * since an unseen pair of a common word says little in a corpus of a million words.
 */
function englishFitMax(tokens: readonly Token[], doc: DocIndex, i: number): number {
  const right = pairCount(tokens, doc, i)
  const next = i + 1 < tokens.length && plainSpan(tokens, i, i + 1) ? (doc.norm[i + 1] as string) : undefined
  const contentNext = next !== undefined && !FUNCTION_WORDS.has(next) && zipf(next) < COMMON_NEIGHBOUR
  const left = i > 0 && ARTICLES.has(doc.norm[i - 1] as string) && contentNext ? 0 : pairCount(tokens, doc, i - 1)
  return Math.max(left, right)
}

function pairCount(tokens: readonly Token[], doc: DocIndex, k: number): number {
  if (k < 0 || k + 1 >= tokens.length || !plainSpan(tokens, k, k + 1)) return 0
  return bigramCount(doc.norm[k] as string, doc.norm[k + 1] as string)
}

/** The span and the term share a word that is not a function word ("generals assembly", "General Assembly"). */
function sharesContentWord(words: readonly string[], termWords: readonly string[]): boolean {
  return words.some((w) => w.length > 1 && !FUNCTION_WORDS.has(w) && termWords.includes(w))
}

function evidenceText(context: string | undefined, elsewhere: number, item: IndexedEntry, form = item.entry.term): string {
  const parts: string[] = []
  if (context) parts.push(`'${context}' is nearby`)
  const as = form === item.entry.term ? '' : ` (as \`${form}\`)`
  if (elsewhere > 0) parts.push(`\`${item.entry.term}\` is written ${elsewhere}× elsewhere in the file${as}`)
  return parts.join(' and ')
}

interface SoundCandidate extends Proposal {
  score: number
}

function matchSounds(index: TermIndex, tokens: readonly Token[], doc: DocIndex, text: string, out: Proposal[]): void {
  const found: SoundCandidate[] = []
  // Numbers and proper names (a capitalised word mid-sentence) are not evidence of a mishearing.
  // A capital letter standing alone ("ID U") is a spelled letter, not a word, though the dictionary
  // lists the letters: only "I", "A" and "O" are words.
  const known = tokens.map(
    (t, k) =>
      WORD.test(t.value) &&
      !SPELLED_LETTER.test(t.value) &&
      (knownWord(t.value, index) || /^\d+$/.test(t.value) || (TITLE_WORD.test(t.value) && !sentenceInitial(tokens, k))),
  )
  const numeric = tokens.map((t) => /^\d/.test(t.value))
  const isWord = tokens.map((t) => WORD.test(t.value))
  // Per neighbour pair (k, k + 1), computed once: whether English never puts the two together.
  const unseenAfter = tokens.map(
    (_, k) => k + 1 < tokens.length && !numeric[k] && !numeric[k + 1] && bigramCount(doc.norm[k] as string, doc.norm[k + 1] as string) === 0,
  )
  for (let i = 0; i < tokens.length; i++) {
    if (!isWord[i]) continue
    let unknown = 0
    let unseenPair = false
    // The span's letters and whether every word is a single letter, grown with the span.
    let spanLetters = ''
    let singleLetters = true
    for (let n = 1; n <= MAX_SOUND_WORDS && i + n <= tokens.length; n++) {
      const j = i + n - 1
      if (n > 1 && (!plainSpan(tokens, j - 1, j) || !isWord[j])) break
      const letters = doc.letters[j] as string
      spanLetters += letters
      singleLetters &&= letters.length === 1
      // Evidence that the words were misheard: a non-word, or two neighbours English never puts together.
      if (!known[j]) unknown++
      if (n > 1 && unseenAfter[j - 1]) unseenPair = true
      if (unknown === 0 && !unseenPair) continue
      // Spans that begin or end with a function word are left to the shorter span without it.
      if (n > 1 && (FUNCTION_WORDS.has(doc.norm[i] as string) || FUNCTION_WORDS.has(doc.norm[j] as string))) continue
      // Single letters are spelled out (`spelled-acronyms`), not misheard.
      if (n > 1 && singleLetters) continue
      // A span spelling a term or a listed variant is a matter of form (`term-case`, `variant`).
      if (index.letterForms.has(spanLetters)) continue
      // A span that cuts through a term or an allowed phrase ("UN Secretary" of "UN Secretary General")
      // hears only part of what was said.
      if (cutsPhrase(index, tokens, doc, i - 1) || cutsPhrase(index, tokens, doc, j)) continue
      const words = doc.norm.slice(i, j + 1)
      const first = tokens[i] as Token
      const last = tokens[j] as Token
      const actual = text.slice(first.start, last.end)
      const candidates = new Set<IndexedEntry>()
      for (const key of phoneticKeys(actual)) for (const item of index.sound.get(key) ?? []) candidates.add(item)
      if (n > 1) for (const word of words) for (const item of index.soundWords.get(word) ?? []) candidates.add(item)
      for (const item of candidates) {
        // Lengths too far apart cannot sound alike (as computeSoundMatch checks first): skipped here,
        // before the span's memo key is even built.
        const ratio = spanLetters.length / Math.max(1, item.letters.length)
        if (ratio < 0.6 || ratio > 1.6) continue
        const candidate = scoreSound(item, actual, words, unknown, unseenPair, tokens, doc, i, j)
        if (candidate) found.push(candidate)
      }
    }
  }
  // Keep the best of overlapping sound matches; the resolver weighs them against other normalizers.
  found.sort((a, b) => b.score - a.score || b.end - b.start - (a.end - a.start) || a.start - b.start)
  const kept: SoundCandidate[] = []
  for (const candidate of found) {
    if (kept.some((k) => k.start < candidate.end && candidate.start < k.end)) continue
    kept.push(candidate)
  }
  for (const { score: _score, ...proposal } of kept) out.push(proposal)
}

/**
 * Tokens `k` and `k + 1` are two content words side by side in a glossary term or an allowed phrase
 * ("secretary general"; not "the internet", which any span may start after).
 */
function cutsPhrase(index: TermIndex, tokens: readonly Token[], doc: DocIndex, k: number): boolean {
  if (k < 0 || k + 1 >= tokens.length || !plainSpan(tokens, k, k + 1)) return false
  const left = doc.norm[k] as string
  const right = doc.norm[k + 1] as string
  return !FUNCTION_WORDS.has(left) && !FUNCTION_WORDS.has(right) && index.phrasePairs.has(`${left} ${right}`)
}

function scoreSound(
  item: IndexedEntry,
  actual: string,
  words: readonly string[],
  unknown: number,
  unseenPair: boolean,
  tokens: readonly Token[],
  doc: DocIndex,
  i: number,
  j: number,
): SoundCandidate | undefined {
  const similarity = soundMatch(item, actual, words, unknown)
  if (similarity === undefined) return undefined
  if (allowedHere(item, doc, i, j)) return undefined
  // The term's other words are already there ("IANA steward ship transition"): not this span's term.
  const before = doc.norm[i - 1]
  const after = doc.norm[j + 1]
  if ((before && item.termWords.includes(before)) || (after && item.termWords.includes(after))) return undefined
  // A context word that says what the passage is about ("censorship") counts for more than a common
  // one ("state", "government"), which is near half the sentences of any speech.
  const near = contextsNear(item, doc, i, j)
  const context = near.find(topical) ?? near[0]
  const specific = context !== undefined && topical(context)
  const spans = termSpansElsewhere(item, tokens, doc, i, j)
  const elsewhere = spans.length
  const lexical = unknown > 0 ? 0.3 : unseenPair ? 0.1 : 0
  const contextual = Math.min(0.25, (context ? (specific ? 0.2 : 0.1) : 0) + (elsewhere > 0 ? 0.15 : 0))
  const acoustic = ((similarity - MIN_SIMILARITY) / (1 - MIN_SIMILARITY)) * 0.3
  // A single dictionary word is weak evidence of a mishearing: it needs the context to speak.
  const singleKnown = words.length === 1 && unknown === 0 ? 0.15 : 0
  let confidence = Math.min(0.9, Math.max(0.05, 0.25 + lexical + contextual + acoustic - singleKnown))
  // Without a non-word or anything nearby pointing to the term, a sound match is only a suggestion;
  // so is a single word ("intercessional" prayer) with nothing nearby.
  if ((unknown === 0 || words.length === 1) && !context && elsewhere === 0) confidence = Math.min(confidence, 0.4)
  // English words that only sound roughly like the term ("dual allegiance", 0.82 like "due diligence")
  // are a suggestion whatever is nearby: a non-word or a close sound is needed to change real words.
  if (unknown === 0 && similarity < CLOSE_SOUND) confidence = Math.min(confidence, 0.45)
  // A non-word that sounds only roughly like the term, with nothing nearby pointing to it, may be a
  // spelling of its own (the archaic "colde more" is not "Cold War"): a suggestion.
  if (unknown > 0 && similarity < CLOSE_SOUND && !context && elsewhere === 0) confidence = Math.min(confidence, 0.45)
  // The file's own spacing of the term ("confidence building measures") is its house style.
  const form = houseForm(item, tokens, spans)
  const expected = replacementFor(item, actual, sentenceInitial(tokens, i), form)
  const spelled = tokens.slice(i, j + 1).filter((t) => SPELLED_LETTER.test(t.value)).map((t) => `\`${t.value}\``)
  const heard =
    unknown > 0 && spelled.length === unknown
      ? `${spelled.join(', ')} standing alone, a spelled letter and not a word`
      : unknown > 0
        ? `${unknown === 1 ? 'a word that is' : 'words that are'} not English`
        : 'a word pair English does not use'
  const rough =
    similarity >= CLOSE_SOUND
      ? ''
      : unknown === 0
        ? `, but its words are English and sound only roughly like it`
        : !context && elsewhere === 0
          ? ', and it sounds only roughly like it'
          : ''
  const support = (context || elsewhere > 0 ? `; ${evidenceText(context, elsewhere, item, form)}` : '; no context word nearby') + rough
  return {
    source: SOURCE,
    ruleId: 'sound',
    start: (tokens[i] as Token).start,
    end: (tokens[j] as Token).end,
    expected: [expected],
    confidence,
    score: confidence + similarity / 100,
    reason: `\`${actual}\` → \`${expected}\`: sounds like the ${item.glossary} glossary term (similarity ${similarity.toFixed(2)}) and has ${heard}${support}.`,
    evidence: {
      similarity: Math.round(similarity * 100) / 100,
      nonWords: unknown,
      unseenPair,
      ...(context ? { context } : {}),
      termElsewhere: elsewhere,
      glossary: item.glossary,
    },
    glossaryTerm: item.entry.term,
  }
}

/**
 * How alike the span sounds to the term, or undefined when the span cannot be a mishearing of it:
 * everything about a sound match that does not depend on where the span stands. Spans recur (a
 * transcript repeats its phrases, a batch its files' phrases), so the answers are kept.
 */
function soundMatch(item: IndexedEntry, actual: string, words: readonly string[], unknown: number): number | undefined {
  return soundMatches.get(item, `${unknown}\u0000${actual}\u0000${words.join(' ')}`, () => computeSoundMatch(item, actual, words, unknown))
}

/** Sound matches decided so far, by term (entries of a pipeline's index) and span. */
const soundMatches = new PairMemo<IndexedEntry, string, number | undefined>(200_000, { weak: true })

function computeSoundMatch(item: IndexedEntry, actual: string, words: readonly string[], unknown: number): number | undefined {
  const letters = lettersOf(actual)
  // Lengths too far apart cannot sound alike: the cheapest test first (most candidates fail it).
  const ratio = letters.length / Math.max(1, item.letters.length)
  if (ratio < 0.6 || ratio > 1.6) return undefined
  // The term itself, spaced or cased differently, or an inflection of it: not a mishearing.
  if (letters === item.letters || letters.includes(item.letters)) return undefined
  if (unknown === 0 && inflectionOf(letters, item.letters)) return undefined
  // English words that join into an English word ("stock holders") are a split word, which explains
  // the unseen pair: no sign of a mishearing (`split-words` joins them).
  if (unknown === 0 && words.length > 1 && englishWord(letters)) return undefined
  // One word already is the term or an inflection of it ("cyberattack last" for "cyberattacks"): the
  // other words are words of their own, not part of a misheard term.
  if (words.length > 1 && words.some((w) => lettersOf(w) === item.letters || inflectionOf(lettersOf(w), item.letters))) return undefined
  // A negative prefix on a term's word ("irresponsible state behaviour") is the opposite, not a mishearing.
  if (words.some((w) => item.termWords.some((t) => t.length > 3 && w !== t && /^(ir|in|im|il|un|non|dis|non-)$/.test(w.slice(0, w.length - t.length)) && w.endsWith(t)))) return undefined
  // The term's words with an ending ("state's responsibility") are grammar, not a mishearing.
  if (inflectedPhrase(words, item.termWords)) return undefined
  // A span made only of the term's own words in another order or number is not a mishearing either.
  if (words.every((w) => item.termWords.includes(w))) return undefined
  if (spellingVariant(words.join(' '), item.termWords.join(' '))) return undefined
  // Words the span shares with the term at either end ("WSIS follow-up" / "WSIS Forum") say nothing
  // about the sound of the rest: the differing part must sound alike on its own.
  const rest = differingParts(words, item.termWords)
  if (!rest) return undefined
  const whole = soundSimilarity(actual, item.entry.term)
  const similarity = rest.shared > 0 ? (whole + soundSimilarity(rest.span, rest.term)) / 2 : whole
  const short = Math.min(letters.length, item.letters.length) <= 4
  if (similarity < (short ? 0.9 : MIN_SIMILARITY)) return undefined
  return similarity
}

/** The span's and the term's words without the words they share at the start and the end. */
function differingParts(words: readonly string[], termWords: readonly string[]): { span: string; term: string; shared: number } | undefined {
  const a = [...words]
  const b = termWords.flatMap((w) => w.split('-'))
  let shared = 0
  while (a.length > 0 && b.length > 0 && a[0] === b[0]) {
    a.shift()
    b.shift()
    shared++
  }
  while (a.length > 0 && b.length > 0 && a[a.length - 1] === b[b.length - 1]) {
    a.pop()
    b.pop()
    shared++
  }
  if (a.length === 0 || b.length === 0) return undefined
  return { span: a.join(' '), term: b.join(' '), shared }
}

/** A word of the dictionary, a common word, or a word of some glossary term. */
function knownWord(word: string, index: TermIndex): boolean {
  return englishWord(word) || index.termWordSet.has(normalizeWord(word.replace(/['’]s$/i, '')))
}

/** `a` is `b` with an English ending (or the other way round): "norm"/"norms", "ICANN's". */
function inflectionOf(a: string, b: string): boolean {
  const [short, long] = a.length <= b.length ? [a, b] : [b, a]
  if (!long.startsWith(short)) return false
  return /^(s|es|'s|d|ed|ing|al|ly|er|ers)$/.test(long.slice(short.length))
}

const FUNCTION_WORDS = new Set([
  'a', 'an', 'and', 'are', 'as', 'at', 'be', 'but', 'by', 'for', 'from', 'has', 'have', 'he', 'i', 'if',
  'in', 'is', 'it', 'its', 'of', 'on', 'or', 'our', 'she', 'so', 'that', 'the', 'their', 'they', 'this',
  'to', 'was', 'we', 'were', 'which', 'with', 'you',
])
