/**
 * Turns command-line inputs (files, folders, globs) into the sorted list of files to clean.
 * Folders give their caption files (by extension; `.json` only when it holds Whisper output); globs
 * give what they match. Both skip what `.gitignore` and `.captidyignore` files (in the folder of a
 * file and every folder above it, up to the repository root) and the config's `ignore` list exclude,
 * and never enter `node_modules` or `.git`. A file named on the command line is always taken.
 */
import { existsSync } from 'node:fs'
import { open, readFile, stat } from 'node:fs/promises'
import { dirname, isAbsolute, join, relative, resolve, sep } from 'node:path'
import type { Ignore } from 'ignore'

/** Extensions taken from folders when neither `--ext` nor the config's `extensions` says otherwise. */
export const DEFAULT_EXTENSIONS = ['txt', 'srt', 'vtt', 'json'] as const

export const IGNORE_FILES = ['.gitignore', '.captidyignore'] as const

export interface Target {
  /** The name in messages and reports: relative to the working folder (with `/`), else absolute. */
  path: string
  absolute: string
}

export interface ExpandOptions {
  cwd: string
  extensions?: readonly string[]
  /** Extra ignore patterns (`.gitignore` syntax) relative to `ignoreBase` (the config's folder). */
  ignorePatterns?: readonly string[]
  ignoreBase?: string
}

export interface Expansion {
  files: Target[]
  /** Inputs that gave nothing: a missing file, a glob matching nothing, a folder without captions. */
  errors: Array<{ path: string; error: string }>
}

export async function expandInputs(inputs: readonly string[], options: ExpandOptions): Promise<Expansion> {
  const { cwd } = options
  const extensions = (options.extensions ?? DEFAULT_EXTENSIONS).map((e) => e.replace(/^\./, '').toLowerCase())
  let ignored: ((absolute: string) => Promise<boolean>) | undefined
  const found = new Map<string, Target>()
  const errors: Expansion['errors'] = []
  const add = (absolute: string) => {
    if (!found.has(absolute)) found.set(absolute, { path: displayPath(absolute, cwd), absolute })
  }
  for (const input of inputs) {
    const absolute = resolve(cwd, input)
    const kind = await stat(absolute).then(
      (s) => (s.isDirectory() ? 'folder' : 'file'),
      () => undefined,
    )
    if (kind === 'file') {
      add(absolute)
      continue
    }
    // tinyglobby and ignore load only when a folder or a glob needs them (not for `fix FILE`).
    const { escapePath, glob, isDynamicPattern } = await import('tinyglobby')
    if (kind === undefined && !isDynamicPattern(input)) {
      errors.push({ path: input, error: `${input}: cannot read: no such file` })
      continue
    }
    const pattern =
      kind === 'folder'
        ? `${escapePath(relativeOrAbsolute(absolute, cwd))}/**/*.${extensions.length === 1 ? extensions[0] : `{${extensions.join(',')}}`}`
        : input
    const matches = await glob(pattern, {
      cwd,
      absolute: true,
      onlyFiles: true,
      dot: false,
      expandDirectories: false,
      // A folder gives `.SRT` as well as `.srt`; a glob matches as written.
      caseSensitiveMatch: kind !== 'folder',
      ignore: ['**/node_modules/**', '**/.git/**'],
    })
    ignored ??= await ignoreChecker(cwd, options)
    let taken = 0
    for (const match of matches.sort()) {
      if (await ignored(match)) continue
      if (kind === 'folder' && match.toLowerCase().endsWith('.json') && !(await looksLikeWhisper(match))) continue
      add(match)
      taken++
    }
    if (taken === 0) {
      errors.push({
        path: input,
        error: kind === 'folder' ? `${input}: no caption files (${extensions.map((e) => `.${e}`).join(' ')}) in this folder` : `${input}: no files match`,
      })
    }
  }
  const files = [...found.values()].sort((a, b) => compare(a.path, b.path))
  return { files, errors }
}

/** Code-unit order, the same on every machine and locale. */
export function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0
}

export function displayPath(absolute: string, cwd: string): string {
  const rel = relative(cwd, absolute)
  if (rel === '' || rel.startsWith('..') || isAbsolute(rel)) return absolute
  return rel.split(sep).join('/')
}

function relativeOrAbsolute(absolute: string, cwd: string): string {
  const rel = relative(cwd, absolute)
  return rel === '' ? '.' : rel.startsWith('..') || isAbsolute(rel) ? absolute : rel.split(sep).join('/')
}

/** True when any ignore file from the file's folder up to the repository root excludes it. */
async function ignoreChecker(cwd: string, options: ExpandOptions): Promise<(absolute: string) => Promise<boolean>> {
  const { default: ignore } = await import('ignore')
  const perFolder = new Map<string, Promise<Ignore | undefined>>()
  const extra = options.ignorePatterns?.length ? ignore().add([...options.ignorePatterns]) : undefined
  const extraBase = options.ignoreBase ?? cwd
  const rules = (folder: string) => {
    let loaded = perFolder.get(folder)
    if (!loaded) {
      loaded = Promise.all(IGNORE_FILES.map((name) => readFile(join(folder, name), 'utf8').catch(() => undefined))).then((texts) => {
        const present = texts.filter((t): t is string => t !== undefined)
        return present.length > 0 ? ignore().add(present) : undefined
      })
      perFolder.set(folder, loaded)
    }
    return loaded
  }
  return async (absolute) => {
    if (extra) {
      const rel = relative(extraBase, absolute)
      if (!rel.startsWith('..') && !isAbsolute(rel) && extra.ignores(rel.split(sep).join('/'))) return true
    }
    let folder = dirname(absolute)
    for (;;) {
      const rule = await rules(folder)
      if (rule && rule.ignores(relative(folder, absolute).split(sep).join('/'))) return true
      if (existsSync(join(folder, '.git'))) return false
      const parent = dirname(folder)
      if (parent === folder) return false
      folder = parent
    }
  }
}

/** A `.json` file found in a folder is taken only when it starts like Whisper output. */
async function looksLikeWhisper(path: string): Promise<boolean> {
  const handle = await open(path, 'r').catch(() => undefined)
  if (!handle) return true // unreadable: let the run report it
  try {
    const buffer = Buffer.alloc(4096)
    const { bytesRead } = await handle.read(buffer, 0, buffer.length, 0)
    const head = buffer.subarray(0, bytesRead).toString('utf8').replace(/^\uFEFF/, '')
    return /^\s*\{/.test(head) && /"segments"\s*:/.test(head)
  } finally {
    await handle.close()
  }
}
