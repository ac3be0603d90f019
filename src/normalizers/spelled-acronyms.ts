/**
 * `spelled-acronyms`: a glossary acronym written out letter by letter, as captioners and ASR do when
 * the speaker spells it ("I C A N N" → "ICANN", "the I T U" → "the ITU"). Dotted abbreviations ("D. C.",
 * "U.S.") are written forms and stay.
 *
 * A run of single letters is cut, left to right, into the longest pieces that each spell exactly one
 * glossary acronym ("I I T U" → "I ITU"). Letters must be capitals, except in pieces of three or more
 * with no "a" or "i" in them (which could be words).
 */
import type { Root } from 'nlcst'
import type { Plugin } from 'unified'
import type { Glossary } from '../glossary/types.js'
import { docIndexOf, glossariesOption, termIndexOf } from '../glossary/term-index.js'
import { propose, tokensOf, type Token } from '../pipeline/context.js'

export const SPELLED_ACRONYMS_RULES = [
  /** Single letters separated by spaces that spell a glossary acronym. */
  'spelled-letters',
] as const

export interface SpelledAcronymsOptions {
  glossaries?: Glossary[]
}

const SOURCE = 'spelled-acronyms'
const LETTER = /^\p{L}$/u

export const spelledAcronyms: Plugin<[SpelledAcronymsOptions?], Root> = function (options) {
  const index = termIndexOf(glossariesOption(SOURCE, options))

  return (tree, file) => {
    if (index.acronyms.size === 0) return
    const tokens = tokensOf(tree, file)
    docIndexOf(tokens)
    const text = String(file.value)
    let i = 0
    while (i < tokens.length) {
      // A maximal run of single letters with only spaces (or a full stop and space) between them.
      let j = i
      if (!LETTER.test((tokens[i] as Token).value)) {
        i++
        continue
      }
      // Only spaces between the letters: "D. C." and "U.S." are written abbreviations, not captions
      // spelling a word out.
      while (j + 1 < tokens.length && LETTER.test((tokens[j + 1] as Token).value) && /^[ \t\u00a0]+$/.test((tokens[j + 1] as Token).gap)) j++
      const run = tokens.slice(i, j + 1)
      tryRun(run)
      i = j + 1
    }

    /** Cuts the run, left to right, into the longest pieces that spell one glossary acronym each. */
    function tryRun(run: Token[]): void {
      let p = 0
      while (p < run.length - 1) {
        let taken = 1
        for (let q = run.length; q >= p + 2; q--) {
          if (proposeLetters(run.slice(p, q))) {
            taken = q - p
            break
          }
        }
        p += taken
      }
    }

    function proposeLetters(letters: Token[]): boolean {
      const spelled = letters.map((t) => t.value).join('')
      const upper = spelled === spelled.toUpperCase()
      if (!upper && (letters.length < 3 || /[ai]/i.test(spelled))) return false
      const items = index.acronyms.get(spelled.toLowerCase()) ?? []
      if (items.length !== 1) return false
      const item = items[0]!
      const first = letters[0] as Token
      const last = letters[letters.length - 1] as Token
      const actual = text.slice(first.start, last.end)
      propose(file, {
        source: SOURCE,
        ruleId: 'spelled-letters',
        start: first.start,
        end: last.end,
        expected: [item.entry.term],
        confidence: upper ? 0.93 : 0.8,
        reason: `\`${actual}\` → \`${item.entry.term}\`: the letters spell the ${item.glossary} glossary acronym.`,
        evidence: { letters: letters.length, capitals: upper, glossary: item.glossary },
        glossaryTerm: item.entry.term,
      })
      return true
    }
  }
}
