/**
 * `term-case`: glossary acronyms and names written in the wrong case ("icann" → "ICANN", "certs" →
 * "CERTs", "African union" → "African Union", "UN charter" → "UN Charter").
 *
 * Only capitals are restored, never removed, and an all-capitals span is left alone. Where the
 * lower-case form is itself an English word or phrase ("mag", "general assembly"), the change needs
 * evidence that the name is meant: a capital already in the span beyond the sentence start ("African
 * union"), one of the entry's context words nearby, or the term written correctly elsewhere in the
 * file; without it the change is only suggested. Very common words ("who", "it", "first") are never
 * turned into acronyms.
 */
import type { Root } from 'nlcst'
import type { Plugin } from 'unified'
import type { Glossary } from '../glossary/types.js'
import {
  allowedHere,
  contextNear,
  docIndexOf,
  glossariesOption,
  isOrdinary,
  plainSpan,
  sentenceInitial,
  stripPossessive,
  termElsewhere,
  termIndexOf,
  type IndexedEntry,
} from '../glossary/term-index.js'
import { zipf } from '../lexicon/index.js'
import { propose, tokensOf, type Token } from '../pipeline/context.js'

export const TERM_CASE_RULES = [
  /** A one-word acronym or name in the wrong case ("icann", "certs"). */
  'acronym-case',
  /** A name of several words with missing capitals ("African union", "united nations"). */
  'name-case',
] as const

export interface TermCaseOptions {
  glossaries?: Glossary[]
}

const SOURCE = 'term-case'
/** Words at least this common (Zipf) are never turned into an acronym ("who", "it", "first"). */
const TOO_COMMON = 5

export const termCase: Plugin<[TermCaseOptions?], Root> = function (options) {
  const index = termIndexOf(glossariesOption(SOURCE, options))

  return (tree, file) => {
    if (index.entries.length === 0) return
    const tokens = tokensOf(tree, file)
    const doc = docIndexOf(tokens)
    const text = String(file.value)
    for (let i = 0; i < tokens.length; i++) {
      let key = ''
      for (let n = 1; n <= index.maxTermWords && i + n <= tokens.length; n++) {
        const j = i + n - 1
        if (n > 1 && !plainSpan(tokens, j - 1, j)) break
        const word = doc.norm[j] as string
        // The last word may carry a possessive or (for acronyms) a plural: "icann's", "certs".
        const bare = word.replace(/'s$/, '')
        key = n === 1 ? '' : `${key} `
        for (const [lookup, suffix] of suffixForms(key, bare, word)) {
          for (const item of index.terms.get(lookup) ?? []) {
            if (!item.cased) continue
            if (suffix === 's' && item.entry.kind !== 'acronym') continue
            const proposal = judge(item, tokens, i, j, suffix, text, doc)
            if (proposal) propose(file, proposal)
          }
        }
        key += word
      }
    }
  }

  function judge(
    item: IndexedEntry,
    tokens: readonly Token[],
    i: number,
    j: number,
    suffix: string,
    text: string,
    doc: ReturnType<typeof docIndexOf>,
  ) {
    const first = tokens[i] as Token
    const last = tokens[j] as Token
    const actual = text.slice(first.start, last.end)
    const possessive = /['’]s$/i.test(last.value) && !/['’]s$/i.test(item.entry.term) ? last.value.slice(-2) : ''
    const body = possessive ? actual.slice(0, -2) : actual
    const core = suffix ? body.slice(0, -suffix.length) : body
    const term = item.entry.term
    if (core === term) return undefined
    // Only restore capitals: every difference must be a lower-case letter where the term has a capital.
    if (core.length !== term.length) return undefined
    let restored = 0
    for (let k = 0; k < term.length; k++) {
      const a = core[k] as string
      const b = term[k] as string
      if (a === b) continue
      if (a.toLowerCase() !== b.toLowerCase() && !(isDash(a) && isDash(b))) return undefined
      if (isDash(a) && isDash(b)) continue
      if (a !== b.toLowerCase() || b === a) return undefined
      restored++
    }
    if (restored === 0) return undefined
    if (/\p{L}{2}/u.test(actual) && actual === actual.toUpperCase()) return undefined
    if (allowedHere(item, doc, i, j)) return undefined
    const words = actual.split(/\s+/)
    const atStart = sentenceInitial(tokens, i)
    // Capitals already there (beyond a sentence-initial one) show the captioner meant a name.
    const capitalsShown = words.some((w, k) => (k > 0 || !atStart) && /^\p{Lu}/u.test(w))
    const lowerWords = doc.norm.slice(i, j + 1).map((w) => w.replace(/'s$/, ''))
    const single = i === j
    if (single) {
      const lower = lowerWords[0] as string
      if (zipf(lower) >= TOO_COMMON) return undefined
    }
    const ordinary = single ? isOrdinary([stripPossessive(tokens[i]?.value ?? '').toLowerCase()]) : isOrdinary(lowerWords)
    const context = contextNear(item, doc, i, j)
    const elsewhere = termElsewhere(item, tokens, doc, i, j)
    let confidence: number
    let why: string
    if (!ordinary) {
      confidence = capitalsShown || context || elsewhere > 0 ? 0.93 : 0.85
      why = `\`${actual.toLowerCase()}\` is not an English ${single ? 'word' : 'phrase'}, and the ${item.glossary} glossary writes it \`${term}\``
    } else if (capitalsShown) {
      confidence = context || elsewhere > 0 ? 0.9 : 0.8
      why = `the span already has a capital, so it names \`${term}\` (${item.glossary} glossary)`
    } else if (context || elsewhere > 0) {
      confidence = context && elsewhere > 0 ? 0.82 : 0.72
      const parts = [context ? `'${context}' is nearby` : '', elsewhere > 0 ? `\`${term}\` is written ${elsewhere}× elsewhere` : '']
      why = `\`${actual}\` is also ordinary English, but ${parts.filter(Boolean).join(' and ')}`
    } else {
      confidence = 0.3
      why = `\`${actual}\` is also ordinary English and nothing nearby shows the name \`${term}\` is meant`
    }
    const expected = `${term}${suffix}${possessive}`
    return {
      source: SOURCE,
      ruleId: single ? 'acronym-case' : 'name-case',
      start: first.start,
      end: last.end,
      expected: [expected],
      confidence,
      reason: `\`${actual}\` → \`${expected}\`: ${why}.`,
      evidence: {
        ordinaryEnglish: ordinary,
        capitalsShown,
        ...(context ? { context } : {}),
        termElsewhere: elsewhere,
        glossary: item.glossary,
      },
      glossaryTerm: term,
    }
  }
}

function suffixForms(prefix: string, bare: string, word: string): Array<[string, string]> {
  const forms: Array<[string, string]> = [[prefix + bare, '']]
  if (word === bare && bare.length > 2 && bare.endsWith('s')) forms.push([prefix + bare.slice(0, -1), 's'])
  return forms
}

function isDash(ch: string): boolean {
  return /[-\u2010-\u2015]/.test(ch)
}
