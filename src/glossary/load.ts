/**
 * Loading and validating glossary files (YAML or JSON). Every error names the file, the line and the
 * key, so a typo in a 500-entry glossary is found at once. See README, "Glossary format".
 */
import { createHash } from 'node:crypto'
import { existsSync, readFileSync } from 'node:fs'
import { readFile } from 'node:fs/promises'
import { basename, dirname, extname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { isMap, isScalar, isSeq, LineCounter, parseDocument } from 'yaml'
import type { Node as YamlNode, YAMLMap } from 'yaml'
import type { Glossary, GlossaryEntry, TermKind } from './types.js'

/** A glossary file that cannot be used: names the file, the 1-based line and the key at fault. */
export class GlossaryError extends Error {
  readonly path: string
  readonly line: number | undefined
  readonly key: string | undefined
  constructor(message: string, options: { path: string; line?: number; key?: string }) {
    const where = options.line === undefined ? options.path : `${options.path}:${options.line}`
    super(`${where}: ${options.key ? `${options.key}: ` : ''}${message}`)
    this.name = 'GlossaryError'
    this.path = options.path
    this.line = options.line
    this.key = options.key
  }
}

/** The names of the glossaries that ship with captidy, in `dictionaries/`. */
export const DEFAULT_GLOSSARY_NAMES = ['internet-governance', 'captioning'] as const

const KINDS: readonly TermKind[] = ['acronym', 'name', 'phrase', 'word']
const LIST_KEYS = ['variants', 'context', 'allow', 'counterexamples', 'confusions'] as const
const ENTRY_KEYS = new Set<string>(['term', 'kind', 'examples', 'note', ...LIST_KEYS])
const TOP_KEYS = new Set<string>(['name', 'description', 'note', 'terms'])

/** Parses and validates the text of a glossary file; `path` names it in errors and sets its name. */
export function parseGlossary(text: string, path = '<glossary>'): Glossary {
  const lineCounter = new LineCounter()
  const isJson = extname(path).toLowerCase() === '.json'
  if (isJson) {
    try {
      JSON.parse(text)
    } catch (error) {
      const full = error instanceof Error ? error.message : String(error)
      const offset = jsonErrorOffset(text, full) ?? parseDocument(text).errors[0]?.pos[0]
      const line = offset === undefined ? undefined : lineOf(text, offset)
      const message = full.replace(/,? (\.\.\.)?"[\s\S]*$/, '').split('\n')[0] ?? ''
      throw new GlossaryError(`invalid JSON (${message})`, { path, ...(line === undefined ? {} : { line }) })
    }
  }
  const document = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true })
  const lineAt = (node: YamlNode | null | undefined): number | undefined =>
    node?.range ? lineCounter.linePos(node.range[0]).line : undefined
  const fail = (message: string, node: YamlNode | null | undefined, key?: string): never => {
    const line = lineAt(node)
    throw new GlossaryError(message, { path, ...(line === undefined ? {} : { line }), ...(key ? { key } : {}) })
  }
  const firstError = document.errors[0]
  if (firstError) {
    const line = lineCounter.linePos(firstError.pos[0]).line
    throw new GlossaryError(`invalid ${isJson ? 'JSON' : 'YAML'}: ${firstError.message.split('\n')[0]}`, {
      path,
      line,
    })
  }
  const root = document.contents
  if (!isMap(root)) return fail('a glossary is a mapping with a `terms` list', root)
  for (const pair of root.items) {
    const key = isScalar(pair.key) ? String(pair.key.value) : ''
    if (!TOP_KEYS.has(key)) fail(`unknown key (expected one of ${[...TOP_KEYS].join(', ')})`, pair.key as YamlNode, key)
  }
  const termsNode = root.get('terms', true) as YamlNode | undefined
  if (!isSeq(termsNode)) return fail('must be a list of entries', termsNode ?? root, 'terms')
  const nameNode = root.get('name', true) as YamlNode | undefined
  const name = nameNode === undefined ? undefined : stringOf(nameNode, 'name', fail)
  const seen = new Map<string, number | undefined>()
  const terms: GlossaryEntry[] = []
  termsNode.items.forEach((item, index) => {
    const entry = entryOf(item as YamlNode, `terms[${index}]`, fail)
    const previous = seen.get(entry.term)
    if (seen.has(entry.term)) {
      fail(
        `duplicate term "${entry.term}" (first at line ${previous ?? '?'})`,
        (item as YAMLMap).get('term', true) as YamlNode,
        `terms[${index}].term`,
      )
    }
    seen.set(entry.term, lineAt(item as YamlNode))
    terms.push(entry)
  })
  const glossary: Glossary = { name: name ?? basename(path, extname(path)), terms }
  if (path !== '<glossary>') glossary.path = path
  return glossary
}

type Fail = (message: string, node: YamlNode | null | undefined, key?: string) => never

function entryOf(node: YamlNode, key: string, fail: Fail): GlossaryEntry {
  if (!isMap(node)) return fail('an entry is a mapping with at least `term` and `kind`', node, key)
  for (const pair of node.items) {
    const name = isScalar(pair.key) ? String(pair.key.value) : ''
    if (!ENTRY_KEYS.has(name)) {
      fail(`unknown key (expected one of ${[...ENTRY_KEYS].join(', ')})`, pair.key as YamlNode, `${key}.${name}`)
    }
  }
  const termNode = node.get('term', true) as YamlNode | undefined
  if (termNode === undefined) return fail('missing `term`', node, `${key}.term`)
  const term = stringOf(termNode, `${key}.term`, fail)
  const label = `${key}.` // keys below name the entry by index; the message names the term
  const kindNode = node.get('kind', true) as YamlNode | undefined
  if (kindNode === undefined) return fail(`missing \`kind\` for "${term}" (one of ${KINDS.join(', ')})`, node, `${label}kind`)
  const kind = stringOf(kindNode, `${label}kind`, fail)
  if (!(KINDS as readonly string[]).includes(kind)) {
    fail(`"${kind}" is not a kind (one of ${KINDS.join(', ')})`, kindNode, `${label}kind`)
  }
  const entry: GlossaryEntry = { term, kind: kind as TermKind }
  for (const list of LIST_KEYS) {
    const listNode = node.get(list, true) as YamlNode | undefined
    if (listNode === undefined) continue
    if (!isSeq(listNode)) fail(`must be a list of strings (in "${term}")`, listNode, `${label}${list}`)
    const values = (listNode as YamlNode & { items: unknown[] }).items.map((child, i) =>
      stringOf(child as YamlNode, `${label}${list}[${i}]`, fail),
    )
    entry[list] = values
  }
  const examplesNode = node.get('examples', true) as YamlNode | undefined
  if (examplesNode !== undefined) {
    if (!isSeq(examplesNode)) fail(`must be a list of { input, output } (in "${term}")`, examplesNode, `${label}examples`)
    entry.examples = (examplesNode as YamlNode & { items: unknown[] }).items.map((child, i) => {
      const at = `${label}examples[${i}]`
      if (!isMap(child)) return fail(`must be a mapping { input, output } (in "${term}")`, child as YamlNode, at)
      for (const pair of child.items) {
        const name = isScalar(pair.key) ? String(pair.key.value) : ''
        if (name !== 'input' && name !== 'output') fail('unknown key (expected input, output)', pair.key as YamlNode, `${at}.${name}`)
      }
      const input = child.get('input', true) as YamlNode | undefined
      const output = child.get('output', true) as YamlNode | undefined
      if (input === undefined) return fail(`missing \`input\` (in "${term}")`, child, `${at}.input`)
      if (output === undefined) return fail(`missing \`output\` (in "${term}")`, child, `${at}.output`)
      return { input: stringOf(input, `${at}.input`, fail), output: stringOf(output, `${at}.output`, fail) }
    })
  }
  const noteNode = node.get('note', true) as YamlNode | undefined
  if (noteNode !== undefined) entry.note = stringOf(noteNode, `${label}note`, fail)
  return entry
}

function stringOf(node: YamlNode, key: string, fail: Fail): string {
  if (!isScalar(node) || typeof node.value !== 'string') {
    const got = isScalar(node) ? (node.value === null ? 'nothing' : typeof node.value) : isSeq(node) ? 'a list' : 'a mapping'
    return fail(`must be a string, got ${got}`, node, key)
  }
  const value = node.value.trim()
  if (value === '') return fail('must not be empty', node, key)
  return value
}

/**
 * Where JSON.parse failed: Node 22 says "at position N"; Node 20 only quotes the text around the
 * fault (`..."abc ]"...`, 10 characters either side), which is found back in the source.
 */
function jsonErrorOffset(text: string, message: string): number | undefined {
  const at = /position (\d+)/.exec(message)
  if (at) return Number(at[1])
  const quoted = /, (\.\.\.)?"([\s\S]*?)"(\.\.\.)? is not valid JSON/.exec(message)
  if (!quoted) return undefined
  const snippet = quoted[2] ?? ''
  const index = text.indexOf(snippet)
  if (index < 0) return undefined
  const token = /Unexpected token '(.)'/.exec(message)?.[1]
  return index + (quoted[1] ? 10 : Math.max(0, token ? snippet.indexOf(token) : 0))
}

function lineOf(text: string, offset: number): number {
  let line = 1
  for (let i = 0; i < offset && i < text.length; i++) if (text.charCodeAt(i) === 10) line++
  return line
}

/** Reads, parses and validates a glossary file (`.yml`, `.yaml` or `.json`). */
export async function loadGlossary(path: string): Promise<Glossary> {
  let text: string
  try {
    text = await readFile(path, 'utf8')
  } catch (error) {
    throw new GlossaryError(`cannot read (${(error as NodeJS.ErrnoException).code ?? String(error)})`, { path })
  }
  return parseGlossary(text, path)
}

/** Synchronous {@link loadGlossary}. */
export function loadGlossarySync(path: string): Glossary {
  let text: string
  try {
    text = readFileSync(path, 'utf8')
  } catch (error) {
    throw new GlossaryError(`cannot read (${(error as NodeJS.ErrnoException).code ?? String(error)})`, { path })
  }
  return parseGlossary(text, path)
}

/**
 * The `dictionaries/` folder that ships with the package. Found by walking up from this module, so it
 * works from `src/glossary/` (tests) and from the bundled `dist/` (the folder ships next to `dist/`).
 */
export function dictionariesDir(): string {
  let dir = dirname(fileURLToPath(import.meta.url))
  for (let i = 0; i < 6; i++) {
    const candidate = join(dir, 'dictionaries')
    if (existsSync(join(candidate, `${DEFAULT_GLOSSARY_NAMES[0]}.yml`))) return candidate
    const parent = dirname(dir)
    if (parent === dir) break
    dir = parent
  }
  throw new GlossaryError('the shipped dictionaries/ folder was not found next to the package', {
    path: fileURLToPath(import.meta.url),
  })
}

let defaults: Glossary[] | undefined

/**
 * The glossaries that ship with captidy (`internet-governance`, `captioning`), loaded once per process.
 * They are marked `shipped: true`, so user entries with the same term win over them.
 */
export function loadDefaultGlossariesSync(): Glossary[] {
  if (!defaults) {
    const dir = dictionariesDir()
    defaults = DEFAULT_GLOSSARY_NAMES.flatMap((name) => {
      const path = join(dir, `${name}.yml`)
      if (!existsSync(path)) return []
      const text = readFileSync(path, 'utf8')
      return [{ ...(compiledGlossary(name, text) ?? parseGlossary(text, path)), path, shipped: true }]
    })
  }
  return defaults
}

/** The content hash that ties a compiled glossary to the YAML it was compiled from. */
export function glossaryHash(text: string): string {
  return createHash('sha256').update(text).digest('hex')
}

/**
 * The shipped glossary as compiled at build time (`glossaries/NAME.json` beside the bundled module,
 * written by `scripts/compile-glossaries.mjs` from the validated YAML), when its hash matches the
 * YAML: JSON.parse is many times faster than parsing and validating YAML with positions. From the
 * sources, or after the YAML changed, there is none and the YAML is parsed.
 */
function compiledGlossary(name: string, text: string): Glossary | undefined {
  const file = fileURLToPath(new URL(`./glossaries/${name}.json`, import.meta.url))
  if (!existsSync(file)) return undefined
  try {
    const compiled = JSON.parse(readFileSync(file, 'utf8')) as { hash?: string; glossary?: Glossary }
    return compiled.hash === glossaryHash(text) ? compiled.glossary : undefined
  } catch {
    return undefined
  }
}

/** The shipped glossaries (see {@link loadDefaultGlossariesSync}). */
export async function loadDefaultGlossaries(): Promise<Glossary[]> {
  return loadDefaultGlossariesSync()
}

/**
 * Merges glossaries: an entry of a user glossary (not `shipped`) replaces every shipped entry with the
 * same term (case-sensitive). Order is kept otherwise.
 */
export function mergeGlossaries(glossaries: readonly Glossary[]): Glossary[] {
  const userTerms = new Set<string>()
  for (const glossary of glossaries) if (!glossary.shipped) for (const entry of glossary.terms) userTerms.add(entry.term)
  if (userTerms.size === 0) return [...glossaries]
  return glossaries.map((glossary) =>
    glossary.shipped ? { ...glossary, terms: glossary.terms.filter((entry) => !userTerms.has(entry.term)) } : glossary,
  )
}

/**
 * The glossaries a run uses: the shipped ones (unless `defaultGlossaries` is false) followed by the
 * user's, merged so that user entries win.
 */
export function resolveGlossaries(options: { glossaries?: readonly Glossary[]; defaultGlossaries?: boolean } = {}): Glossary[] {
  const user = options.glossaries ?? []
  const shipped = options.defaultGlossaries === false ? [] : loadDefaultGlossariesSync()
  const alreadyIn = new Set(user)
  return mergeGlossaries([...shipped.filter((g) => !alreadyIn.has(g)), ...user])
}
