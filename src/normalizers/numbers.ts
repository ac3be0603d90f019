/**
 * `numbers`: number artefacts of steno and ASR output. Ordinal adverbs written with digits ("4thly" →
 * "Fourthly"), two years run together where the words around them say how they relate ("between
 * 20152021" → "between 2015 and 2021"), decades fused with their modifier ("mid90" → "mid‑90s") and
 * ordinal suffixes split from their number ("21 st century" → "21st century").
 *
 * Anything else that contains digits is left alone: phone numbers, codes, amounts and dates are data.
 */
import type { Root } from 'nlcst'
import type { Plugin } from 'unified'
import { dataOf, isSpaceGap, propose, tokensOf } from '../pipeline/context.js'

export const NUMBERS_RULES = [
  /** "4thly" → "Fourthly": an ordinal adverb written with digits. */
  'ordinal-adverb',
  /** "between 20152021" → "between 2015 and 2021": two years written as one number. */
  'joined-years',
  /** "mid90" → "mid‑90s": a decade fused with early/mid/late. */
  'fused-decade',
  /** "21 st century" → "21st century": an ordinal suffix split from its number. */
  'split-ordinal',
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

