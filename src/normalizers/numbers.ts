/**
 * `numbers`: number artefacts of steno and ASR output. Ordinal adverbs written with digits ("4thly" →
 * "Fourthly"), two years run together where the words around them say how they relate ("between
 * 20152021" → "between 2015 and 2021"), decades fused with their modifier ("mid90" → "mid‑90s") and
 * ordinal suffixes split from their number ("21 st century" → "21st century") and years said as two
 * numbers ("in 20 17" → "in 2017", "the 20 30 Agenda" → "the 2030 Agenda") where a word around them
 * asks for a year.
 *
 * Anything else that contains digits is left alone: phone numbers, codes, amounts and dates are data.
 */
import type { Root } from 'nlcst'
import type { Plugin } from 'unified'
import { dataOf, isSpaceGap, propose, tokensOf, type Token } from '../pipeline/context.js'

export const NUMBERS_RULES = [
  /** "4thly" → "Fourthly": an ordinal adverb written with digits. */
  'ordinal-adverb',
  /** "between 20152021" → "between 2015 and 2021": two years written as one number. */
  'joined-years',
  /** "mid90" → "mid‑90s": a decade fused with early/mid/late. */
  'fused-decade',
  /** "21 st century" → "21st century": an ordinal suffix split from its number. */
  'split-ordinal',
  /** "in 20 17" → "in 2017": a year said as two numbers ("twenty seventeen") and written as two. */
  'split-year',
] as const

export type NumbersRule = (typeof NUMBERS_RULES)[number]

export interface NumbersOptions {
  /**
   * Hyphen for "mid‑90s": `auto` (default) follows the transcript (U+2011 where its hyphenated words
   * use it, else "-").
   */
  hyphen?: 'auto' | '-' | '\u2011'
}

const SOURCE = 'numbers'

const ORDINAL_WORDS = ['first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth']

const ORDINAL_ADVERB = /^(\d{1,2})(st|nd|rd|th)ly$/i
const JOINED_YEARS = /^((?:19|20)\d\d)((?:19|20)\d\d)$/
const FUSED_DECADE = /^(early|mid|late)(\d0|1[89]\d0|20\d0)(s?)$/i
const DIGITS = /^\d{1,4}$/

/** Words right before a year ("in 2017", "since 2015", "the 2030 Agenda", "May 2016"). */
const BEFORE_YEAR = new Set([
  'after', 'april', 'around', 'august', 'before', 'between', 'by', 'circa', 'december', 'during', 'early', 'february', 'from',
  'in', 'january', 'july', 'june', 'late', 'march', 'may', 'mid', 'november', 'october', 'of', 'september', 'since', 'the',
  'through', 'till', 'to', 'until', 'year',
])
/** Words right after a year that name what it dates ("the 2030 Agenda", "the 2021 report"). */
const AFTER_YEAR = new Set([
  'agenda', 'budget', 'census', 'cycle', 'declaration', 'edition', 'election', 'elections', 'igf', 'meeting', 'report',
  'review', 'session', 'summit',
])
/** Words after two numbers that make them a count or a list, not a year ("20 17-year-olds", "19 20 percent"). */
const NOT_YEAR_AFTER =
  /^(?:percent|per|years?|year-olds?|people|persons|countries|states|members|million|billion|thousand|hundred|times|days|weeks|months|hours|minutes|seconds|cases|votes|items|pages|points|words|dollars|euros|francs|kilometres|kilometers|miles)$/
/** Words after two numbers that go on with a list ("19 20 and 21"), unless a range began before ("between 20 15 and"). */
const LIST_AFTER = /^(?:and|or|to)$/

/** The words before two joined years that say how to join them: "between 2015 and 2021", "from 2015 to 2021". */
const YEAR_JOINERS: Readonly<Record<string, { join: string; confidence: number }>> = {
  between: { join: 'and', confidence: 0.85 },
  from: { join: 'to', confidence: 0.8 },
}

export const numbers: Plugin<[NumbersOptions?], Root> = function (options = {}) {
  if (typeof options !== 'object' || options === null) {
    throw new TypeError(`numbers: options must be an object, got ${String(options)}`)
  }
  const hyphenSetting = options.hyphen ?? 'auto'
  if (hyphenSetting !== 'auto' && hyphenSetting !== '-' && hyphenSetting !== '\u2011') {
    throw new TypeError(`numbers: options.hyphen must be "auto", "-" or "\\u2011", got ${JSON.stringify(options.hyphen)}`)
  }

  return (tree, file) => {
    const tokens = tokensOf(tree, file)
    const text = dataOf(file).document.text
    let hyphen: string | undefined
    const hyphenFor = (): string => (hyphen ??= hyphenSetting === 'auto' ? houseHyphen(text) : hyphenSetting)

    for (const token of tokens) {
      const previous = tokens[token.index - 1]
      const next = tokens[token.index + 1]
      const startsSentence = !previous || previous.sentence !== token.sentence

      const adverb = ORDINAL_ADVERB.exec(token.value)
      if (adverb) {
        const n = Number(adverb[1])
        const suffix = adverb[2]!.toLowerCase()
        const word = ORDINAL_WORDS[n - 1]
        if (word && suffix === ordinalSuffix(n)) {
          const expected = `${startsSentence ? word.charAt(0).toUpperCase() + word.slice(1) : word}ly`
          propose(file, {
            source: SOURCE,
            ruleId: 'ordinal-adverb',
            start: token.start,
            end: token.end,
            expected: [expected],
            confidence: 0.9,
            reason: `\`${token.value}\` → \`${expected}\`: ${n}${suffix} is the ordinal ${word}, and an adverb is written in words${startsSentence ? ' (capitalised: it starts the sentence)' : ''}.`,
            evidence: { ordinal: n, startsSentence },
          })
        }
        continue
      }

      const years = JOINED_YEARS.exec(token.value)
      if (years) {
        const first = Number(years[1])
        const second = Number(years[2])
        if (second <= first) continue
        const joiner = previous && isSpaceGap(token.gap) && previous.sentence === token.sentence ? YEAR_JOINERS[previous.lower] : undefined
        const range = `${years[1]}\u2013${years[2]}`
        const expected = joiner ? [`${years[1]} ${joiner.join} ${years[2]}`, range] : [`${years[1]} and ${years[2]}`, range]
        propose(file, {
          source: SOURCE,
          ruleId: 'joined-years',
          start: token.start,
          end: token.end,
          expected,
          confidence: joiner ? joiner.confidence : 0.4,
          reason: joiner
            ? `\`${token.value}\` → \`${expected[0]}\`: two years in order run together, and \`${previous!.value}\` asks for \`${joiner.join}\` between them.`
            : `\`${token.value}\` looks like the years ${years[1]} and ${years[2]} run together; nothing before it says how they relate, so this is only a suggestion.`,
          evidence: { first, second, joinerBefore: joiner ? previous!.lower : '' },
        })
        continue
      }

      const decade = FUSED_DECADE.exec(token.value)
      if (decade) {
        const expected = `${decade[1]}${hyphenFor()}${decade[2]}s`
        propose(file, {
          source: SOURCE,
          ruleId: 'fused-decade',
          start: token.start,
          end: token.end,
          expected: [expected],
          confidence: 0.75,
          reason: `\`${token.value}\` → \`${expected}\`: "${decade[1]!.toLowerCase()}" fused with a round number ${decade[2]} names a decade, written with a hyphen and a plural s.`,
          evidence: { decade: Number(decade[2]), hadPluralS: decade[3] !== '' },
        })
        continue
      }

      const year = splitYear(tokens, token.index)
      if (year) {
        propose(file, {
          source: SOURCE,
          ruleId: 'split-year',
          start: token.start,
          end: next!.end,
          expected: [year.expected],
          confidence: year.confidence,
          reason: `\`${token.value} ${next!.value}\` → \`${year.expected}\`: a year said as two numbers ("${year.spoken}") and written as two, where ${year.why}.`,
          evidence: { before: year.before, after: year.after },
        })
        continue
      }

      if (DIGITS.test(token.value) && next && /^(st|nd|rd|th)$/.test(next.value) && isSpaceGap(next.gap) && next.gap.length === 1) {
        const n = Number(token.value)
        // "21 st. Bernard": a full stop after the suffix makes it an abbreviation (saint, street).
        if (next.value !== ordinalSuffix(n) || text.charAt(next.end) === '.') continue
        const expected = `${token.value}${next.value}`
        propose(file, {
          source: SOURCE,
          ruleId: 'split-ordinal',
          start: token.start,
          end: next.end,
          expected: [expected],
          confidence: 0.85,
          reason: `\`${token.value} ${next.value}\` → \`${expected}\`: "${next.value}" is the ordinal suffix of ${n}, split off by a space.`,
          evidence: { number: n },
        })
      }
    }
  }
}

const TENS = ['', 'ten', 'twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety']
const UNITS = ['', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', 'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen']

/** A number under 100 in words ("seventeen", "thirty"). */
function spoken(n: number): string {
  if (n < 20) return UNITS[n] ?? ''
  return `${TENS[Math.floor(n / 10)]}${n % 10 ? `-${UNITS[n % 10]}` : ''}`
}

/**
 * "in 20 17": "19" or "20" and two digits, one space apart in one sentence, with a word before that
 * asks for a year or a word after that a year dates; not where a count or a list goes on ("20 17
 * percent", "19 20 and 21").
 */
function splitYear(
  tokens: readonly Token[],
  index: number,
): { expected: string; confidence: number; why: string; spoken: string; before: string; after: string } | undefined {
  const token = tokens[index]!
  const next = tokens[index + 1]
  if (!next || (token.value !== '19' && token.value !== '20') || !/^\d\d$/.test(next.value)) return undefined
  if (next.sentence !== token.sentence || next.gap !== ' ') return undefined
  const previous = tokens[index - 1]
  const after = tokens[index + 2]
  const before = previous && previous.sentence === token.sentence && isSpaceGap(token.gap) ? previous.lower : ''
  const following = after && after.sentence === token.sentence && isSpaceGap(after.gap) ? after.lower : ''
  // A number or a count right after: a list of numbers or an amount, not a year.
  if (/^\d/.test(following) || NOT_YEAR_AFTER.test(following) || /^[-\u2010\u2011]/.test(after?.gap ?? '')) return undefined
  if (LIST_AFTER.test(following) && before !== 'between' && before !== 'from' && !yearStartsAt(tokens, index + 3)) return undefined
  if (/^\d/.test(before)) return undefined
  // "between 2015 and 20 21", "from 20 15 to 20 21": the second of two years.
  const afterYear = /^(?:and|to|or)$/.test(before) && yearEndsAt(tokens, index - 2)
  const asksBefore = BEFORE_YEAR.has(before) || afterYear
  const asksAfter = AFTER_YEAR.has(following)
  if (!asksBefore && !asksAfter) return undefined
  const why =
    asksBefore && asksAfter ? `"${previous!.value}" comes before a year and "${after!.value}" is what it dates` : asksBefore ? `"${previous!.value}" comes before a year` : `"${after!.value}" is what a year dates`
  return {
    expected: `${token.value}${next.value}`,
    confidence: asksBefore && asksAfter ? 0.9 : 0.8,
    why,
    spoken: sayYear(Number(token.value), Number(next.value)),
    before,
    after: following,
  }
}

/** Whether token `index` ends a year: "2015", or "15" after "20" ("20 15"). */
function yearEndsAt(tokens: readonly Token[], index: number): boolean {
  const token = tokens[index]
  if (!token) return false
  if (/^(?:19|20)\d\d$/.test(token.value)) return true
  const before = tokens[index - 1]
  return /^\d\d$/.test(token.value) && before !== undefined && (before.value === '19' || before.value === '20') && token.gap === ' '
}

/** Whether a year starts at token `index`: "2020", or "20 20". */
function yearStartsAt(tokens: readonly Token[], index: number): boolean {
  const token = tokens[index]
  if (!token) return false
  if (/^(?:19|20)\d\d$/.test(token.value)) return true
  const next = tokens[index + 1]
  return (token.value === '19' || token.value === '20') && next !== undefined && /^\d\d$/.test(next.value) && next.gap === ' '
}

/** A year as it is said: "twenty seventeen", "nineteen oh five", "two thousand". */
function sayYear(century: number, rest: number): string {
  if (rest === 0) return century === 20 ? 'two thousand' : `${spoken(century)} hundred`
  return `${spoken(century)} ${rest < 10 ? `oh ${spoken(rest)}` : spoken(rest)}`
}

/** The English ordinal suffix of a whole number: 1st, 2nd, 3rd, 4th, 11th, 12th, 13th, 21st. */
export function ordinalSuffix(n: number): 'st' | 'nd' | 'rd' | 'th' {
  const lastTwo = n % 100
  if (lastTwo >= 11 && lastTwo <= 13) return 'th'
  switch (n % 10) {
    case 1:
      return 'st'
    case 2:
      return 'nd'
    case 3:
      return 'rd'
    default:
      return 'th'
  }
}

/** U+2011 when the transcript's hyphenated words mostly use it (CART output often does), else "-". */
function houseHyphen(text: string): string {
  const nonBreaking = text.match(/\p{L}\u2011\p{L}/gu)?.length ?? 0
  const ascii = text.match(/\p{L}-\p{L}/gu)?.length ?? 0
  return nonBreaking > ascii ? '\u2011' : '-'
}

