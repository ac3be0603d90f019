/**
 * Finding and reading the config file: from a folder upward (lilconfig), `captidy.config.json`,
 * `.captidyrc` (JSON or YAML), `.captidyrc.json`, `.captidyrc.yaml`, `.captidyrc.yml`, or a `captidy`
 * key in package.json; or one named file. Parse errors name the line, schema errors the key path.
 */
import { readFile } from 'node:fs/promises'
import { basename, dirname, extname, resolve } from 'node:path'
import { isMap, LineCounter, parseDocument, type Node as YamlNode } from 'yaml'
import { ConfigError, configOf, type CaptidyConfig } from './schema.js'

export const CONFIG_FILES = [
  'package.json',
  'captidy.config.json',
  '.captidyrc',
  '.captidyrc.json',
  '.captidyrc.yaml',
  '.captidyrc.yml',
] as const

/** Parses the text of a config file; `path` names it in errors and anchors relative paths. */
export function parseConfig(text: string, path: string): CaptidyConfig {
  const lines = new LineCounter()
  const isPackage = basename(path) === 'package.json'
  const isJson = extname(path).toLowerCase() === '.json'
  if (isJson) {
    try {
      JSON.parse(text)
    } catch (error) {
      throw new ConfigError(`invalid JSON (${firstLine(error)})`, { path, line: jsonErrorLine(text, error) })
    }
  }
  const document = parseDocument(text, { lineCounter: lines, prettyErrors: false, uniqueKeys: true })
  const error = document.errors[0]
  if (error) {
    throw new ConfigError(`invalid ${isJson ? 'JSON' : 'JSON or YAML'}: ${error.message.split('\n')[0]}`, { path, line: lines.linePos(error.pos[0]).line })
  }
  const dir = dirname(path)
  const context = { path, lines, resolvePath: (relative: string) => resolve(dir, relative) }
  let root = document.contents as YamlNode | null
  let prefix = ''
  if (isPackage) {
    root = isMap(root) ? ((root.get('captidy', true) as YamlNode | undefined) ?? null) : null
    prefix = 'captidy'
  }
  return { ...configOf(root, context, prefix), path, dir }
}

/** Reads and parses one named config file. */
export async function loadConfigFile(path: string): Promise<CaptidyConfig> {
  let text: string
  try {
    text = await readFile(path, 'utf8')
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code
    throw new ConfigError(`cannot read the config file (${code === 'ENOENT' ? 'no such file' : (code ?? String(error))})`, { path })
  }
  return parseConfig(text, path)
}

/**
 * The config that applies in `dir`: the first config file found there or in a parent folder, or
 * undefined when there is none.
 */
export async function findConfig(dir: string): Promise<CaptidyConfig | undefined> {
  const { lilconfig } = await import('lilconfig')
  const parse = (filepath: string, content: string) => parseConfig(content, filepath)
  const explorer = lilconfig('captidy', {
    searchPlaces: [...CONFIG_FILES],
    stopDir: '/',
    cache: false,
    loaders: {
      // package.json counts only with a `captidy` key; a package.json that is not JSON is not ours to report.
      '.json': (filepath, content) => (basename(filepath) === 'package.json' ? packageConfig(filepath, content) : parse(filepath, content)),
      '.yaml': parse,
      '.yml': parse,
      noExt: parse,
    },
  })
  const found = await explorer.search(dir)
  if (!found || found.isEmpty) return found?.filepath ? { path: found.filepath, dir: dirname(found.filepath), overrides: [] } : undefined
  // package.json: lilconfig hands back the `captidy` value; parse the whole file for lines and key paths.
  if (basename(found.filepath) === 'package.json') return parseConfig(await readFile(found.filepath, 'utf8'), found.filepath)
  return found.config as CaptidyConfig
}

function packageConfig(_filepath: string, content: string): unknown {
  try {
    return JSON.parse(content) as unknown
  } catch {
    return {}
  }
}

function firstLine(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error)
  return message.replace(/,? (\.\.\.)?"[\s\S]*$/, '').replace(/ in JSON at position \d+.*$/, '').split('\n')[0] ?? message
}

/**
 * The line of a JSON.parse error: Node 22 gives "position N"; Node 20 only quotes the text around the
 * fault (10 characters either side), which is found back in the source. Else the YAML parser's idea.
 */
function jsonErrorLine(text: string, error: unknown): number | undefined {
  const message = error instanceof Error ? error.message : String(error)
  let offset: number | undefined
  const at = /position (\d+)/.exec(message)
  if (at) offset = Number(at[1])
  else {
    const quoted = /, (\.\.\.)?"([\s\S]*?)"(\.\.\.)? is not valid JSON/.exec(message)
    if (quoted) {
      const index = text.indexOf(quoted[2] ?? '')
      const token = /Unexpected token '(.)'/.exec(message)?.[1]
      if (index >= 0) offset = index + (quoted[1] ? 10 : Math.max(0, token ? (quoted[2] ?? '').indexOf(token) : 0))
    } else if (/Unexpected end of JSON input/.test(message)) offset = text.length
  }
  if (offset === undefined) offset = parseDocument(text).errors[0]?.pos[0]
  if (offset === undefined) return undefined
  let line = 1
  for (let i = 0; i < offset && i < text.length; i++) if (text.charCodeAt(i) === 10) line++
  return line
}
