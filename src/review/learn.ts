/**
 * Learning from review decisions: an accepted fix becomes a variant of its term (so the glossary fixes
 * it next time), a rejected one becomes an `allow` phrase of its term (so it is never changed in that
 * wording again). The user's glossary is edited in place with the `yaml` Document API, so comments,
 * key order and formatting survive; the result is validated with the glossary loader.
 */
import { extname } from 'node:path'
import { isMap, isScalar, isSeq, parseDocument, type Document, type YAMLMap, type YAMLSeq } from 'yaml'
import { parseGlossary } from '../glossary/load.js'
import type { GlossaryEntry, TermKind } from '../glossary/types.js'
import type { Decision, DecisionsFile } from './decisions.js'

/** One change `learn` made (or, with `skipped`, chose not to make). */
export interface LearnChange {
  term: string
  kind: 'variant' | 'allow' | 'term' | 'skipped'
  value: string
  /** Why a decision taught nothing, or a caveat. */
  note?: string
  /** The decision's file and id. */
  from: string
}

export interface LearnOptions {
  /** The glossary file's path: its extension picks YAML or JSON; it names the file in errors. */
  path?: string
  /**
   * Entries of other glossaries in use (the shipped ones): when a decision names a term that only they
   * define, its entry is copied into the user's glossary first, since a user entry replaces a shipped
   * entry with the same term.
   */
  known?: readonly GlossaryEntry[]
}

export interface LearnResult {
  /** The new glossary file text. */
  text: string
  changes: LearnChange[]
}

/** Guesses a term's kind from its spelling: `ICTs` acronym, `African Union` name, `due diligence` phrase. */
export function guessKind(term: string): TermKind {
  const words = term.trim().split(/\s+/)
  if (words.length === 1) {
    const word = words[0]!
    const upper = word.replace(/[^A-Z]/g, '').length
    if (upper >= 2 && /^[A-Z0-9&.\-]+s?$/.test(word)) return 'acronym'
    if (/^\p{Lu}/u.test(word)) return 'name'
    return 'word'
  }
  const small = new Set(['of', 'the', 'and', 'for', 'on', 'in', 'de', 'du', 'la', 'to', 'a', 'an'])
  if (words.every((w, i) => /^[\p{Lu}\d]/u.test(w) || (i > 0 && small.has(w)))) return 'name'
  return 'phrase'
}

/**
 * The phrase to allow for a rejected correction: the span with the next word (or, at the end of a
 * sentence, the previous word), so the correct look-alike is allowed in its wording and the variant
 * still fires elsewhere.
 */
export function allowPhrase(actual: string, before = '', after = ''): string {
  const next = /^[ \t\u00a0]+([\p{L}\p{N}][\p{L}\p{N}'’\u2011-]*)/u.exec(after)
  if (next) return `${actual} ${next[1]}`
  const previous = /([\p{L}\p{N}][\p{L}\p{N}'’\u2011-]*)[ \t\u00a0]+$/u.exec(before)
  if (previous) return `${previous[1]} ${actual}`
  return actual
}

/** Applies the decisions of a decisions file to the text of a glossary (YAML or JSON). */
export function learnGlossary(glossaryText: string, decisions: DecisionsFile, options: LearnOptions = {}): LearnResult {
  const path = options.path ?? 'glossary.yml'
  const json = extname(path).toLowerCase() === '.json'
  const source = glossaryText.trim() === '' ? (json ? '{ "terms": [] }\n' : 'terms: []\n') : glossaryText
  parseGlossary(source, path) // refuse to edit a glossary that is already invalid, naming the spot
  const store = (json ? jsonStore(source) : yamlStore(source)) as Store<unknown>
  const known = new Map((options.known ?? []).map((entry) => [entry.term, entry]))
  const changes: LearnChange[] = []

  for (const file of decisions.files) {
    for (const decision of file.decisions) {
      const from = `${file.path}#${decision.id}`
      const lesson = lessonOf(decision)
      if ('skip' in lesson) {
        changes.push({ term: '', kind: 'skipped', value: decision.actual ?? decision.id, note: lesson.skip, from })
        continue
      }
      const list = lesson.kind === 'variant' ? 'variants' : 'allow'
      const same = (a: string) => a.toLowerCase() === lesson.value.toLowerCase()
      let entry = store.find(lesson.term)
      const shipped = entry === undefined ? known.get(lesson.term) : undefined
      // A case fix ("mag" for "MAG") needs no variant: the term itself, matched case-insensitively, covers it.
      const caseOnly = lesson.kind === 'variant' && same(lesson.term)
      const current = entry !== undefined ? store.list(entry, list) : (shipped?.[list] ?? [])
      const needed = !caseOnly && !current.some(same)
      if (entry === undefined) {
        if (shipped && !needed) continue // the shipped entry already teaches it
        const created: GlossaryEntry = shipped ? structuredClone(shipped) : { term: lesson.term, kind: guessKind(lesson.term) }
        entry = store.add(created, from)
        changes.push({
          term: lesson.term,
          kind: 'term',
          value: created.kind,
          ...(shipped ? { note: 'copied from the shipped glossary, which this entry now overrides' } : {}),
          from,
        })
      }
      if (!needed) continue
      store.push(entry, list, lesson.value)
      changes.push({ term: store.term(entry), kind: lesson.kind, value: lesson.value, from })
    }
  }
  const text = store.text()
  parseGlossary(text, path) // the result must load: throws with file:line:key if not
  return { text, changes }
}

type Lesson = { term: string; kind: 'variant' | 'allow'; value: string } | { skip: string }

function lessonOf(decision: Decision): Lesson {
  const actual = decision.actual?.trim()
  if (actual === undefined) return { skip: 'the decision carries no record text; export it again from the review page' }
  if (actual === '') return { skip: 'an insertion: there is no mishearing to learn' }
  if (decision.action === 'accept') {
    const choice = (decision.choice ?? decision.expected?.[0])?.trim()
    if (!choice) return { skip: 'a deletion: nothing to learn as a variant' }
    if (dropsWords(actual, choice)) return { skip: 'a repetition or deletion: the fix only removes words' }
    const glossaryTerm = decision.glossaryTerm && choice === decision.expected?.[0]?.trim() ? decision.glossaryTerm : undefined
    let [heard, meant] = trimShared(actual, choice)
    // Without a glossary term, a case fix keeps its words: "African union" teaches "African Union", not "Union".
    if (!glossaryTerm && heard.toLowerCase() === meant.toLowerCase()) [heard, meant] = [actual, choice]
    return { term: glossaryTerm ?? meant, kind: 'variant', value: heard }
  }
  const expected = decision.expected?.[0]?.trim()
  const term = decision.glossaryTerm ?? (expected ? trimShared(actual, expected)[1] : undefined)
  if (!term) return { skip: 'the rejected record had no replacement' }
  return { term, kind: 'allow', value: allowPhrase(actual, decision.before, decision.after) }
}

/** True when `expected` is `actual` with some words left out ("it it" -> "it"). */
function dropsWords(actual: string, expected: string): boolean {
  const a = actual.toLowerCase().split(/\s+/)
  const b = expected.toLowerCase().split(/\s+/)
  if (b.length >= a.length) return false
  let i = 0
  for (const word of a) if (word === b[i]) i++
  return i === b.length
}

/**
 * Drops the words both ends share ("two mag members" / "two MAG members" -> "mag" / "MAG"), so the
 * variant is the mishearing itself, not the words around it.
 */
export function trimShared(actual: string, expected: string): [string, string] {
  const a = [...actual.matchAll(/\S+/g)]
  const b = [...expected.matchAll(/\S+/g)]
  let head = 0
  while (head < a.length - 1 && head < b.length - 1 && a[head]![0] === b[head]![0]) head++
  let tail = 0
  while (tail < a.length - 1 - head && tail < b.length - 1 - head && a[a.length - 1 - tail]![0] === b[b.length - 1 - tail]![0]) tail++
  const slice = (text: string, words: RegExpMatchArray[]): string => {
    const first = words[head]!
    const last = words[words.length - 1 - tail]!
    return text.slice(first.index!, last.index! + last[0].length)
  }
  if (a.length === 0 || b.length === 0) return [actual, expected]
  return [slice(actual, a), slice(expected, b)]
}

/** The edits `learnGlossary` needs, over YAML (Document API) or JSON. */
interface Store<E> {
  find(term: string): E | undefined
  add(entry: GlossaryEntry, from: string): E
  term(entry: E): string
  list(entry: E, key: 'variants' | 'allow'): string[]
  push(entry: E, key: 'variants' | 'allow', value: string): void
  text(): string
}

function yamlStore(source: string): Store<YAMLMap> {
  const doc: Document = parseDocument(source)
  const root = doc.contents
  if (!isMap(root)) throw new TypeError('a glossary is a mapping with a `terms` list')
  let terms = root.get('terms', true) as YAMLSeq | undefined
  if (!isSeq(terms)) {
    terms = doc.createNode([]) as YAMLSeq
    root.set('terms', terms)
  }
  const seq = terms
  const termOf = (map: YAMLMap): string => String(map.get('term') ?? '').trim()
  const entries = () => seq.items.filter((item): item is YAMLMap => isMap(item))
  return {
    find(term) {
      const all = entries()
      return all.find((m) => termOf(m) === term) ?? all.find((m) => termOf(m).toLowerCase() === term.toLowerCase())
    },
    add(entry, from) {
      const node = doc.createNode(entry) as YAMLMap
      node.commentBefore = ` learned from review (${from})`
      // A flow-style list (`terms: []`) would put the new entries on one line.
      seq.flow = false
      seq.items.push(node)
      return node
    },
    term: termOf,
    list(map, key) {
      const node = map.get(key, true)
      return isSeq(node) ? node.items.map((item) => String(isScalar(item) ? item.value : item)) : []
    },
    push(map, key, value) {
      const node = map.get(key, true)
      if (isSeq(node)) node.items.push(doc.createNode(value))
      else map.set(key, doc.createNode([value]))
    },
    text: () => doc.toString(),
  }
}

function jsonStore(source: string): Store<GlossaryEntry> {
  const root = JSON.parse(source) as { terms?: GlossaryEntry[] }
  const indent = /^[ \t]+(?=")/m.exec(source)?.[0] ?? '  '
  const terms = (root.terms ??= [])
  return {
    find: (term) => terms.find((e) => e.term === term) ?? terms.find((e) => e.term.toLowerCase() === term.toLowerCase()),
    add(entry) {
      terms.push(entry)
      return entry
    },
    term: (entry) => entry.term,
    list: (entry, key) => entry[key] ?? [],
    push(entry, key, value) {
      ;(entry[key] ??= []).push(value)
    },
    text: () => `${JSON.stringify(root, null, indent)}\n`,
  }
}
