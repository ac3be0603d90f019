/**
 * Importing other tools' replace lists into the glossary format: Subtitle Edit's OCR replace list
 * (`*_OCRFixReplaceList.xml`) and prh rule files (YAML). What the glossary cannot express (partial-word
 * replacements, regular expressions that are not a plain list of words) is skipped and reported.
 */
import { isMap, isSeq, LineCounter, parseDocument, stringify } from 'yaml'
import type { Node as YamlNode } from 'yaml'
import { GlossaryError } from './load.js'
import type { Glossary, GlossaryEntry, TermKind } from './types.js'

/** The result of an import: the glossary and what could not be carried over. */
export interface ImportResult {
  glossary: Glossary
  /** One line per skipped rule, naming its line in the source file. */
  skipped: string[]
  format: 'subtitle-edit' | 'prh'
}

/** Detects the format from the text and imports it. */
export function importGlossary(text: string, path = '<import>'): ImportResult {
  const head = text.replace(/^\uFEFF/, '').trimStart()
  if (head.startsWith('<')) return importSubtitleEdit(text, path)
  return importPrh(text, path)
}

// ---------------------------------------------------------------------------------------------------
// Subtitle Edit

const SE_SECTIONS: Record<string, { element: string; usable: boolean; what: string }> = {
  WholeWords: { element: 'Word', usable: true, what: 'whole word' },
  PartialWordsAlways: { element: 'WordPart', usable: false, what: 'partial word' },
  PartialWords: { element: 'WordPart', usable: false, what: 'partial word' },
  PartialLinesAlways: { element: 'LinePart', usable: false, what: 'partial line' },
  PartialLines: { element: 'LinePart', usable: false, what: 'partial line' },
  BeginLines: { element: 'Line', usable: false, what: 'line start' },
  EndLines: { element: 'Line', usable: false, what: 'line end' },
  WholeLines: { element: 'Line', usable: false, what: 'whole line' },
  RegularExpressions: { element: 'RegEx', usable: false, what: 'regular expression' },
}

/**
 * Imports a Subtitle Edit OCR replace list. `WholeWords` become entries (one per target, its sources
 * as variants); the other sections are character-level OCR fixes with no place in a glossary.
 */
export function importSubtitleEdit(text: string, path = '<import>'): ImportResult {
  if (!/<(OCRFixReplaceList|ReplaceList)\b/.test(text)) {
    throw new GlossaryError('not a Subtitle Edit OCR replace list (no <OCRFixReplaceList> element)', { path, line: 1 })
  }
  const skipped: string[] = []
  const byTerm = new Map<string, GlossaryEntry>()
  for (const [name, spec] of Object.entries(SE_SECTIONS)) {
    const sectionPattern = new RegExp(`<${name}\\s*>([\\s\\S]*?)</${name}\\s*>`, 'g')
    for (const section of text.matchAll(sectionPattern)) {
      const bodyStart = (section.index ?? 0) + section[0].indexOf('>') + 1
      for (const element of (section[1] ?? '').matchAll(ELEMENT)) {
        const line = lineOf(text, bodyStart + (element.index ?? 0))
        const attributes = attributesOf(element[2] ?? '')
        const from = attributes.from ?? attributes.find
        const to = attributes.to ?? attributes.replacewith
        if (from === undefined || to === undefined) {
          skipped.push(`line ${line}: <${element[1]}> without from/to`)
        } else if (!spec.usable) {
          skipped.push(`line ${line}: ${spec.what} "${from}" -> "${to}" (${name} cannot be expressed as a glossary term)`)
        } else if (from.trim() === '' || to.trim() === '' || from.trim() === to.trim()) {
          skipped.push(`line ${line}: "${from}" -> "${to}" changes nothing`)
        } else {
          const target = to.trim()
          const entry = byTerm.get(target) ?? { term: target, kind: kindOf(target), variants: [] }
          if (!entry.variants?.includes(from.trim())) entry.variants?.push(from.trim())
          byTerm.set(target, entry)
        }
      }
    }
  }
  const glossary: Glossary = { name: stemOf(path), terms: [...byTerm.values()] }
  return { glossary, skipped, format: 'subtitle-edit' }
}

const ELEMENT = /<(\w+)((?:\s+[\w:-]+\s*=\s*(?:"[^"]*"|'[^']*'))*)\s*\/?>/g

function attributesOf(source: string): Record<string, string> {
  const result: Record<string, string> = {}
  for (const match of source.matchAll(/([\w:-]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g)) {
    const key = match[1]?.toLowerCase()
    if (key) result[key] = decodeEntities(match[2] ?? match[3] ?? '')
  }
  return result
}

function decodeEntities(value: string): string {
  return value.replace(/&(#x[0-9a-f]+|#\d+|amp|lt|gt|quot|apos);/gi, (whole, name: string) => {
    const lower = name.toLowerCase()
    if (lower.startsWith('#x')) return String.fromCodePoint(Number.parseInt(lower.slice(2), 16))
    if (lower.startsWith('#')) return String.fromCodePoint(Number.parseInt(lower.slice(1), 10))
    return { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" }[lower] ?? whole
  })
}

// ---------------------------------------------------------------------------------------------------
// prh

/**
 * Imports a prh rule file: each rule's `expected` becomes a term; plain-string `pattern`/`patterns`
 * and regex patterns that are a plain alternation of words become variants; `specs` become examples
 * (and specs whose `to` equals `from`, counterexamples). `prh` notes are kept as `note`.
 */
export function importPrh(text: string, path = '<import>'): ImportResult {
  const lineCounter = new LineCounter()
  const document = parseDocument(text, { lineCounter, prettyErrors: false })
  const lineAt = (node: unknown): number | undefined => {
    const range = (node as YamlNode | undefined)?.range
    return range ? lineCounter.linePos(range[0]).line : undefined
  }
  const firstError = document.errors[0]
  if (firstError) {
    throw new GlossaryError(`invalid YAML: ${firstError.message.split('\n')[0]}`, {
      path,
      line: lineCounter.linePos(firstError.pos[0]).line,
    })
  }
  const root = document.contents
  const rulesNode = isMap(root) ? (root.get('rules', true) as YamlNode | undefined) : undefined
  if (!isSeq(rulesNode)) {
    throw new GlossaryError('not a prh rule file (no `rules` list)', { path, ...lineOpt(lineAt(root)), key: 'rules' })
  }
  const skipped: string[] = []
  const byTerm = new Map<string, GlossaryEntry>()
  rulesNode.items.forEach((ruleNode, index) => {
    const line = lineAt(ruleNode)
    const where = `line ${line ?? '?'} (rules[${index}])`
    if (!isMap(ruleNode)) {
      skipped.push(`${where}: not a mapping`)
      return
    }
    const rule = ruleNode.toJSON() as Record<string, unknown>
    const expected = rule.expected
    if (typeof expected !== 'string' || expected.trim() === '') {
      skipped.push(`${where}: no \`expected\` string`)
      return
    }
    if (/\$\d/.test(expected)) {
      skipped.push(`${where}: "${expected}" uses regex captures`)
      return
    }
    const term = expected.trim()
    const rawPatterns = [rule.pattern, rule.patterns].flat().filter((p) => p !== undefined && p !== null)
    const variants: string[] = []
    let usable = true
    if (rawPatterns.length === 0) {
      // prh derives a case-insensitive pattern from `expected` itself: that is case repair.
      variants.push(term.toLowerCase())
    }
    for (const pattern of rawPatterns) {
      if (typeof pattern !== 'string') {
        usable = false
        continue
      }
      const words = wordsOfPattern(pattern)
      if (words === undefined) usable = false
      else variants.push(...words)
    }
    if (!usable) {
      skipped.push(`${where}: a pattern of "${term}" is a regular expression that is not a plain list of words`)
      if (variants.length === 0) return
    }
    const entry: GlossaryEntry = byTerm.get(term) ?? { term, kind: kindOf(term) }
    const allVariants = new Set(entry.variants ?? [])
    for (const variant of variants) if (variant !== term) allVariants.add(variant)
    if (allVariants.size > 0) entry.variants = [...allVariants]
    const specs = Array.isArray(rule.specs) ? (rule.specs as unknown[]) : []
    for (const spec of specs) {
      const from = (spec as { from?: unknown } | null)?.from
      const to = (spec as { to?: unknown } | null)?.to
      if (typeof from !== 'string' || typeof to !== 'string') continue
      if (from === to) (entry.counterexamples ??= []).push(from)
      else (entry.examples ??= []).push({ input: from, output: to })
    }
    if (typeof rule.prh === 'string' && rule.prh.trim() !== '') entry.note = rule.prh.trim()
    byTerm.set(term, entry)
  })
  return { glossary: { name: stemOf(path), terms: [...byTerm.values()] }, skipped, format: 'prh' }
}

/**
 * The literal alternatives of a prh pattern: a plain string is itself; `/a|b c/i` is [a, b c];
 * `/[Jj]ava[Ss]cript/` expands small character classes. Anything else is undefined.
 */
export function wordsOfPattern(pattern: string): string[] | undefined {
  const regex = /^\/(.*)\/([a-z]*)$/s.exec(pattern)
  if (!regex) return [pattern]
  let body = regex[1] ?? ''
  body = body.replace(/^\\b|\\b$/g, '').replace(/^\(\?:(.*)\)$/s, '$1')
  const alternatives = splitTopLevel(body)
  if (!alternatives) return undefined
  const result: string[] = []
  for (const alternative of alternatives) {
    const expanded = expandClasses(alternative.replace(/\\s\+?|\\ /g, ' '))
    if (!expanded) return undefined
    result.push(...expanded)
  }
  return [...new Set(result.map((w) => w.trim()).filter((w) => w !== ''))]
}

function splitTopLevel(body: string): string[] | undefined {
  if (/[()]/.test(body)) return undefined
  return body.split('|')
}

/** Expands `[Jj]` style classes (up to 16 results); undefined when other regex syntax remains. */
function expandClasses(source: string): string[] | undefined {
  let results = ['']
  for (let i = 0; i < source.length; i++) {
    const ch = source[i] as string
    if (ch === '[') {
      const close = source.indexOf(']', i)
      if (close < 0) return undefined
      const members = source.slice(i + 1, close)
      if (members === '' || /[\\^-]/.test(members)) return undefined
      // Case classes ([Jj]) keep the first member only: case does not matter to the matcher.
      const sameLetter = new Set(members.toLowerCase()).size === 1
      const choices = sameLetter ? [members[0] as string] : [...members]
      results = results.flatMap((prefix) => choices.map((c) => prefix + c))
      if (results.length > 16) return undefined
      i = close
    } else if (ch === '\\') {
      const next = source[i + 1]
      if (next === undefined || /[A-Za-z0-9]/.test(next)) return undefined
      results = results.map((prefix) => prefix + next)
      i++
    } else if ('.*+?{}^$'.includes(ch)) {
      return undefined
    } else {
      results = results.map((prefix) => prefix + ch)
    }
  }
  return results
}

// ---------------------------------------------------------------------------------------------------

/** Guesses the kind of an imported term from its shape. */
export function kindOf(term: string): TermKind {
  if (/^[A-Z0-9&.-]{2,}s?$/.test(term) && /[A-Z]/.test(term)) return 'acronym'
  const words = term.split(/\s+/)
  if (words.length > 1) return words.every((w) => /^[A-Z0-9]/.test(w) || /^(of|the|and|for|on|in|de|du)$/.test(w)) ? 'name' : 'phrase'
  return /^[A-Z]/.test(term) ? 'name' : 'word'
}

function stemOf(path: string): string {
  const base = path.split(/[\\/]/).pop() ?? path
  return base.replace(/\.[^.]+$/, '').replace(/^[a-z]{3}_OCRFixReplaceList$/i, 'ocr-fixes') || 'imported'
}

function lineOf(text: string, offset: number): number {
  let line = 1
  for (let i = 0; i < offset && i < text.length; i++) if (text.charCodeAt(i) === 10) line++
  return line
}

function lineOpt(line: number | undefined): { line?: number } {
  return line === undefined ? {} : { line }
}

/** Serializes a glossary as YAML in the glossary format. */
export function stringifyGlossary(glossary: Glossary): string {
  const terms = glossary.terms.map((entry) => {
    const out: Record<string, unknown> = { term: entry.term, kind: entry.kind }
    for (const key of ['variants', 'context', 'allow', 'confusions', 'examples', 'counterexamples', 'note'] as const) {
      const value = entry[key]
      if (value !== undefined && (!Array.isArray(value) || value.length > 0)) out[key] = value
    }
    return out
  })
  return stringify({ name: glossary.name, terms }, { lineWidth: 0 })
}
