/**
 * `confusables`: real words in the wrong place, from the confusion pairs of the glossaries
 * ("corporation" heard for "cooperation", "principal" for "principle"), decided by context.
 *
 * For a word `a` that a glossary lists as a confusion of a term `c`, the normalizer compares how well
 * each fits where the word stands (a noisy-channel comparison in which the channel cost of the pair
 * is already paid by the glossary listing it):
 * - neighbours in the corpus (Brown and State of the Union addresses): how much more often the left
 *   and right words occur beside `c` than chance predicts, against the same for `a` (smoothed
 *   log-odds, so unseen pairs of rare words are weak evidence, not confident nonsense);
 * - the document itself: the same neighbours around `c` and `a` elsewhere in the transcript (a
 *   transcript that says "international cooperation" three times is evidence against one
 *   "international corporation"), and how often it writes each word at all (half the log-ratio,
 *   at most 1.5 either way). These counts are read as the cleaned transcript will read: the changes
 *   the run applies (confidence at or above `applyAt`, the pipeline's default threshold 0.5) count as
 *   written, and the words are scored again until the set of changes stays the same, so cleaning
 *   twice changes nothing more;
 * - the glossary entry's context: words within a window on either side, and frames with the word's
 *   own slot ("international … between states") matched against the words right around it.
 * The log-odds are summed, a prior for the word as written is subtracted, and the logistic of the
 * result is the confidence. Besides the glossaries' pairs, common homophones from the CMU dictionary
 * ("site" / "sight") are candidates too, with a stronger prior against a change. Only a change that context strongly prefers comes out above the default
 * threshold; weaker ones are suggestions. A word inside a multi-word mishearing that a glossary lists
 * as a variant ("security counsel", "brake out") is left to `glossary-terms`, which fixes the phrase.
 */
import type { Root } from 'nlcst'
import type { Plugin } from 'unified'
import type { VFile } from 'vfile'
import type { Glossary } from '../glossary/types.js'
import { bigramCount, corpusSize, isKnownWord, unigramCount, zipf } from '../lexicon/index.js'
import { readData } from '../lexicon/data-path.js'
import { isSpaceGap, propose, tokensOf, type Token } from '../pipeline/context.js'

export interface ConfusablesOptions {
  glossaries: readonly Glossary[]
  /** Words on either side searched for context words (default 12). */
  window?: number
  /** Log-odds against a change before any evidence (default 2.5, i.e. about 12 to 1). */
  prior?: number
  /**
   * Also take common homophones from the CMU dictionary as candidates ("site" / "sight"), with
   * `homophonePrior` more log-odds against a change since no glossary lists them (default true).
   */
  homophones?: boolean
  /** Extra log-odds against a change to an unlisted homophone (default 1.5). */
  homophonePrior?: number
  /**
   * The confidence at which the pipeline applies a change: the pipeline passes its `minConfidence`
   * (0.5 when the plugin is used on its own). The transcript's own evidence is read as if the changes
   * at or above it were already made, so that cleaning twice changes nothing more.
   */
  applyAt?: number
}

/** Rule ids of this normalizer. */
export type ConfusablesRule = 'context-pair'

/** Words this common (Zipf; "there", "then", "here") change only inside a listed frame. */
const EVERYDAY_ZIPF = 5.5

/** Rounds of scoring with the changes of the previous round counted as written. */
const MAX_ROUNDS = 4

/** Homophone sets with a word this common (Zipf, about 60 per million words) are not used. */
const HOMOPHONE_MAX_ZIPF = 4.8

interface Candidate {
  /** The replacement as the glossary writes it. */
  term: string
  /** Extra log-odds against the change (unlisted homophones). */
  penalty: number
  /** The context that selects the term. */
  context: Context
}

/** An entry's context (lower case), split once into frames and plain phrases. */
interface Context {
  /** Phrases with the word's own slot, as the words before and after the slot. */
  frames: ReadonlyArray<readonly [readonly string[], readonly string[]]>
  /** Words and phrases anywhere nearby. */
  phrases: readonly string[][]
}

const NO_CONTEXT: Context = { frames: [], phrases: [] }

function contextFrom(phrases: readonly string[]): Context {
  const frames: Array<[string[], string[]]> = []
  const plain: string[][] = []
  for (const phrase of phrases) {
    const words = phrase.toLowerCase().split(/\s+/).filter(Boolean)
    const slot = words.findIndex((word) => word === '…' || word === '...')
    if (slot !== -1) frames.push([words.slice(0, slot), words.slice(slot + 1)])
    else if (words.length > 0) plain.push(words)
  }
  return { frames, phrases: plain }
}

interface Evidence {
  corpus: number
  document: number
  contextFor: number
  contextAgainst: number
  score: number
}

export const confusables: Plugin<[ConfusablesOptions?], Root> = function (options) {
  if (!Array.isArray(options?.glossaries)) throw new TypeError('confusables: options.glossaries must be an array of glossaries')
  const glossaries: readonly Glossary[] = options.glossaries
  const window = options?.window ?? 12
  if (!Number.isInteger(window) || window < 0) throw new TypeError('confusables: options.window must be a whole number')
  const prior = options?.prior ?? 2.5
  if (typeof prior !== 'number' || !Number.isFinite(prior)) throw new TypeError('confusables: options.prior must be a number')

  const contextOf = new Map<string, Context>()
  const candidatesOf = new Map<string, Candidate[]>()
  for (const glossary of glossaries) {
    for (const entry of glossary.terms) {
      if (!entry.confusions?.length) continue
      contextOf.set(entry.term.toLowerCase(), contextFrom(entry.context ?? []))
    }
  }
  for (const glossary of glossaries) {
    for (const entry of glossary.terms) {
      const term = entry.term
      if (/\s/.test(term)) continue
      for (const confusion of entry.confusions ?? []) {
        const key = confusion.toLowerCase()
        if (/\s/.test(key) || key === term.toLowerCase()) continue
        const list = candidatesOf.get(key) ?? []
        if (!list.some((c) => c.term.toLowerCase() === term.toLowerCase())) {
          list.push({ term, penalty: 0, context: contextOf.get(term.toLowerCase()) ?? NO_CONTEXT })
        }
        candidatesOf.set(key, list)
      }
    }
  }
  const applyAt = options?.applyAt ?? 0.5
  if (typeof applyAt !== 'number' || !(applyAt >= 0 && applyAt <= 1)) throw new TypeError('confusables: options.applyAt must be a number from 0 to 1')
  const homophonePrior = options?.homophonePrior ?? 1.5
  if (typeof homophonePrior !== 'number' || !Number.isFinite(homophonePrior)) throw new TypeError('confusables: options.homophonePrior must be a number')
  if (options?.homophones !== false) {
    for (const line of readData('homophones.tsv').split('\n')) {
      // Content words only: everyday words (there/their, here/hear, made/maid) are heard right far
      // more often than a two-word context can show otherwise.
      const words = line.split(' ').filter(Boolean)
      if (words.some((word) => zipf(word) >= HOMOPHONE_MAX_ZIPF)) continue
      for (const word of words) {
        if (candidatesOf.has(word)) continue
        const others = words.filter((other) => other !== word)
        candidatesOf.set(word, others.map((term) => ({ term, penalty: homophonePrior, context: contextOf.get(term) ?? NO_CONTEXT })))
      }
    }
  }
  // Multi-word mishearings the glossaries list as a whole ("security counsel" for "Security
  // Council", "brake out" for "breakout"), by first word: `glossary-terms` decides such a phrase as a
  // whole, and a fix of one of its words alone ("security council", "break out") would be a partial one.
  const phrasesByFirst = new Map<string, string[][]>()
  for (const glossary of glossaries) {
    for (const entry of glossary.terms) {
      for (const variant of entry.variants ?? []) {
        const words = variant.toLowerCase().split(/\s+/).filter(Boolean)
        if (words.length < 2) continue
        const list = phrasesByFirst.get(words[0]!) ?? []
        list.push(words)
        phrasesByFirst.set(words[0]!, list)
      }
    }
  }
  const tokensInCorpus = corpusSize().tokens
  const hyphenFrames = hyphenFramesOf(glossaries)

  return (tree, file) => {
    const tokens = tokensOf(tree, file)
    if (candidatesOf.size === 0) return
    if (hyphenFrames.size > 0) proposeInCompounds(file, tokens, hyphenFrames)
    const inListedPhrase = listedPhraseTokens(tokens, phrasesByFirst)

    // Everything that does not depend on the rest of the transcript, once per token and candidate.
    const sites: Site[] = []
    for (const token of tokens) {
      const candidates = candidatesOf.get(token.lower)
      if (!candidates || inListedPhrase.has(token.index)) continue
      // A capitalised word inside a sentence is a name ("Microsoft Corporation"), not a confusion.
      const sentenceStart = token.index === 0 || tokens[token.index - 1]!.sentence !== token.sentence
      if (!sentenceStart && token.value[0] !== token.value[0]!.toLowerCase()) continue
      const left = neighbour(tokens, token, -1)
      const right = neighbour(tokens, token, +1)
      const againstContext = contextOf.get(token.lower) ?? NO_CONTEXT
      const options: SiteCandidate[] = []
      for (const candidate of candidates) {
        const c = candidate.term.toLowerCase()
        const a = token.lower
        // Everyday words (there/their, then/than, and/an) change only inside a listed frame (below):
        // without one, nothing else about the site needs working out.
        const everyday = zipf(a) >= EVERYDAY_ZIPF || zipf(c) >= EVERYDAY_ZIPF
        if (everyday && !candidate.context.frames.some(([before, after]) => frameMatches(tokens, token, before, after))) continue
        // The stenographer already wrote the candidate (or began it) right beside the word: a
        // re-stroke, which the repetition normalizer handles as a whole.
        if (restroked(tokens, token, c)) continue
        // "than" always takes a complement: it cannot end a sentence or stand before a comma
        // ("things were even worse then.").
        if (c === 'than' && right === undefined) continue
        const forHits = contextHits(tokens, token, candidate.context, window)
        // Everyday words (there/their, then/than) are heard right far more often than neighbouring
        // counts can show otherwise: they change only inside a frame the glossary lists.
        if (forHits.frames === 0 && everyday) continue
        // A function word beside it ("the … of", "a … that") says little about which word was meant.
        const corpus =
          (left ? neighbourWeight(left) * (association(left, c, tokensInCorpus) - association(left, a, tokensInCorpus)) : 0) +
          (right ? neighbourWeight(right) * (association(c, right, tokensInCorpus) - association(a, right, tokensInCorpus)) : 0)
        const contextAgainst = contextHits(tokens, token, againstContext, window).hits
        options.push({ candidate, term: c, corpus, contextFor: forHits.hits, contextAgainst })
      }
      if (options.length > 0) sites.push({ token, left, right, options })
    }
    if (sites.length === 0) return

    // The transcript's own evidence, read as the cleaned transcript will read: the changes this run
    // applies count as written, so a second run over the cleaned text finds nothing more to change.
    // Rounds repeat until the set of applied changes stays the same (a few at most; each change
    // only adds evidence for words of its kind).
    let applied = new Map<number, string>()
    const base = baseCounts(tokens)
    const asWritten = documentCounts(tokens, base, applied)
    let decisions = sites.map((site) => decide(site, asWritten))
    for (let round = 1; round < MAX_ROUNDS; round++) {
      const next = new Map<number, string>()
      decisions.forEach((decision, k) => {
        if (decision && decision.confidence >= applyAt) next.set(sites[k]!.token.index, decision.option.term)
      })
      if (sameChanges(next, applied)) break
      applied = next
      const counts = documentCounts(tokens, base, applied)
      decisions = sites.map((site) => decide(site, counts))
    }

    decisions.forEach((decision, k) => {
      if (!decision || decision.confidence < 0.2) return
      const { token, left, right } = sites[k]!
      const { option, evidence } = decision
      const replacement = matchCase(option.candidate.term, token.value)
      const against = prior + option.candidate.penalty
      propose(file, {
        source: 'confusables',
        ruleId: 'context-pair',
        start: token.start,
        end: token.end,
        expected: [replacement],
        confidence: decision.confidence,
        reason: reasonOf(token.value, replacement, left, right, evidence, against),
        evidence: { ...evidence, prior: against, listed: option.candidate.penalty === 0 },
        glossaryTerm: option.candidate.term,
      })
    })

    /** The best candidate at a site given the transcript's counts, with its confidence. */
    function decide(site: Site, counts: DocumentCounts): { option: SiteCandidate; evidence: Evidence; confidence: number } | undefined {
      const { token, left, right } = site
      const a = token.lower
      // This occurrence itself is not evidence for either word: take out what it adds to the counts
      // (as written, or as changed in an earlier round).
      const own = counts.written.get(token.index) ?? a
      const words = (word: string) => counts.word(word) - (word === own ? 1 : 0)
      const bigrams = (first: string, second: string, mine: string) =>
        // (At least 0: a neighbour changed in an earlier round moved this word's own pair to another key.)
        Math.max(0, counts.bigram(first, second) - (mine === own ? 1 : 0))
      let best: { option: SiteCandidate; evidence: Evidence } | undefined
      for (const option of site.options) {
        const c = option.term
        // The same neighbours around either word elsewhere, and how the transcript spells the pair
        // throughout: a word written one way ten times is evidence against a stray other one.
        const documentScore =
          (left ? neighbourWeight(left) * Math.log((bigrams(left, c, c) + 0.25) / (bigrams(left, a, a) + 0.25)) : 0) +
          (right ? neighbourWeight(right) * Math.log((bigrams(c, right, c) + 0.25) / (bigrams(a, right, a) + 0.25)) : 0) +
          clampTo(0.5 * Math.log((words(c) + 0.5) / (words(a) + 0.5)), 1.5)
        const score =
          option.corpus + documentScore + 1.2 * Math.min(option.contextFor, 4) - 1.2 * Math.min(option.contextAgainst, 4) - prior - option.candidate.penalty
        const evidence = {
          corpus: round(option.corpus),
          document: round(documentScore),
          contextFor: option.contextFor,
          contextAgainst: option.contextAgainst,
          score: round(score),
        }
        if (!best || score > best.evidence.score) best = { option, evidence }
      }
      if (!best) return undefined
      // Nothing heard is certain: confidences stay within [0.01, 0.99].
      const confidence = Math.min(0.99, 1 / (1 + Math.exp(-best.evidence.score)))
      // Neighbour counts alone, with no context word or frame of the pair nearby, choose between two
      // real words no better than a reviewer would: a suggestion ("the principal of the debt" beside
      // a transcript that writes "principle" often; "good axis to").
      return { ...best, confidence: best.evidence.contextFor === 0 ? Math.min(confidence, NO_CONTEXT_CAP) : confidence }
    }
  }
}

/** A word with candidates, its neighbours, and what each candidate scores apart from the document. */
interface Site {
  token: Token
  left: string | undefined
  right: string | undefined
  options: SiteCandidate[]
}

interface SiteCandidate {
  candidate: Candidate
  /** The candidate in lower case. */
  term: string
  corpus: number
  contextFor: number
  contextAgainst: number
}

/** Word and neighbour counts of the transcript, with the changes in `written` (token index → word) made. */
interface DocumentCounts {
  word(word: string): number
  bigram(first: string, second: string): number
  written: ReadonlyMap<number, string>
}

/** Counts of the transcript as written: made once, then only the changes of a round are added. */
interface BaseCounts {
  words: Map<string, number>
  bigrams: Map<string, number>
}

function baseCounts(tokens: readonly Token[]): BaseCounts {
  const words = new Map<string, number>()
  for (const token of tokens) words.set(token.lower, (words.get(token.lower) ?? 0) + 1)
  const bigrams = new Map<string, number>()
  for (let index = 1; index < tokens.length; index++) {
    if (!joined(tokens, index)) continue
    const key = `${tokens[index - 1]!.lower} ${tokens[index]!.lower}`
    bigrams.set(key, (bigrams.get(key) ?? 0) + 1)
  }
  return { words, bigrams }
}

/** Whether token `index` and the one before it are neighbours in one sentence. */
function joined(tokens: readonly Token[], index: number): boolean {
  const token = tokens[index]!
  return token.sentence === tokens[index - 1]!.sentence && isSpaceGap(token.gap)
}

function documentCounts(tokens: readonly Token[], base: BaseCounts, written: ReadonlyMap<number, string>): DocumentCounts {
  const word = (index: number) => written.get(index) ?? tokens[index]!.lower
  // What the changes add and take away: each changed token moves its word and its two pairs.
  const words = new Map<string, number>()
  const bigrams = new Map<string, number>()
  const add = (map: Map<string, number>, key: string, by: number) => map.set(key, (map.get(key) ?? 0) + by)
  const pairs = new Set<number>()
  for (const [index, to] of written) {
    add(words, tokens[index]!.lower, -1)
    add(words, to, 1)
    if (index > 0) pairs.add(index)
    if (index + 1 < tokens.length) pairs.add(index + 1)
  }
  for (const index of pairs) {
    if (!joined(tokens, index)) continue
    add(bigrams, `${tokens[index - 1]!.lower} ${tokens[index]!.lower}`, -1)
    add(bigrams, `${word(index - 1)} ${word(index)}`, 1)
  }
  return {
    word: (w) => (base.words.get(w) ?? 0) + (words.get(w) ?? 0),
    bigram: (first, second) => {
      const key = `${first} ${second}`
      return (base.bigrams.get(key) ?? 0) + (bigrams.get(key) ?? 0)
    },
    written,
  }
}

function sameChanges(a: ReadonlyMap<number, string>, b: ReadonlyMap<number, string>): boolean {
  if (a.size !== b.size) return false
  for (const [index, word] of a) if (b.get(index) !== word) return false
  return true
}

/**
 * How much more often `w1 w2` occurs in the corpus than chance predicts, as smoothed log-odds:
 * log((n(w1 w2) + ½) / (n(w1)·n(w2)/N + ½)), floored at 0. Unseen pairs score 0, so a sparse corpus
 * gives weak evidence rather than confident nonsense.
 */
function association(w1: string, w2: string, tokens: number): number {
  const expected = (unigramCount(w1) * unigramCount(w2)) / tokens
  // Only attraction counts: a pair never seen is no evidence in speech, where fragments abound.
  return Math.max(0, Math.log((bigramCount(w1, w2) + 0.5) / (expected + 0.5)))
}

function neighbour(tokens: readonly Token[], token: Token, step: -1 | 1): string | undefined {
  const other = tokens[token.index + step]
  if (!other || other.sentence !== token.sentence) return undefined
  const gap = step === -1 ? token.gap : other.gap
  return isSpaceGap(gap) ? other.lower : undefined
}

/** Indices of the tokens inside an occurrence (within one sentence) of a listed multi-word variant. */
function listedPhraseTokens(tokens: readonly Token[], phrasesByFirst: ReadonlyMap<string, readonly string[][]>): Set<number> {
  const covered = new Set<number>()
  if (phrasesByFirst.size === 0) return covered
  for (const token of tokens) {
    for (const words of phrasesByFirst.get(token.lower) ?? []) {
      const last = token.index + words.length - 1
      if (last >= tokens.length || tokens[last]!.sentence !== token.sentence) continue
      if (!words.every((word, k) => tokens[token.index + k]!.lower === word)) continue
      for (let index = token.index; index <= last; index++) covered.add(index)
    }
  }
  return covered
}

/**
 * Context evidence around the token, each phrase counted once: a phrase anywhere within `window`
 * words counts 1; a frame with the word's own slot ("international … between states", "lose …")
 * that matches the words right around the token counts 2, since a collocation is stronger evidence.
 */
function contextHits(tokens: readonly Token[], token: Token, context: Context, window: number): { hits: number; frames: number } {
  const from = Math.max(0, token.index - window)
  const to = Math.min(tokens.length, token.index + window + 1)
  let hits = 0
  let frames = 0
  for (const [before, after] of context.frames) {
    if (frameMatches(tokens, token, before, after)) {
      hits += 2
      frames++
    }
  }
  for (const phrase of context.phrases) {
    for (let index = from; index + phrase.length <= to; index++) {
      if (index <= token.index && token.index < index + phrase.length) continue
      if (phrase.every((word, k) => tokens[index + k]!.lower === word)) {
        hits++
        break
      }
    }
  }
  return { hits, frames }
}

/** Whether a word beside the token is the candidate, or a fragment that begins it ("consense census"). */
function restroked(tokens: readonly Token[], token: Token, candidate: string): boolean {
  for (const step of [-1, 1]) {
    const other = tokens[token.index + step]
    if (!other || other.sentence !== token.sentence) continue
    if (other.lower === candidate) return true
    if (other.lower.length >= 4 && candidate.startsWith(other.lower.slice(0, Math.max(4, other.lower.length - 2))) && other.lower !== token.lower) return true
  }
  return false
}

/** Whether the words right before and after the token, in its sentence, are `before` and `after`. */
function frameMatches(tokens: readonly Token[], token: Token, before: readonly string[], after: readonly string[]): boolean {
  if (before.length === 0 && after.length === 0) return false
  // A frame is words side by side: a comma or a dash between them breaks it ("accountable, and
  // transparency" is no "… and transparency").
  for (let k = 1; k <= before.length; k++) {
    const other = tokens[token.index - k]
    const next = tokens[token.index - k + 1] as Token
    if (!other || other.sentence !== token.sentence || other.lower !== before[before.length - k] || !isSpaceGap(next.gap)) return false
  }
  for (let k = 1; k <= after.length; k++) {
    const other = tokens[token.index + k]
    if (!other || other.sentence !== token.sentence || other.lower !== after[k - 1] || !isSpaceGap(other.gap)) return false
  }
  return true
}

function matchCase(term: string, written: string): string {
  if (written === written.toUpperCase() && written.length > 1) return term.toUpperCase()
  if (written[0] !== written[0]!.toLowerCase() && term[0] === term[0]!.toLowerCase()) return term[0]!.toUpperCase() + term.slice(1)
  return term
}

function reasonOf(actual: string, expected: string, left: string | undefined, right: string | undefined, evidence: Evidence, prior: number): string {
  const where = `'${left ?? ''} … ${right ?? ''}'`.replace("' … ", "'… ").replace(" … '", " …'")
  const factor = Math.exp(evidence.score + prior)
  const times = factor >= 10 ? Math.round(factor).toString() : factor.toFixed(1)
  const parts = [`${expected} fits ${where} ${times}× better than ${actual}`]
  const sources: string[] = []
  if (Math.abs(evidence.corpus) >= 0.5) sources.push('neighbouring words in the Brown and State of the Union corpora')
  if (Math.abs(evidence.document) >= 0.5) sources.push('the same words elsewhere in this transcript')
  if (evidence.contextFor > 0) sources.push(`context of '${expected}' nearby (${evidence.contextFor} point${evidence.contextFor === 1 ? '' : 's'}: a word 1, a frame 2)`)
  if (evidence.contextAgainst > 0) sources.push(`context of '${actual}' (${evidence.contextAgainst})`)
  const capped = evidence.contextFor === 0 && 1 / (1 + Math.exp(-evidence.score)) > NO_CONTEXT_CAP
  return `${parts[0]}${sources.length ? ` (${sources.join('; ')})` : ''}${capped ? '; but no context word or frame of the pair is nearby, so only a suggestion' : ''}.`
}

/** Highest confidence of a change that no context word or frame of its pair supports. */
const NO_CONTEXT_CAP = 0.45

/** How much a neighbour's corpus association counts: a quarter for everyday function words. */
function neighbourWeight(word: string): number {
  return zipf(word) >= EVERYDAY_ZIPF ? 0.25 : 1
}

function clampTo(value: number, bound: number): number {
  return Math.max(-bound, Math.min(bound, value))
}

function round(value: number): number {
  return Math.round(value * 100) / 100
}

/** A one-word frame with a hyphen ("…-fire" for cease, "court-…" for martial): the other half, and where the slot is. */
interface HyphenFrame {
  term: string
  frame: string
  other: string
  slotFirst: boolean
}

const HYPHEN = /[-\u2010\u2011]/

/** The hyphen frames of every entry with confusions, by confused word. */
function hyphenFramesOf(glossaries: readonly Glossary[]): Map<string, HyphenFrame[]> {
  const byConfusion = new Map<string, HyphenFrame[]>()
  for (const glossary of glossaries) {
    for (const entry of glossary.terms) {
      if (!entry.confusions?.length || /\s/.test(entry.term)) continue
      for (const phrase of entry.context ?? []) {
        const match = /^(?:(…|\.\.\.)-([\p{L}]+)|([\p{L}]+)-(…|\.\.\.))$/u.exec(phrase.trim().toLowerCase())
        if (!match) continue
        const slotFirst = match[1] !== undefined
        const frame: HyphenFrame = { term: entry.term, frame: phrase.trim(), other: (slotFirst ? match[2] : match[3])!, slotFirst }
        for (const confusion of entry.confusions) {
          const key = confusion.toLowerCase()
          if (/\s/.test(key)) continue
          const list = byConfusion.get(key) ?? []
          list.push(frame)
          byConfusion.set(key, list)
        }
      }
    }
  }
  return byConfusion
}

/**
 * Confusions inside a hyphenated compound ("seize-fire", "duel-use"), which the tokenizer keeps as
 * one word: the half that a glossary entry's hyphen frame selects is changed, when the compound as
 * written is no word. A frame is evidence of the pair (the captioning glossary's frames are ones the
 * written word never fills in Brown or the State of the Union addresses), so the change is applied.
 */
function proposeInCompounds(file: VFile, tokens: readonly Token[], frames: ReadonlyMap<string, HyphenFrame[]>): void {
  for (const token of tokens) {
    const parts = token.value.split(HYPHEN)
    if (parts.length !== 2 || !parts[0] || !parts[1]) continue
    const lower = parts.map((part) => part.toLowerCase())
    if (isKnownWord(token.lower) || isKnownWord(lower.join(''))) continue
    for (const [index, part] of lower.entries()) {
      const found = frames.get(part)?.find((frame) => frame.slotFirst === (index === 0) && frame.other === lower[1 - index])
      if (!found) continue
      const written = parts[index]!
      const sentenceStart = token.index === 0 || tokens[token.index - 1]!.sentence !== token.sentence
      if (written[0] !== written[0]!.toLowerCase() && !(sentenceStart && index === 0)) break
      const start = token.start + (index === 0 ? 0 : parts[0]!.length + 1)
      const expected = matchCase(found.term, written)
      propose(file, {
        source: 'confusables',
        ruleId: 'context-pair',
        start,
        end: start + written.length,
        expected: [expected],
        confidence: 0.7,
        reason:
          `${found.term} fits '${found.frame}', a frame of '${found.term}' that '${part}' does not fill, ` +
          `and '${token.value}' is no word.`,
        evidence: { frame: found.frame, contextFor: 2, compound: token.value },
      })
      break
    }
  }
}
