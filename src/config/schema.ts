/**
 * The captidy configuration file: its fields, and their validation against the parsed YAML/JSON
 * tree, so every error names the file, the line and the key path (`overrides[1].minConfidence`).
 */
import { isMap, isScalar, isSeq, type LineCounter, type Node as YamlNode } from 'yaml'
import { FORMAT_NAMES } from '../formats/detect.js'
import type { FormatName } from '../types.js'

/** Fields that apply to files: at the top of the config, and in each override. */
export interface ConfigFields {
  /** Glossary files, as absolute paths (written relative to the config file). */
  glossaries?: string[]
  /** Load the shipped glossaries too (default true). */
  defaultGlossaries?: boolean
  /** Normalizers on (`true` or an options object) or off (`false`) by id. */
  normalizers?: Record<string, boolean | Record<string, unknown>>
  /** Corrections below this confidence are suggested, not applied (0..1). */
  minConfidence?: number
  /** `check` exits 1 only for a correction at or above this confidence (0..1). */
  failOn?: number
  /** Force a format instead of choosing by extension, then content. */
  format?: FormatName
}

export interface Override {
  /** Globs, relative to the config file's folder. */
  files: string[]
  fields: ConfigFields
}

export interface CaptidyConfig extends ConfigFields {
  /** The config file (absolute). */
  path: string
  /** Its folder: globs and glossary paths are relative to it. */
  dir: string
  /** Extra ignore patterns (`.gitignore` syntax, relative to `dir`). */
  ignore?: string[]
  /** File extensions taken from folders (default `txt`, `srt`, `vtt`, and `json` holding Whisper output). */
  extensions?: string[]
  overrides: Override[]
}

/** A configuration that cannot be used: names the file, the line and the key path. */
export class ConfigError extends Error {
  readonly path: string
  readonly line: number | undefined
  readonly key: string | undefined
  constructor(message: string, options: { path: string; line?: number | undefined; key?: string | undefined }) {
    const where = options.line === undefined ? options.path : `${options.path}:${options.line}`
    super(`${where}: ${options.key ? `${options.key}: ` : ''}${message}`)
    this.name = 'ConfigError'
    this.path = options.path
    this.line = options.line
    this.key = options.key
  }
}

const FIELD_KEYS = ['glossaries', 'defaultGlossaries', 'normalizers', 'minConfidence', 'failOn', 'format'] as const
const TOP_KEYS = new Set<string>([...FIELD_KEYS, 'ignore', 'extensions', 'overrides', '$schema'])
const OVERRIDE_KEYS = new Set<string>([...FIELD_KEYS, 'files'])

interface Context {
  path: string
  lines: LineCounter
  resolvePath: (relative: string) => string
}

/** Validates the config mapping `node` (the document root, or `captidy` in package.json). */
export function configOf(node: YamlNode | null | undefined, context: Context, prefix = ''): Omit<CaptidyConfig, 'path' | 'dir'> {
  const fail = failer(context)
  if (!isMap(node)) return fail('a captidy config is a mapping (an object)', node, prefix || undefined)
  const config: Omit<CaptidyConfig, 'path' | 'dir'> = { overrides: [] }
  for (const pair of node.items) {
    const key = keyOf(pair.key)
    if (!TOP_KEYS.has(key)) fail(`unknown key (expected one of ${[...TOP_KEYS].filter((k) => k !== '$schema').join(', ')})`, pair.key as YamlNode, join(prefix, key))
  }
  Object.assign(config, fieldsOf(node, context, prefix))
  const ignore = node.get('ignore', true) as YamlNode | undefined
  if (ignore !== undefined) config.ignore = stringsOf(ignore, join(prefix, 'ignore'), context)
  const extensions = node.get('extensions', true) as YamlNode | undefined
  if (extensions !== undefined) {
    config.extensions = stringsOf(extensions, join(prefix, 'extensions'), context).map((e) => e.replace(/^\./, '').toLowerCase())
  }
  const overrides = node.get('overrides', true) as YamlNode | undefined
  if (overrides !== undefined) {
    const at = join(prefix, 'overrides')
    if (!isSeq(overrides)) fail('must be a list of { files, ...fields }', overrides, at)
    ;(overrides as YamlNode & { items: YamlNode[] }).items.forEach((item, index) => {
      const key = `${at}[${index}]`
      if (!isMap(item)) fail('an override is a mapping with `files` and the fields it sets', item, key)
      const map = item as YamlNode & { items: Array<{ key: unknown }>; get(k: string, keep: true): unknown }
      for (const pair of map.items) {
        const name = keyOf(pair.key)
        if (!OVERRIDE_KEYS.has(name)) fail(`unknown key (expected one of ${[...OVERRIDE_KEYS].join(', ')})`, pair.key as YamlNode, `${key}.${name}`)
      }
      const filesNode = map.get('files', true) as YamlNode | undefined
      if (filesNode === undefined) fail('missing `files` (a glob or a list of globs)', item, `${key}.files`)
      const files = isScalar(filesNode) ? [stringOf(filesNode!, `${key}.files`, context)] : stringsOf(filesNode!, `${key}.files`, context)
      if (files.length === 0) fail('must name at least one glob', filesNode, `${key}.files`)
      config.overrides.push({ files, fields: fieldsOf(item, context, key) })
    })
  }
  return config
}

function fieldsOf(node: YamlNode, context: Context, prefix: string): ConfigFields {
  const fail = failer(context)
  const map = node as YamlNode & { get(k: string, keep: true): unknown }
  const get = (key: string) => map.get(key, true) as YamlNode | undefined
  const fields: ConfigFields = {}
  const glossaries = get('glossaries')
  if (glossaries !== undefined) {
    fields.glossaries = stringsOf(glossaries, join(prefix, 'glossaries'), context).map(context.resolvePath)
  }
  const defaultGlossaries = get('defaultGlossaries')
  if (defaultGlossaries !== undefined) fields.defaultGlossaries = booleanOf(defaultGlossaries, join(prefix, 'defaultGlossaries'), context)
  for (const key of ['minConfidence', 'failOn'] as const) {
    const value = get(key)
    if (value === undefined) continue
    if (!isScalar(value) || typeof value.value !== 'number' || !(value.value >= 0 && value.value <= 1)) {
      fail(`must be a number from 0 to 1, got ${describe(value)}`, value, join(prefix, key))
    }
    fields[key] = (value as YamlNode & { value: number }).value
  }
  const format = get('format')
  if (format !== undefined) {
    const name = stringOf(format, join(prefix, 'format'), context)
    if (!(FORMAT_NAMES as readonly string[]).includes(name)) fail(`must be one of ${FORMAT_NAMES.join(', ')}, got "${name}"`, format, join(prefix, 'format'))
    fields.format = name as FormatName
  }
  const normalizers = get('normalizers')
  if (normalizers !== undefined) {
    const at = join(prefix, 'normalizers')
    if (!isMap(normalizers)) fail('must map normalizer ids to true, false or an options object', normalizers, at)
    const result: Record<string, boolean | Record<string, unknown>> = {}
    for (const pair of (normalizers as YamlNode & { items: Array<{ key: unknown; value: unknown }> }).items) {
      const id = keyOf(pair.key)
      const value = pair.value as YamlNode | null
      if (isScalar(value) && typeof value.value === 'boolean') result[id] = value.value
      else if (isMap(value)) result[id] = value.toJSON() as Record<string, unknown>
      else fail(`must be true, false or an options object, got ${describe(value)}`, value ?? (pair.key as YamlNode), `${at}.${id}`)
    }
    fields.normalizers = result
  }
  return fields
}

function stringsOf(node: YamlNode, key: string, context: Context): string[] {
  if (!isSeq(node)) return failer(context)(`must be a list of strings, got ${describe(node)}`, node, key)
  return (node.items as YamlNode[]).map((item, index) => stringOf(item, `${key}[${index}]`, context))
}

function stringOf(node: YamlNode, key: string, context: Context): string {
  if (!isScalar(node) || typeof node.value !== 'string' || node.value.trim() === '') {
    return failer(context)(`must be a non-empty string, got ${describe(node)}`, node, key)
  }
  return node.value.trim()
}

function booleanOf(node: YamlNode, key: string, context: Context): boolean {
  if (!isScalar(node) || typeof node.value !== 'boolean') return failer(context)(`must be true or false, got ${describe(node)}`, node, key)
  return node.value
}

function describe(node: unknown): string {
  if (node === null || node === undefined) return 'nothing'
  if (isSeq(node)) return 'a list'
  if (isMap(node)) return 'a mapping'
  if (isScalar(node)) return node.value === null ? 'nothing' : typeof node.value === 'string' ? `"${node.value}"` : String(node.value)
  return 'something else'
}

function keyOf(node: unknown): string {
  return isScalar(node) ? String(node.value) : String(node)
}

function join(prefix: string, key: string): string {
  return prefix ? `${prefix}.${key}` : key
}

function failer(context: Context) {
  return (message: string, node: unknown, key?: string): never => {
    const range = (node as YamlNode | null | undefined)?.range
    const line = range ? context.lines.linePos(range[0]).line : undefined
    throw new ConfigError(message, { path: context.path, line, key })
  }
}
