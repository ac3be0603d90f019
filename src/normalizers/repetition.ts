/**
 * `repetition`: words and phrases stroked twice ("The the", "to to the", "command and command and
 * control") and stenographer self-corrections, where a wrong stroke is immediately followed by the
 * right one: a fragment re-stroked as a word ("consense census" → "consensus") or a sound-alike
 * followed by the intended word ("security counsel council" → "security council").
 *
 * Ordinary repetition stays: reduplication and emphasis ("very very", "bye bye", "no no", "had had"),
 * proper names ("Walla Walla"), and anything across sentence punctuation or a "‑‑" drop-out marker.
 * Repeats that are often grammatical ("that that", "is is") are only suggested.
 */
import type { Root } from 'nlcst'
import type { Proposal } from '../types.js'
import type { Plugin } from 'unified'
import { doubleMetaphone } from 'double-metaphone'
import { bigramCount, createWordChecker, inCmu, isCollocation, pronunciations, type WordChecker } from '../lexicon/index.js'
import { memoize } from '../lexicon/pair-memo.js'
import { isSpaceGap, propose, tokensOf, type Token } from '../pipeline/context.js'
import { AI_FOLLOWERS, AMBIGUOUS_REPEATS, FUNCTION_WORDS, PARTICLES, PRONOUNS, REDUPLICATIVES } from './repetition.data.js'

export const REPETITION_RULES = [
  /** One word stroked twice or more: "the the" → "the". */
  'repeated-word',
  /** A run of two to four words stroked twice: "in the in the" → "in the". */
  'repeated-phrase',
  /** A repeat that is often grammatical ("that that", "is is"): suggested, never applied by default. */
  'ambiguous-repeat',
  /** A non-word fragment and a word that together spell one known word: "consense census" → "consensus". */
  'restroke-fragment',
  /** A word immediately followed by its sound-alike: "counsel council" → "council". */
  'restroke-homophone',
  /** "a a" before a participle the article never precedes ("a a based technologies"): the letters A I. */
  'spoken-letters',
] as const

export type RepetitionRule = (typeof REPETITION_RULES)[number]

export interface RepetitionOptions {
  /** Extra words whose repetition is ordinary English and must never be touched. */
  keep?: string[]
  /** Words to treat as known (glossary terms), so they are never taken for fragments. */
  knownWords?: string[]
  /** Longest repeated phrase looked for, in words (1 to 8, default 4). */
  maxPhrase?: number
}

const SOURCE = 'repetition'
const WORD = /^\p{L}+(?:['’]\p{L}+)*$/u

export const repetition: Plugin<[RepetitionOptions?], Root> = function (options = {}) {
  const settings = validate(options)
  const keep = new Set([...REDUPLICATIVES, ...settings.keep.map((word) => word.toLowerCase())])
  const ambiguous = new Set(AMBIGUOUS_REPEATS)
  const functionWords = new Set(FUNCTION_WORDS)
  const tables: Tables = {
    keep,
    ambiguous,
    functionWords,
    particles: new Set(PARTICLES),
    pronouns: new Set(PRONOUNS),
    aiFollowers: new Set(AI_FOLLOWERS),
  }
  const isKnown = createWordChecker(settings.knownWords)

  return (tree, file) => {
    const tokens = tokensOf(tree, file)
    const claimed = new Set<number>()
    for (let i = 0; i < tokens.length; i++) {
      if (claimed.has(i)) continue
      const found = repeatAt(tokens, i, settings.maxPhrase)
      if (found) {
        const { size, copies } = found
        const first = tokens[i]!
        const last = tokens[i + size * copies - 1]!
        const words = tokens.slice(i, i + size)
        const text = String(file.value)
        const kept = text.slice(first.start, words[words.length - 1]!.end)
        const letters = size === 1 && copies === 2 ? spokenLetters(tokens, i, text, tables) : undefined
        if (letters) {
          propose(file, { source: SOURCE, start: first.start, ...letters })
          for (let k = i; k < i + 2; k++) claimed.add(k)
          continue
        }
        const judged = judgeRepeat(words, tokens, i, copies, tables)
        if (judged) {
          const actual = text.slice(first.start, last.end)
          propose(file, {
            source: SOURCE,
            ruleId: judged.rule,
            start: first.start,
            end: last.end,
            expected: [kept],
            confidence: judged.confidence,
            reason:
              `\`${actual}\` → \`${kept}\`: ${size === 1 ? 'the word' : `the ${size}-word run`} is written ` +
              `${copies} times in a row with nothing but spaces between${judged.note}.`,
            evidence: { words: size, copies, functionWords: judged.functionWordCount },
          })
          for (let k = i; k < i + size * copies; k++) claimed.add(k)
          continue
        }
      }
      const restroke = restrokeAt(tokens, i, isKnown, functionWords, keep)
      if (restroke) {
        const a = tokens[i]!
        const b = tokens[i + 1]!
        propose(file, {
          source: SOURCE,
          ruleId: restroke.rule,
          start: a.start,
          end: b.end,
          expected: [restroke.expected],
          confidence: restroke.confidence,
          reason: restroke.reason,
          evidence: restroke.evidence,
        })
        claimed.add(i)
        claimed.add(i + 1)
      }
    }
  }
}

interface Settings {
  keep: string[]
  knownWords: string[]
  maxPhrase: number
}

function validate(options: RepetitionOptions): Settings {
  if (typeof options !== 'object' || options === null) {
    throw new TypeError(`repetition: options must be an object, got ${String(options)}`)
  }
  const keep = stringList(options.keep, 'keep')
  const knownWords = stringList(options.knownWords, 'knownWords')
  const maxPhrase = options.maxPhrase ?? 4
  if (!Number.isInteger(maxPhrase) || maxPhrase < 1 || maxPhrase > 8) {
    throw new TypeError(`repetition: options.maxPhrase must be an integer from 1 to 8, got ${String(options.maxPhrase)}`)
  }
  return { keep, knownWords, maxPhrase }
}

function stringList(value: unknown, name: string): string[] {
  if (value === undefined) return []
  if (!Array.isArray(value) || !value.every((item) => typeof item === 'string')) {
    throw new TypeError(`repetition: options.${name} must be an array of strings`)
  }
  return value as string[]
}

/** Words i..j are joined by plain spaces (no punctuation, no drop-out marker) within one sentence. */
function plainRun(tokens: readonly Token[], from: number, to: number): boolean {
  const first = tokens[from]
  if (!first) return false
  for (let k = from + 1; k <= to; k++) {
    const token = tokens[k]
    if (!token || token.sentence !== first.sentence || !isSpaceGap(token.gap)) return false
  }
  return true
}

/** The longest run starting at `i` that is immediately repeated, with how many copies follow. */
function repeatAt(tokens: readonly Token[], i: number, maxPhrase: number): { size: number; copies: number } | undefined {
  for (let size = maxPhrase; size >= 1; size--) {
    if (!sameRun(tokens, i, i + size, size)) continue
    if (!plainRun(tokens, i, i + 2 * size - 1)) continue
    let copies = 2
    while (plainRun(tokens, i, i + (copies + 1) * size - 1) && sameRun(tokens, i, i + copies * size, size)) copies++
    return { size, copies }
  }
  return undefined
}

/** The same word but for its apostrophes ("we’re" / "we're"); most pairs differ outright. */
function sameApostrophes(a: string, b: string): boolean {
  return a.length === b.length && (a.includes('’') || b.includes('’')) && a.replace(/’/g, "'") === b.replace(/’/g, "'")
}

function sameRun(tokens: readonly Token[], a: number, b: number, size: number): boolean {
  for (let k = 0; k < size; k++) {
    const x = tokens[a + k]
    const y = tokens[b + k]
    if (!x || !y) return false
    if (x.lower !== y.lower && !sameApostrophes(x.lower, y.lower)) return false
    if (!WORD.test(x.value)) return false
  }
  return true
}

interface Judgement {
  rule: RepetitionRule
  confidence: number
  note: string
  functionWordCount: number
}

function judgeRepeat(
  words: readonly Token[],
  tokens: readonly Token[],
  i: number,
  copies: number,
  tables: Tables,
): Judgement | undefined {
  const size = words.length
  if (words.every((word) => tables.keep.has(word.lower))) return undefined
  // "Walla Walla", "Sing Sing": a capitalised repeat is a name unless the first copy only starts a sentence.
  const second = tokens[i + size]!
  if (second.value !== 'I' && /^\p{Lu}/u.test(second.value)) return undefined
  const functionWordCount = words.filter((word) => tables.functionWords.has(word.lower)).length
  const allFunction = functionWordCount === size
  if (size === 1) {
    const word = words[0]!
    if (tables.ambiguous.has(word.lower)) {
      const note =
        word.lower === 'a'
          ? ', but `a a` may be the letters A I (as in "AI based")'
          : `, but \`${word.lower} ${word.lower}\` is often grammatical`
      return { rule: 'ambiguous-repeat', confidence: 0.35, note, functionWordCount }
    }
    if (tables.particles.has(word.lower)) {
      const note = `, but a particle and a preposition can meet ("let us ${word.lower} ${word.lower} the end")`
      return { rule: 'ambiguous-repeat', confidence: 0.4, note, functionWordCount }
    }
    // "beep beep beep", "down down down": three or more copies of a content word are emphasis.
    if (!allFunction && copies > 2) return undefined
    if (!allFunction) {
      const note = ', but a speaker may repeat a content word on purpose'
      return { rule: 'repeated-word', confidence: 0.45, note, functionWordCount }
    }
    const pronoun = tables.pronouns.has(word.lower)
    return {
      rule: 'repeated-word',
      confidence: pronoun ? 0.8 : 0.9,
      note: pronoun ? ', a doubled stroke or a stutter' : ' and a doubled function word is not English',
      functionWordCount,
    }
  }
  const coordinator = words.findIndex((word) => word.lower === 'and' || word.lower === 'or')
  if (size === 2 && coordinator >= 0) {
    // "and bounced and bounced", "postponed and postponed and postponed": emphatic coordination.
    if (coordinator === 0) return undefined
    const after = tokens[i + size * copies]
    const closes = after && after.sentence === words[0]!.sentence && isSpaceGap(after.gap) && after.lower === words[0]!.lower
    if (closes) return undefined
    // "years and years and still", "more and more and", "I rejected and rejected and then": the
    // reduplicated plural, comparative or verb.
    const head = words[0]!.lower
    if (/(?:s|er|ed|ing)$/.test(head) || tables.keep.has(head) || tables.particles.has(head)) return undefined
    // A fixed reduplication ("again and again", "over and over", "through and through", WordNet) then a
    // plain "and": the speaker goes on, as ASR writes it without a comma.
    if (isCollocation([head, 'and', head])) return undefined
    // "tax and tax and spend and spend": the word after is reduplicated in turn, a parallel of emphasis.
    const next = tokens[i + size * copies + 1]
    const nextTwice = tokens[i + size * copies + 2]
    if (after && next?.lower === 'and' && nextTwice?.lower === after.lower && nextTwice.sentence === after.sentence) return undefined
    // "command and command and control": the coordination restarted with its first word.
    return {
      rule: 'repeated-phrase',
      confidence: 0.55,
      note: `; the second copy goes on to a new word, as a restarted coordination does`,
      functionWordCount,
    }
  }
  // "going to have to have": the run can be grammatical when its last word leads into its first
  // ("have to" is English), so the doubled run may be meant.
  const last = words[words.length - 1]!.lower
  const first = words[0]!.lower
  if (allFunction && bigramCount(last, first) >= 20) {
    return { rule: 'repeated-phrase', confidence: 0.4, note: `, but "${last} ${first}" is English, so the run may be meant`, functionWordCount }
  }
  return {
    rule: 'repeated-phrase',
    confidence: allFunction ? 0.6 : 0.45,
    note: allFunction ? '' : ', but a speaker may repeat a phrase on purpose',
    functionWordCount,
  }
}

interface Tables {
  keep: ReadonlySet<string>
  ambiguous: ReadonlySet<string>
  functionWords: ReadonlySet<string>
  particles: ReadonlySet<string>
  pronouns: ReadonlySet<string>
  aiFollowers: ReadonlySet<string>
}

const AI_WRITTEN = /\bAI\b|\bartificial intelligence\b/i

/**
 * "a a based technologies": the article does not stand before "based", "driven" and the like, so
 * the two strokes are the letters A I. Written "AI" or "artificial intelligence" elsewhere in the
 * transcript raises the confidence.
 */
function spokenLetters(
  tokens: readonly Token[],
  i: number,
  text: string,
  tables: Tables,
): Omit<Proposal, 'source' | 'start'> | undefined {
  const [a, b, next] = [tokens[i], tokens[i + 1], tokens[i + 2]]
  if (!a || !b || !next || a.lower !== 'a' || b.value !== 'a') return undefined
  if (!tables.aiFollowers.has(next.lower) || !plainRun(tokens, i, i + 2)) return undefined
  const elsewhere = AI_WRITTEN.test(text.slice(0, a.start)) || AI_WRITTEN.test(text.slice(next.end))
  const confidence = 0.7 + (elsewhere ? 0.15 : 0)
  return {
    ruleId: 'spoken-letters',
    end: b.end,
    expected: ['AI'],
    confidence,
    reason:
      `\`${text.slice(a.start, b.end)}\` → \`AI\`: the article "a" does not come before "${next.value}" ` +
      `(never in 2.8 million words of edited English and speeches), so the two strokes are the letters A I` +
      `${elsewhere ? ' (AI is written elsewhere in this transcript)' : ''}.`,
    evidence: { follower: next.lower, writtenElsewhere: elsewhere },
  }
}

interface Restroke {
  rule: RepetitionRule
  expected: string
  confidence: number
  reason: string
  evidence: Record<string, number | string | boolean>
}

const codes: (word: string) => [string, string] = memoize(doubleMetaphone)

function restrokeAt(
  tokens: readonly Token[],
  i: number,
  isKnown: WordChecker,
  functionWords: ReadonlySet<string>,
  keep: ReadonlySet<string>,
): Restroke | undefined {
  const a = tokens[i]
  const b = tokens[i + 1]
  if (!a || !b || !plainRun(tokens, i, i + 1)) return undefined
  if (!/^\p{Ll}+$/u.test(b.value) || !/^\p{L}\p{Ll}*$/u.test(a.value)) return undefined
  // A capitalised first word is a name unless it starts the sentence.
  const previous = tokens[i - 1]
  const startsSentence = !previous || previous.sentence !== a.sentence
  if (/^\p{Lu}/u.test(a.value) && !startsSentence) return undefined
  if (a.lower === b.lower || keep.has(a.lower) || keep.has(b.lower)) return undefined
  if (!isKnown(b.lower)) return undefined
  if (!isKnown(a.lower)) return fragment(a, b, isKnown)
  return homophone(a, b, functionWords, tokens[i - 1], tokens[i + 2])
}

/**
 * "consense census": the fragment is not a word, the word after it is, and one known word starts like
 * the fragment and ends like the word, in spelling and in sound.
 */
function fragment(a: Token, b: Token, isKnown: WordChecker): Restroke | undefined {
  if (a.lower.length < 4 || b.lower.length < 3) return undefined
  const [codeA] = codes(a.lower)
  const [codeB] = codes(b.lower)
  if (codeA.length < 2 || codeB.length < 2) return undefined
  const found = new Set<string>()
  if (!/^\p{Ll}+$/u.test(a.value)) return undefined
  for (let cut = 3; cut <= a.lower.length - 2; cut++) {
    // The fragment's dropped tail is what the writer stroked again: "cons|ense" + "c|ensus".
    const tail = a.lower.slice(cut)
    if (!b.lower.slice(0, 3).includes(tail.slice(0, 2))) continue
    // The re-stroke is the word's real ending, nearly whole.
    for (let from = 0; from <= 1; from++) {
      const candidate = a.lower.slice(0, cut) + b.lower.slice(from)
      if (candidate.length <= Math.max(a.lower.length, b.lower.length)) continue
      if (candidate === b.lower || !isKnown(candidate)) continue
      const [code] = codes(candidate)
      // A re-stroke repeats sound: "consense census" says KNSNS + SNSS for KNSNSS. A plain split
      // compound ("cyber space") repeats nothing and is left to `split-words`.
      const repeated = codeA.length + codeB.length - code.length
      if (repeated >= 2 && code.startsWith(codeA.slice(0, -1)) && code.endsWith(codeB.slice(1))) found.add(candidate)
    }
  }
  if (found.size !== 1) return undefined
  const [word] = [...found] as [string]
  const expected = /^\p{Lu}/u.test(a.value) ? word.charAt(0).toUpperCase() + word.slice(1) : word
  return {
    rule: 'restroke-fragment',
    expected,
    confidence: 0.85,
    reason:
      `\`${a.value} ${b.value}\` → \`${expected}\`: \`${a.value}\` is not a word, and \`${expected}\` is the one ` +
      `known word that starts like it and ends like \`${b.value}\` (sounds ${codes(word)[0]} = ${codeA} + ${codeB}).`,
    evidence: { fragmentKnown: false, candidates: 1, soundFragment: codeA, soundWord: codeB, soundMerged: codes(word)[0] },
  }
}

/** "counsel council": two different content words that sound the same and are spelled alike. */
function homophone(
  a: Token,
  b: Token,
  functionWords: ReadonlySet<string>,
  before: Token | undefined,
  after: Token | undefined,
): Restroke | undefined {
  if (a.lower.length < 4 || b.lower.length < 4) return undefined
  if (functionWords.has(a.lower) || functionWords.has(b.lower)) return undefined
  if (a.lower[0] !== b.lower[0]) return undefined
  const distance = editDistance(a.lower, b.lower)
  if (distance > 2) return undefined
  // True homophones only, from the CMU dictionary: "police"/"policy" sound alike to a metaphone, not to a reader.
  if (!inCmu(a.lower) || !inCmu(b.lower)) return undefined
  const sound = sharedPronunciation(pronunciations(a.lower), pronunciations(b.lower))
  if (!sound) return undefined
  const [a1] = codes(a.lower)
  // The second word should be the one that fits: count how often each goes with the neighbours.
  const near = (token: Token | undefined, other: Token): token is Token =>
    token !== undefined && token.sentence === other.sentence && /^\p{L}/u.test(token.value)
  const fit = (word: string): number =>
    (near(before, a) && isSpaceGap(a.gap) ? bigramCount(before.lower, word) : 0) +
    (near(after, b) && isSpaceGap(after.gap) ? bigramCount(word, after.lower) : 0)
  const fitsFirst = fit(a.lower)
  const fitsSecond = fit(b.lower)
  const firstFitsBetter = fitsFirst > fitsSecond
  return {
    rule: 'restroke-homophone',
    expected: firstFitsBetter ? a.value : b.value,
    confidence: firstFitsBetter ? 0.4 : fitsSecond > 0 ? 0.85 : 0.7,
    reason:
      `\`${a.value} ${b.value}\` → \`${firstFitsBetter ? a.value : b.value}\`: the two words sound the same (/${sound}/) and differ by ` +
      `${distance} letter${distance === 1 ? '' : 's'}, the mark of a wrong stroke corrected at once; ` +
      (firstFitsBetter
        ? `but the first fits its neighbours better (${fitsFirst} against ${fitsSecond} bigrams), so this is only a suggestion.`
        : `the second fits its neighbours (${fitsSecond} against ${fitsFirst} bigrams).`),
    evidence: { sound, soundCode: a1, editDistance: distance, fitsFirst, fitsSecond },
  }
}

function sharedPronunciation(a: readonly string[][], b: readonly string[][]): string | undefined {
  const spoken = new Set(a.map((phones) => phones.join(' ')))
  return b.map((phones) => phones.join(' ')).find((phones) => spoken.has(phones))
}

function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, k) => k)
  for (let i = 1; i <= a.length; i++) {
    const current = [i]
    for (let j = 1; j <= b.length; j++) {
      current[j] = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1))
    }
    previous = current
  }
  return previous[b.length]!
}
