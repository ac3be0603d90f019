/**
 * `untranslate`: flags steno untranslates, the raw chords a CAT system prints when its dictionary has
 * no entry for what the writer stroked ("SXOERT", "THAVBL", "RFRN"). What was said cannot be recovered
 * from the chord alone, so these are flags (records with no `expected`), never corrections.
 *
 * A run of capitals is flagged when it is not a dictionary word, not a known acronym (the shipped
 * list, `acronyms` and glossary terms in `knownWords`) and cannot be pronounced as an English word
 * (no vowel, or a consonant cluster no English word begins or ends with). Speaker labels ("MODERATOR:",
 * ">> JOHN SMITH"), all-caps lines and acronyms the transcript defines ("(IGF)") are left alone.
 * Lower-case non-words that are just as unpronounceable ("sxoert") are flagged too.
 */
import type { Root } from 'nlcst'
import type { Plugin } from 'unified'
import { createWordChecker, zipf } from '../lexicon/index.js'
import { dataOf, propose, tokensOf, type Token } from '../pipeline/context.js'
import { ACRONYMS, CODAS, ONSETS } from './untranslate.data.js'

export const UNTRANSLATE_RULES = [
  /** A run of capitals that is no word, no known acronym and not pronounceable: "SXOERT". */
  'steno-chord',
  /** A lower-case non-word that is not pronounceable: "sxoert". */
  'steno-lowercase',
] as const

export type UntranslateRule = (typeof UNTRANSLATE_RULES)[number]

export interface UntranslateOptions {
  /** Words and terms that are correct as written (glossary terms): never flagged. */
  knownWords?: string[]
  /** More acronyms that are never flagged (case-insensitive). */
  acronyms?: string[]
  /** Shortest run of capitals considered (default 4: three-letter runs are nearly always initialisms). */
  minLength?: number
  /** Flags below this confidence are not emitted (default 0.5). */
  minConfidence?: number
}

const SOURCE = 'untranslate'
const CAPITALS = /^\p{Lu}+$/u
const LOWER = /^\p{Ll}+$/u
const VOWEL = /[aeiouy]/

export const untranslate: Plugin<[UntranslateOptions?], Root> = function (options = {}) {
  const settings = validate(options)
  const acronyms = new Set([...ACRONYMS, ...settings.acronyms].map((word) => word.toUpperCase()))
  const isKnown = createWordChecker(settings.knownWords)
  const onsets = new Set(ONSETS)
  const codas = new Set(CODAS)
  const pronounce = (word: string): string | undefined => unpronounceable(word.toLowerCase(), onsets, codas)

  return (tree, file) => {
    const tokens = tokensOf(tree, file)
    const text = dataOf(file).document.text
    const counts = new Map<string, number>()
    for (const token of tokens) counts.set(token.value, (counts.get(token.value) ?? 0) + 1)

    for (const token of tokens) {
      const { value } = token
      const capitals = CAPITALS.test(value)
      if (!capitals && !LOWER.test(value)) continue
      if (value.length < settings.minLength) continue
      if (isKnown(value) || acronyms.has(value.toUpperCase()) || (capitals && compoundAcronym(value, acronyms))) continue
      const why = pronounce(value)
      if (!why) continue
      // Lower case: only what no language would write, a word without a vowel or with an impossible
      // beginning ("sxoert"); an odd ending is as likely a foreign or dialect word ("vielleicht").
      if (!capitals && !(why === 'no vowel' || why.startsWith('no English word begins'))) continue
      // Film and TV subtitles use it (SUBTLEX): a real word or abbreviation, not a chord.
      if (zipf(value) >= 1.5) continue
      if (capitals && (isLabel(token, tokens, text) || text.includes(`(${value})`))) continue

      const occurrences = counts.get(value) ?? 1
      let confidence = capitals ? 0.6 : 0.55
      if (value.length >= 5) confidence += 0.15
      if (value.length >= 6) confidence += 0.05
      // A recurring string is more likely a real abbreviation than a one-off mis-stroke.
      if (occurrences > 1) confidence -= 0.3
      const previous = tokens[token.index - 1]
      if (previous && previous.sentence === token.sentence && /^(the|a|an)$/.test(previous.lower)) confidence -= 0.1
      confidence = Math.round(Math.min(0.95, confidence) * 100) / 100
      if (confidence < settings.minConfidence) continue

      propose(file, {
        source: SOURCE,
        ruleId: capitals ? 'steno-chord' : 'steno-lowercase',
        start: token.start,
        end: token.end,
        expected: [],
        confidence,
        reason:
          `\`${value}\` is not a dictionary word or a known acronym and cannot be read as English (${why}): ` +
          `a steno untranslate, whose intended words must be recovered from the audio.`,
        evidence: { length: value.length, occurrences, capitals, pronounceable: false, why },
      })
    }
  }
}

interface Settings {
  knownWords: string[]
  acronyms: string[]
  minLength: number
  minConfidence: number
}

/** Endings that make a run of capitals a family of acronyms ("APTLD", "LACTLD"; "AFRINIC"). */
const ACRONYM_ENDINGS = ['TLD', 'TLDS', 'NIC']

/**
 * A run of capitals made of a short prefix (one to three letters) and a known acronym or an acronym
 * ending: "UNOEWG", "EUCERT", "APTLD". Regional and UN-prefixed bodies are named this way.
 */
function compoundAcronym(value: string, acronyms: ReadonlySet<string>): boolean {
  for (let cut = 1; cut <= 3 && value.length - cut >= 3; cut++) {
    const rest = value.slice(cut)
    if (acronyms.has(rest) || ACRONYM_ENDINGS.includes(rest)) return true
  }
  return false
}

function validate(options: UntranslateOptions): Settings {
  if (typeof options !== 'object' || options === null) {
    throw new TypeError(`untranslate: options must be an object, got ${String(options)}`)
  }
  const knownWords = stringList(options.knownWords, 'knownWords')
  const acronyms = stringList(options.acronyms, 'acronyms')
  const minLength = options.minLength ?? 4
  if (!Number.isInteger(minLength) || minLength < 2) {
    throw new TypeError(`untranslate: options.minLength must be an integer of at least 2, got ${String(options.minLength)}`)
  }
  const minConfidence = options.minConfidence ?? 0.5
  if (typeof minConfidence !== 'number' || !(minConfidence >= 0 && minConfidence <= 1)) {
    throw new TypeError(`untranslate: options.minConfidence must be a number from 0 to 1, got ${String(options.minConfidence)}`)
  }
  return { knownWords, acronyms, minLength, minConfidence }
}

function stringList(value: unknown, name: string): string[] {
  if (value === undefined) return []
  if (!Array.isArray(value) || !value.every((item) => typeof item === 'string')) {
    throw new TypeError(`untranslate: options.${name} must be an array of strings`)
  }
  return value as string[]
}

/**
 * Speaker labels and all-caps lines: "MODERATOR:", ">> JOHN SMITH:", "(SPEAKING FRENCH)", or a sentence
 * most of whose words are in capitals.
 */
function isLabel(token: Token, tokens: readonly Token[], text: string): boolean {
  // The run of capitalised words around the token (">> JAN KLEIJSSEN:", "[SPEAKING FRENCH]").
  const upper = (t: Token | undefined): t is Token => t !== undefined && /^\p{Lu}[\p{Lu}.'’‑-]*$/u.test(t.value)
  let first = token
  while (upper(tokens[first.index - 1]) && /^[ \t]+$/.test(first.gap)) first = tokens[first.index - 1]!
  let last = token
  while (upper(tokens[last.index + 1]) && /^[ \t]+$/.test(tokens[last.index + 1]!.gap)) last = tokens[last.index + 1]!
  const after = text.slice(last.end, last.end + 2)
  if (/^\s?:/.test(after) || /^\s*[\])]/.test(after)) return true
  const before = text.slice(Math.max(0, first.start - 3), first.start)
  if (/>>\s?$|[[(]\s*$/.test(before)) return true
  const sentence = tokens.filter((t) => t.sentence === token.sentence)
  const capitals = sentence.filter((t) => CAPITALS.test(t.value) && t.value !== 'I' && t.value !== 'A').length
  return sentence.length >= 2 && capitals * 2 > sentence.length
}

/**
 * Why `word` (lower case) cannot be an English word, or undefined when it can: it needs a vowel, and
 * every consonant cluster must be one English words begin with (at the start), end with (at the end),
 * or an ending followed by a beginning (inside).
 */
export function unpronounceable(word: string, onsets: ReadonlySet<string>, codas: ReadonlySet<string>): string | undefined {
  const clusters = word.split(/[aeiouy]+/)
  if (!VOWEL.test(word)) return 'no vowel'
  const isOnset = (c: string): boolean => c.length <= 1 || onsets.has(c)
  const doubled = (c: string): boolean => c.length === 2 && c[0] === c[1]
  const isCoda = (c: string): boolean =>
    c.length <= 1 || codas.has(c) || doubled(c) || (c.endsWith('s') && (c.length === 2 || codas.has(c.slice(0, -1)) || doubled(c.slice(0, -1))))
  const first = clusters[0]!
  if (!isOnset(first)) return `no English word begins with "${first}"`
  const last = clusters[clusters.length - 1]!
  if (clusters.length > 1 && !isCoda(last)) return `no English word ends with "${last}"`
  for (const middle of clusters.slice(1, -1)) {
    let ok = false
    for (let cut = 0; cut <= middle.length && !ok; cut++) ok = isCoda(middle.slice(0, cut)) && isOnset(middle.slice(cut))
    if (!ok) return `"${middle}" is no English word ending followed by a beginning`
  }
  return undefined
}
