/**
 * `term-case`: glossary acronyms and names written with the right letters in the wrong form: wrong
 * case ("icann" → "ICANN", "certs" → "CERTs", "African union" → "African Union", "UN charter" → "UN
 * Charter") or broken apart / run together ("GG E" → "GGE", "eco soc" → "ECOSOC", "undesa" → "UN
 * DESA", "RFC's" → "RFCs").
 *
 * Only terms with capitals are repaired: the spacing of ordinary words is the transcript's house
 * style ("cyber security" stays). Case repair only restores capitals, never removes them, and leaves
 * all-capitals text alone. Where the words are themselves English ("mag", "general assembly", "who
 * is") the change needs evidence that the name is meant: a capital already in the span beyond the
 * sentence start ("African union"), one of the entry's context words nearby, or the term written
 * correctly elsewhere in the file; a re-spaced span must also not read on as English with its
 * neighbours. A rare word ("certs") may instead rest on the file's topic: two or more of the entry's
 * less common context words anywhere in the file. Without that evidence the change is only suggested. Very common words ("who", "it",
 * "first") become acronyms only when written with a capital mid-sentence and a context word is close.
 */
import type { Root } from 'nlcst'
import type { Plugin } from 'unified'
import type { Glossary } from '../glossary/types.js'
import {
  allowedHere,
  contextNear,
  docIndexOf,
  glossariesOption,
  lettersOf,
  plainSpan,
  sentenceInitial,
  termElsewhere,
  termIndexOf,
  topicOf,
  englishWord,
  type DocIndex,
  type IndexedEntry,
} from '../glossary/term-index.js'
import { bigramCount, isKnownWord, zipf } from '../lexicon/index.js'
import { dataOf, isSpaceGap, propose, tokensOf, type Token } from '../pipeline/context.js'
import type { Proposal } from '../types.js'
import { COMBINING_FORMS } from './split-words.data.js'

export const TERM_CASE_RULES = [
  /** A one-word acronym or name in the wrong case ("icann", "certs"). */
  'acronym-case',
  /** A name of several words with missing capitals ("African union", "united nations"). */
  'name-case',
  /** A term broken apart, run together or hyphenated differently ("GG E", "undesa", "RFC's"). */
  'term-form',
] as const

export interface TermCaseOptions {
  glossaries?: Glossary[]
}

const SOURCE = 'term-case'
/** Words at least this common (Zipf) are kept unless capitalised mid-sentence next to context. */
const TOO_COMMON = 5
/** Below this Zipf value a lower-case word is rare enough to be taken for a mis-cased acronym. */
const RARE = 2.5
/** Window for the context that lets a very common word become an acronym. */
const CLOSE_CONTEXT = 10
const WORD = /^[\p{L}\p{N}][\p{L}\p{N}'’\u2010\u2011-]*$/u

interface Candidate extends Proposal {
  tokens: number
}

export const termCase: Plugin<[TermCaseOptions?], Root> = function (options) {
  const index = termIndexOf(glossariesOption(SOURCE, options))
  // Cased terms by their letters: "GG E", "gge" and "GGE" all find `GGE`.
  const byLetters = new Map<string, IndexedEntry[]>()
  let maxWords = 0
  for (const item of index.entries) {
    // Confusion pairs (the `captioning` glossary) are decided by `confusables`, not by their letters.
    if (item.letters === '' || (item.entry.confusions && !item.entry.variants)) continue
    const list = byLetters.get(item.letters)
    if (list) list.push(item)
    else byLetters.set(item.letters, [item])
    maxWords = Math.max(maxWords, item.termWords.length)
  }
  // Single-word terms the glossaries write in lower case ("cybercrime") are English, as the dictionary's
  // are: "convention on cybercrime" is ordinary words, not a mistake of `Convention on Cybercrime`.
  const lowerTermWords = new Set<string>()
  for (const item of index.entries) if (!item.cased && item.termWords.length === 1) lowerTermWords.add(item.termWords[0] as string)
  // A hyphenated compound of known words ("cold-war", "long-term") is English too.
  const knownWord = (word: string) => dictionaryWord(word) || lowerTermWords.has(word)
  const known = (word: string) => knownWord(word) || (/^[\p{L}]+(?:[-\u2010\u2011][\p{L}]+)+$/u.test(word) && word.split(/[-\u2010\u2011]/).every(knownWord))
  const maxSpan = Math.min(maxWords + 2, 8)
  // Every prefix of every key: a span whose letters are no key's prefix cannot grow into a key.
  const prefixes = new Set<string>()
  for (const key of byLetters.keys()) for (let k = 1; k <= key.length; k++) prefixes.add(key.slice(0, k))

  return (tree, file) => {
    if (byLetters.size === 0) return
    const tokens = tokensOf(tree, file)
    const doc = docIndexOf(tokens)
    const text = String(file.value)
    const found: Candidate[] = []
    // Terms `glossary-terms` (run before) writes in this run count as written elsewhere, as they will
    // in the cleaned text: a second run then finds no new evidence.
    const written = new Map<string, Array<[number, number]>>()
    const fixed: Array<[number, number]> = []
    for (const p of dataOf(file).proposals) {
      if (p.source !== 'glossary-terms' || p.confidence < 0.5 || p.glossaryTerm === undefined) continue
      fixed.push([p.start, p.end])
      const list = written.get(p.glossaryTerm) ?? []
      list.push([p.start, p.end])
      written.set(p.glossaryTerm, list)
    }
    for (let i = 0; i < tokens.length; i++) {
      if (!WORD.test((tokens[i] as Token).value)) continue
      let letters = ''
      for (let n = 1; n <= maxSpan && i + n <= tokens.length; n++) {
        const j = i + n - 1
        if (n > 1 && (!plainSpan(tokens, j - 1, j) || !WORD.test((tokens[j] as Token).value))) break
        const value = (tokens[j] as Token).value
        const bare = value.replace(/['’]s$/i, '')
        const own = doc.letters[j] as string
        const forms: Array<[string, string]> = [[letters + own, '']]
        if (bare !== value) forms.push([letters + lettersOf(bare), value.slice(-2)])
        else if (n === 1 && bare.length > 2 && /s$/.test(bare)) forms.push([lettersOf(bare.slice(0, -1)), 's'])
        for (const [key, suffix] of forms) {
          for (const item of byLetters.get(key) ?? []) {
            if (suffix === 's' && item.entry.kind !== 'acronym') continue
            const candidate = judge(item, i, j, suffix)
            if (candidate) found.push(candidate)
          }
        }
        letters += own
        if (!prefixes.has(letters)) break
      }
    }
    // A longer name wins over the shorter one inside it ("African Union Commission" over "African Union").
    found.sort((a, b) => b.end - b.start - (a.end - a.start) || b.confidence - a.confidence)
    const kept: Candidate[] = []
    for (const candidate of found) {
      if (kept.some((k) => k.start <= candidate.start && candidate.end <= k.end)) continue
      kept.push(candidate)
    }
    for (const { tokens: _n, ...proposal } of kept) propose(file, proposal)

    function judge(item: IndexedEntry, i: number, j: number, suffix: string): Candidate | undefined {
      const first = tokens[i] as Token
      const last = tokens[j] as Token
      const actual = text.slice(first.start, last.end)
      const term = item.entry.term
      const core = suffix ? actual.slice(0, -suffix.length) : actual
      if (core === term) return undefined
      const possessive = /^['’]s$/i.test(suffix)
      // Same words in another case; the same letters re-spaced only where the term has a space or
      // hyphen (house style: keep the span's spacing, fix its case); or a real split or join.
      // "RFC's" for "RFCs": an apostrophe in an acronym's plural.
      const apostrophe = /['’]s$/.test(core) && /[^'’]s$/.test(term) && item.entry.kind === 'acronym'
      // Lower-case terms: only a space splits a word ("infra structure"); a hyphen is house style.
      const split = apostrophe || (formOf(core) !== formOf(term) && realSplit(core, term, !item.cased))
      // The same form keeps the span's own spacing and dashes (a line break in a caption is layout).
      let target = split ? term : recase(core, term)
      // A lower-case term keeps the capital the span starts with ("Infra structure" → "Infrastructure").
      if (!item.cased && /^\p{Lu}/u.test(core)) target = target.charAt(0).toUpperCase() + target.slice(1)
      if (target === core) return undefined
      const sameForm = !split
      const expected = `${target}${possessive || suffix === 's' ? suffix : ''}`
      if (expected === actual) return undefined
      const bareWords = doc.norm.slice(i, j + 1).map((w) => w.replace(/'s$/, ''))
      // Case repair asks the dictionary ("african" is not a word, "African" is); re-spacing asks
      // whether each piece is English at all ("infra structure").
      const targetTokens = target.split(/\s+/)
      // A rare lower-case word that spells an acronym ("certs", zipf under 2.5) counts as a non-word.
      const rare = sameForm && i === j && known(bareWords[0] as string) && zipf(bareWords[0] as string) < RARE
      const nonWord = sameForm
        ? bareWords.some(
            (w, k) => (!known(w) || rare) && (tokens[i + k] as Token).value.replace(/['’]s$/i, '') !== targetTokens[k],
          )
        : tokens.slice(i, j + 1).some((t) => !englishWord(t.value))
      // A split of a lower-case term into English words, where the entry decides its heard forms by
      // frames, is no sure split ("the tunnel ran under mine and under theirs", "pottery was a ware of
      // value"): glossary-terms reads the frames. A split with a non-word ("inter sessional") is sure.
      if (split && !nonWord && !item.cased && item.frames.length > 0 && (item.entry.variants?.length ?? 0) > 0) return undefined
      // Acronyms run together in capitals ("UNDESA" for "UN DESA", "UNGGE") are a common house style.
      if (split && i === j && /^[\p{Lu}\d]+$/u.test(core) && /^[\p{Lu}\d]+(?: [\p{Lu}\d]+)+$/u.test(term)) return undefined
      // A lower-case term of a combining form written closed ("cybernorms" for "cyber norms") is house
      // style, as "cybersecurity" and "cyber security" are.
      if (split && !item.cased && i === j && COMBINING_FORMS.includes(item.termWords[0] as string) && item.termWords.length > 1) return undefined
      // A number split off ("NIS 2", "G 20") is a matter of house style.
      if (split && tokens.slice(i, j + 1).some((t) => /^\d+$/.test(t.value))) return undefined
      // Pieces English never puts together ("stake holder", "Star link") are a split word.
      const unseen = split && allPairsUnseen(bareWords)
      // Lower-case terms: only real splits of established words ("infra structure"), or splits the
      // glossary lists as mishearings ("ransom ware"); new compounds ("crypto currency", "deep fakes")
      // and hyphenation are the transcript's style.
      const listedSplit = split && !item.cased && (item.entry.variants ?? []).some((variant) => formOf(variant) === formOf(core))
      const established = unseen && splitWordsEstablished(core, term)
      if (!item.cased && (!split || !(nonWord || established || (unseen && listedSplit)))) return undefined
      if (sameForm) {
        // Case only: restore capitals, never remove them; all-capitals text is left alone.
        if (!restoresCapitals(core, target)) {
          // "ECTHR" → "ECtHR" lowers capitals: only a non-word acronym, and (below) only with support.
          if (!(nonWord && i === j && /^[\p{Lu}\d]+$/u.test(core) && item.entry.kind === 'acronym')) return undefined
        } else if (/\p{L}{2}/u.test(actual) && actual === actual.toUpperCase()) return undefined
      }
      const lowersCapitals = sameForm && !restoresCapitals(core, target)
      // Pieces that are single letters ("d-c") are spelled letters, not a broken term.
      if (split && tokens.slice(i, j + 1).every((t) => lettersOf(t.value).length === 1)) return undefined
      // A span that ends or begins inside a run of spelled letters ("UN d p" of "UN d p i") takes only
      // part of what was spelled: the run is another acronym (`spelled-acronyms`).
      if (split && (spelledLetterAt(tokens, j, j + 1) || spelledLetterAt(tokens, i, i - 1))) return undefined
      if (split && /^(\p{L}[-\u2010\u2011])+\p{L}$/u.test(core)) return undefined
      // A capitalised word right before the span makes it part of a longer name ("Inter-American
      // Economic and Social council"), and one capitalised word is a proper name ("Nat Ferber").
      // A neighbouring glossary name ("the African Union Malabo convention"), a word that is not English
      // or a word another glossary fix rewrites is not such a name.
      const previous = tokens[i - 1]
      if (
        i !== j &&
        previous &&
        !sentenceInitial(tokens, i - 1) &&
        plainSpan(tokens, i - 1, i) &&
        /^\p{Lu}\p{Ll}/u.test(previous.value) &&
        isKnownWord(previous.value) &&
        !index.termWordSet.has(doc.norm[i - 1] as string) &&
        !fixed.some(([a, b]) => a <= previous.start && previous.end <= b) &&
        !properAdjective(previous.value)
      ) {
        return undefined
      }
      // "The" and a nationality right before a name of several words name that country's own body
      // ("the Nigerian internet governance forum"): the capital shows the name, as a capital inside
      // the span does ("an American general assembly of churches" is no such name).
      const national =
        i !== j &&
        previous !== undefined &&
        plainSpan(tokens, i - 2, i) &&
        doc.norm[i - 2] === 'the' &&
        properAdjective(previous.value) &&
        /^\p{Lu}\p{Ll}/u.test(previous.value)
      const titleWord = i === j && /^\p{Lu}\p{Ll}+$/u.test(core) && !sentenceInitial(tokens, i)
      if (allowedHere(item, doc, i, j)) return undefined
      const atStart = sentenceInitial(tokens, i)
      const words = actual.split(/\s+/)
      // A capitalised word beyond the sentence start shows a name is meant; an acronym beside a common
      // noun ("IGF secretariat") does not.
      // A proper adjective ("European", "African") is capitalised anyway: its capital shows a name only
      // where a name stands ("the African union", not "spoke of European union during the war").
      const capitalsShown =
        national ||
        words.some(
          (w, k) => (k > 0 || !atStart) && /^\p{Lu}\p{Ll}/u.test(w) && (!properAdjective(w) || (i !== j && namePosition(tokens, i, index.acronyms))),
        )
      const rule = !sameForm ? 'term-form' : i === j ? 'acronym-case' : 'name-case'
      if (i === j && zipf(bareWords[0] as string) >= TOO_COMMON) {
        // "who", "it", "first": only "joined First, the Forum of Incident Response…".
        const close = contextNear(item, doc, i, j, CLOSE_CONTEXT)
        if (!(capitalsShown && close)) return undefined
        return candidate(item, i, j, actual, expected, rule, 0.72, `\`${actual}\` is capitalised mid-sentence and '${close}' is right beside it`, {
          capitalsShown,
          context: close,
        })
      }
      const context = contextNear(item, doc, i, j)
      const start = (tokens[i] as Token).start
      const end = (tokens[j] as Token).end
      const elsewhere =
        termElsewhere(item, tokens, doc, i, j) + (written.get(term) ?? []).filter(([a, b]) => b <= start || a >= end).length
      const evidence = { nonWord, rare, capitalsShown, ...(context ? { context } : {}), termElsewhere: elsewhere }
      const support = [context ? `'${context}' is nearby` : '', elsewhere > 0 ? `\`${term}\` is written ${elsewhere}× elsewhere` : '']
        .filter(Boolean)
        .join(' and ')
      if (nonWord) {
        const supported = context || elsewhere > 0 || capitalsShown
        // A rare word ("certs"), a proper name ("Nat") or lowered capitals ("IOCS") need the context.
        // A rare word may instead have the file's topic: two or more of the entry's less common context
        // words anywhere in it ("norm", "cybersecurity"), as a word of that rarity is seldom meant in
        // its own sense there.
        const topic = rare && !context && elsewhere === 0 ? topicOf(item, doc, i, j) : []
        const topical = topic.length >= 2
        const confidence =
          rare || titleWord || lowersCapitals ? (context || elsewhere > 0 ? 0.85 : topical ? 0.6 : 0.4) : supported ? 0.92 : 0.85
        const about = topical ? `; the file is about its subject (${topic.map((t) => `'${t}'`).join(', ')} occur in it)` : ''
        return candidate(
          item,
          i,
          j,
          actual,
          expected,
          rule,
          confidence,
          `\`${actual}\` is ${rare ? 'a rare word' : 'not English'} as written, and the ${item.glossary} glossary writes it \`${term}\`${about}`,
          topical ? { ...evidence, topic: topic.join(', ') } : evidence,
        )
      }
      if (apostrophe && !/\s/.test(actual)) {
        return candidate(item, i, j, actual, expected, rule, 0.6, `the plural of an acronym takes no apostrophe (\`${term}\`, ${item.glossary} glossary), though \`${actual}\` could be a possessive`, evidence)
      }
      if (unseen) {
        // A split only the glossary vouches for (not an established English word) needs support.
        const confidence = context || elsewhere > 0 ? 0.85 : item.cased || established ? 0.75 : 0.3
        return candidate(item, i, j, actual, expected, rule, confidence, `English never puts \`${actual}\` together; the ${item.glossary} glossary term is \`${term}\``, evidence)
      }
      // One capitalised word is a name, but not necessarily this one ("a magazine called Mag").
      if (capitalsShown && (i !== j || context || elsewhere > 0)) {
        const confidence = context || elsewhere > 0 ? 0.9 : 0.8
        return candidate(item, i, j, actual, expected, rule, confidence, `the span already has a capital, so it names \`${term}\` (${item.glossary} glossary)`, evidence)
      }
      // Several English words name a body only where a name stands: after "the" or an acronym
      // ("the general assembly", "UN tech envoy"), not "member states asked".
      // One English word becomes an acronym or a name only where it does not read on as English
      // with either neighbour ("two mag members", not "the time is now ripe").
      const namePlace = i === j ? englishFitMax(tokens, doc, i) === 0 : namePosition(tokens, i, index.acronyms)
      // A plural ("member states") names a class of things, not a body: only where the file itself
      // writes the capitalised term.
      // Unless the glossary lists this very form as wrong ("united nations" under "United Nations").
      const listed = (item.entry.variants ?? []).some((variant) => formOf(variant) === formOf(core))
      const plural = i !== j && !listed && /[^s']s$/.test(bareWords[bareWords.length - 1] as string)
      if ((plural ? elsewhere > 0 : context || elsewhere > 0) && namePlace) {
        const confidence = context && elsewhere > 0 ? 0.82 : 0.72
        return candidate(item, i, j, actual, expected, rule, confidence, `\`${actual}\` is also ordinary English, but ${support}`, evidence)
      }
      const why =
        (plural ? elsewhere > 0 : context || elsewhere > 0) && !namePlace
          ? i === j
            ? `\`${actual}\` reads on as English with the words beside it, though ${support}`
            : `\`${actual}\` is also ordinary English and does not stand where a name does (after "the" or an acronym), though ${support}`
          : plural && (context || elsewhere > 0)
            ? `\`${actual}\` is a plural of ordinary English, and the file never writes \`${term}\` itself`
            : `\`${actual}\` is also ordinary English and nothing nearby shows the name \`${term}\` is meant`
      return candidate(item, i, j, actual, expected, rule, 0.3, why, evidence)
    }

    function candidate(
      item: IndexedEntry,
      i: number,
      j: number,
      actual: string,
      expected: string,
      rule: string,
      confidence: number,
      why: string,
      evidence: Record<string, number | string | boolean>,
    ): Candidate {
      return {
        source: SOURCE,
        ruleId: rule,
        start: (tokens[i] as Token).start,
        end: (tokens[j] as Token).end,
        expected: [expected],
        confidence,
        reason: `\`${actual}\` → \`${expected}\`: ${why}.`,
        evidence: { ...evidence, glossary: item.glossary },
        glossaryTerm: item.entry.term,
        tokens: j - i + 1,
      }
    }
  }
}

/** Boundaries between letters: letter index → ' ' (space) or '-' (hyphen). */
function boundaries(text: string): Map<number, string> {
  const result = new Map<number, string>()
  let letters = 0
  let pending = ''
  for (const ch of text) {
    if (/[\p{L}\p{N}]/u.test(ch)) {
      if (pending && letters > 0) result.set(letters, pending)
      pending = ''
      letters++
    } else if (/\s/.test(ch)) pending = ' '
    else if (/[-\u2010-\u2015]/.test(ch) && pending !== ' ') pending = '-'
  }
  return result
}

/**
 * A real split or join: the span breaks the letters where the term does not ("UNI DIR", "C-SIRT"),
 * or runs together words the term spaces ("undesa"). A hyphen for a space or a dropped hyphen
 * ("WiFi", "cyber-security") is house style, not a split.
 */
function realSplit(actual: string, term: string, spacesOnly = false): boolean {
  const a = boundaries(actual)
  const t = boundaries(term)
  for (const [position, kind] of a) if (!t.has(position) && (kind === ' ' || !spacesOnly)) return true
  // A single letter standing alone is part of the acronym ("ITU T" for "ITU-T").
  if (/(^|[\s-])\p{L}$/u.test(actual) && /-\p{L}$/u.test(term)) return true
  for (const [position, kind] of t) if (kind === ' ' && !a.has(position)) return true
  return false
}

/** Every word of the term that the span splits is an established English word ("infrastructure"). */
function splitWordsEstablished(actual: string, term: string): boolean {
  const a = boundaries(actual)
  let start = 0
  for (const word of term.split(/[\s\u2010-\u2015-]+/)) {
    const length = lettersOf(word).length
    let splitHere = false
    for (let k = start + 1; k < start + length; k++) if (a.has(k)) splitHere = true
    if (splitHere && !(isKnownWord(word.toLowerCase()) && zipf(word) >= 1)) return false
    start += length
  }
  return true
}

/** Tokens `k` (inside a span) and its neighbour `other` are both single letters, side by side in one sentence. */
function spelledLetterAt(tokens: readonly Token[], k: number, other: number): boolean {
  const a = tokens[k]
  const b = tokens[other]
  if (!a || !b || a.sentence !== b.sentence || !isSpaceGap((other > k ? b : a).gap)) return false
  // The article "a" is a word, not a letter ("a D dos attack").
  const letter = (token: Token) => lettersOf(token.value).length === 1 && token.lower !== 'a'
  return letter(a) && letter(b)
}

/** `actual` with the case of `term`'s letters, keeping `actual`'s spaces and hyphens. */
function recase(actual: string, term: string): string {
  const letters: string[] = []
  // The term's hyphens inside a compound modifier ("Open-ended", "High-level", "Ki-moon"), by the
  // index of the letter after them: a space the span has there is a hyphen lost, not house style
  // ("Secretary General" keeps its space, since "General" is a name of its own).
  const hyphenBefore = new Set<number>()
  for (const ch of term) {
    if (/[\p{L}\p{N}]/u.test(ch)) letters.push(ch)
    else if (ch === '-' || ch === '\u2011') hyphenBefore.add(letters.length)
  }
  let k = 0
  let out = ''
  const chars = [...actual]
  for (let n = 0; n < chars.length; n++) {
    const ch = chars[n] as string
    if (/[\p{L}\p{N}]/u.test(ch)) out += letters[k++] ?? ch
    else if (ch === ' ' && /[\p{L}\p{N}]/u.test(chars[n + 1] ?? '') && hyphenBefore.has(k) && /\p{Ll}/u.test(letters[k] ?? '')) out += '-'
    else out += ch
  }
  return out
}

/** The word before token `i` is "the" or an acronym, with only a space between. */
function namePosition(tokens: readonly Token[], i: number, acronyms?: ReadonlyMap<string, unknown>): boolean {
  const previous = tokens[i - 1]
  if (!previous || !plainSpan(tokens, i - 1, i)) return false
  // A glossary acronym counts in any case ("unctad" will be "UNCTAD" after this run).
  return previous.lower === 'the' || /^\p{Lu}{2,}$/u.test(previous.value) || Boolean(acronyms?.has(previous.lower))
}

/** A capitalised adjective of place or people ("European", "Korean", "Chinese"), not a dictionary word in lower case. */
function properAdjective(word: string): boolean {
  return /(an|ean|ian|ese|ish|ic|i)$/.test(word) && !isKnownWord(word.toLowerCase())
}

/** A dictionary word, in US or UK spelling ("mitre", "organisation"). */
function dictionaryWord(word: string): boolean {
  if (isKnownWord(word)) return true
  const us = word.replace(/tre$/, 'ter').replace(/our$/, 'or').replace(/is(e|ed|es|ing|ation|ations)$/, 'iz$1')
  return us !== word && isKnownWord(us)
}

/** The larger Brown count of a word's pairs with its neighbours (plain spaces only). */
function englishFitMax(tokens: readonly Token[], doc: DocIndex, i: number): number {
  let fit = 0
  if (i > 0 && plainSpan(tokens, i - 1, i)) fit = Math.max(fit, bigramCount(doc.norm[i - 1] as string, doc.norm[i] as string))
  if (i + 1 < tokens.length && plainSpan(tokens, i, i + 1)) fit = Math.max(fit, bigramCount(doc.norm[i] as string, doc.norm[i + 1] as string))
  return fit
}

/** Every pair of neighbouring words is unseen in the Brown corpus. */
function allPairsUnseen(words: readonly string[]): boolean {
  for (let k = 1; k < words.length; k++) if (bigramCount(words[k - 1] as string, words[k] as string) > 0) return false
  return words.length > 1
}

/** The word's shape without case: one space between words, one kind of hyphen. */
function formOf(text: string): string {
  return text.toLowerCase().replace(/[\u2010-\u2015\u2212]/g, '-').replace(/\s+/g, ' ')
}

/** Every difference between `actual` and `term` is a lower-case letter where the term has a capital. */
function restoresCapitals(actual: string, term: string): boolean {
  if (actual.length !== term.length) return false
  let restored = 0
  for (let k = 0; k < term.length; k++) {
    const a = actual[k] as string
    const b = term[k] as string
    if (a === b) continue
    if (/[-\u2010-\u2015]/.test(a) && /[-\u2010-\u2015]/.test(b)) continue
    // A hyphen a compound modifier lost ("open ended" in "Open-ended Working Group").
    if (a === ' ' && /[-\u2011]/.test(b)) continue
    if (a !== b.toLowerCase() || a === b) return false
    restored++
  }
  return restored > 0
}
