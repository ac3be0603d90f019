/**
 * `--cache`: remembers the records of each file by a hash of its content and of the settings it was
 * cleaned with, so an unchanged file is not cleaned again. The whole cache is also keyed by the
 * captidy version and build, so an upgrade starts afresh. The file is written atomically.
 */
import { existsSync } from 'node:fs'
import { mkdir, readFile } from 'node:fs/promises'
import { dirname, join, resolve } from 'node:path'
import type { Correction } from '../../types.js'
import { writeAtomic } from '../write.js'

export interface CachedRecords {
  corrections: Correction[]
  flags: Correction[]
  /** Whether the cleaned text differs from the file. */
  changed: boolean
}

interface CacheFile {
  captidy: string
  entries: Record<string, { hash: string } & CachedRecords>
}

/** Where the cache lives: `--cache-location`, else node_modules/.cache/captidy when there is a node_modules, else .captidy-cache/cache.json. */
export function defaultCacheLocation(cwd: string): string {
  return existsSync(join(cwd, 'node_modules')) ? join(cwd, 'node_modules', '.cache', 'captidy', 'cache.json') : join(cwd, '.captidy-cache', 'cache.json')
}

export class ResultCache {
  readonly location: string
  readonly #key: string
  #entries: CacheFile['entries'] = {}
  #dirty = false
  hits = 0

  private constructor(location: string, key: string) {
    this.location = location
    this.#key = key
  }

  /** Opens the cache at `location` (a folder gets `cache.json` inside); a stale or broken file starts empty. */
  static async open(location: string, key: string): Promise<ResultCache> {
    const file = location.endsWith('/') || (await isFolder(location)) ? join(location, 'cache.json') : resolve(location)
    const cache = new ResultCache(file, key)
    try {
      const parsed = JSON.parse(await readFile(file, 'utf8')) as CacheFile
      if (parsed.captidy === key && parsed.entries && typeof parsed.entries === 'object') cache.#entries = parsed.entries
    } catch {
      // no cache yet, or not ours: start empty
    }
    return cache
  }

  /** The hash and state held for `path`, without counting a hit. */
  peek(path: string): { hash: string; changed: boolean } | undefined {
    const entry = this.#entries[path]
    return entry ? { hash: entry.hash, changed: entry.changed } : undefined
  }

  get(path: string, hash: string): CachedRecords | undefined {
    const entry = this.#entries[path]
    if (!entry || entry.hash !== hash) return undefined
    this.hits++
    return { corrections: entry.corrections, flags: entry.flags, changed: entry.changed }
  }

  set(path: string, hash: string, records: CachedRecords): void {
    this.#entries[path] = { hash, ...records }
    this.#dirty = true
  }

  delete(path: string): void {
    if (path in this.#entries) {
      delete this.#entries[path]
      this.#dirty = true
    }
  }

  async save(): Promise<void> {
    if (!this.#dirty) return
    await mkdir(dirname(this.location), { recursive: true })
    const file: CacheFile = { captidy: this.#key, entries: this.#entries }
    await writeAtomic(this.location, JSON.stringify(file))
    this.#dirty = false
  }
}

async function isFolder(path: string): Promise<boolean> {
  const { stat } = await import('node:fs/promises')
  return stat(path).then(
    (s) => s.isDirectory(),
    () => false,
  )
}
