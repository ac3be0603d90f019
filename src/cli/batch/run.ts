/**
 * One batch run, shared by `check` and `fix`: find the config, expand the inputs, take the shard,
 * give each file its settings, skip what the cache knows, clean the rest (main thread or workers),
 * and hand back one report per input in path order.
 */
import { createHash } from 'node:crypto'
import { readFileSync, statSync } from 'node:fs'
import { stat } from 'node:fs/promises'
import { isAbsolute, relative, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { findConfig, loadConfigFile } from '../../config/load.js'
import { settingsKey, settingsResolver, type FileSettings } from '../../config/resolve.js'
import { ConfigError, type CaptidyConfig, type ConfigFields } from '../../config/schema.js'
import { GlossaryError } from '../../glossary/load.js'
import { decodeInput } from '../../formats/decode.js'
import { InputError } from '../../types.js'
import { UsageError, type Io } from '../io.js'
import type { FileReport } from '../reporters/types.js'
import { ResultCache, defaultCacheLocation } from './cache.js'
import { compare, expandInputs } from './expand.js'
import { glossaryAt } from './glossaries.js'
import { createProgress, type Totals } from './progress.js'
import { runTasks } from './pool.js'
import { shardOf, type Shard } from './shard.js'
import type { Task, TaskResult } from './task.js'

export interface BatchOptions {
  inputs: readonly string[]
  io: Io
  /** Settings from command-line flags (they win over the config). */
  flags: ConfigFields
  /** `--config FILE`; `false` for `--no-config`. */
  config?: string | false
  extensions?: readonly string[]
  jobs?: number
  shard?: Shard
  /** Cache file or folder; undefined for no cache. */
  cache?: string
  /** `check` reports, `write` rewrites in place (or into `outDir`), `stdout` sends back the text. */
  mode: 'check' | 'write' | 'stdout'
  outDir?: string
  progress?: boolean
}

export interface FileOutcome extends FileReport {
  settings?: FileSettings
  changed: boolean
  written: boolean
  text?: string
}

export interface BatchOutcome {
  files: FileOutcome[]
  totals: Totals
  /** Words cleaned (files from the cache excluded), for throughput figures. */
  words: number
}

export async function runBatch(options: BatchOptions): Promise<BatchOutcome> {
  const started = performance.now()
  const { io } = options
  const config = await configFor(options)
  await checkNormalizerIds(config, options.flags)
  const settingsFor = settingsResolver(config, options.flags)

  const stdinIndex = options.inputs.indexOf('-')
  const named = options.inputs.filter((input) => input !== '-')
  const expansion = await expandInputs(named, {
    cwd: io.cwd,
    ...(options.extensions ? { extensions: options.extensions } : config?.extensions ? { extensions: config.extensions } : {}),
    ...(config?.ignore ? { ignorePatterns: config.ignore, ignoreBase: config.dir } : {}),
  })
  // Copies written under --out-dir are outputs, never inputs (an out-dir inside a scanned folder).
  const outDir = options.outDir === undefined ? undefined : resolve(io.cwd, options.outDir)
  const inputs = outDir === undefined ? expansion.files : expansion.files.filter((file) => !isInside(file.absolute, outDir))
  const targets = options.shard ? shardOf(inputs, options.shard) : inputs
  if (options.mode === 'stdout' && targets.length + (stdinIndex >= 0 ? 1 : 0) > 1) {
    throw new UsageError(`fix prints one file, and ${options.inputs.map((i) => `'${i}'`).join(' ')} name ${targets.length}; use --write (or --out-dir)`)
  }

  const tasks: Task[] = []
  // Each glossary is checked once (a bad one stops the run) and its content hash goes into the key of
  // every file that uses it, so editing a glossary re-cleans exactly those files under --cache.
  const glossaryHashes = new Map<string, string>()
  const keyOf = (settings: FileSettings): string => {
    const hashes = settings.glossaries.map((path) => {
      let hash = glossaryHashes.get(path)
      if (hash === undefined) glossaryHashes.set(path, (hash = checkGlossary(path)))
      return hash
    })
    return hashes.length > 0 ? `${pipelineKey(settings)}|${hashes.join(',')}` : pipelineKey(settings)
  }
  for (const target of targets) {
    const settings = settingsFor(target.absolute)
    const task: Task = { path: target.path, absolute: target.absolute, settings, key: keyOf(settings) }
    if (options.mode === 'stdout') task.wantText = true
    if (options.mode === 'write') {
      if (options.outDir === undefined) task.writeTo = target.absolute
      else {
        const rel = relative(io.cwd, target.absolute)
        if (rel.startsWith('..') || isAbsolute(rel)) {
          throw new UsageError(`${target.path}: --out-dir keeps paths relative to the working folder, and this file is outside it`)
        }
        task.writeTo = resolve(io.cwd, options.outDir, rel)
        task.writeAlways = true
      }
    }
    tasks.push(task)
  }
  if (stdinIndex >= 0) {
    const settings = settingsFor(resolve(io.cwd, '<stdin>'))
    const task: Task = { path: '<stdin>', settings, key: keyOf(settings), wantText: options.mode === 'stdout' }
    try {
      task.raw = decodeInput(await io.readStdin(), '<stdin>')
    } catch (error) {
      if (!(error instanceof InputError)) throw error
      expansion.errors.push({ path: '<stdin>', error: error.message })
    }
    if (task.raw !== undefined) tasks.push(task)
  }

  const cache = options.cache === undefined || options.mode === 'stdout' ? undefined : await ResultCache.open(options.cache === '' ? defaultCacheLocation(io.cwd) : resolve(io.cwd, options.cache), await buildStamp())
  if (cache) {
    for (const task of tasks) {
      if (task.absolute === undefined || task.writeAlways) continue
      const entry = cache.peek(task.path)
      if (entry && (options.mode === 'check' || !entry.changed)) task.cachedHash = entry.hash
    }
  }

  const bytes = (await Promise.all(tasks.map((t) => (t.absolute ? stat(t.absolute).then((s) => s.size, () => 0) : (t.raw?.length ?? 0))))).reduce((a, b) => a + b, 0)
  const progress = createProgress(io.stderr, tasks.length, { enabled: options.progress !== false })
  let run: { results: TaskResult[]; threads: number }
  try {
    run = await runTasks(tasks, { ...(options.jobs !== undefined ? { jobs: options.jobs } : {}), bytes, onResult: (_, done) => progress.update(done) })
  } finally {
    progress.stop()
  }

  const outcomes: FileOutcome[] = []
  let words = 0
  run.results.forEach((result, index) => {
    const task = tasks[index]!
    let { corrections, flags } = result
    if (result.cacheHit && cache) {
      const cached = cache.get(task.path, result.hash ?? '')
      corrections = cached?.corrections ?? []
      flags = cached?.flags ?? []
    } else if (cache && task.absolute !== undefined) {
      if (result.ok && result.hash && !result.written) cache.set(task.path, result.hash, { corrections, flags, changed: result.changed })
      else cache.delete(task.path)
    }
    words += result.words
    const outcome: FileOutcome = { path: result.path, corrections, flags, settings: task.settings, changed: result.changed, written: result.written }
    if (!result.ok) outcome.error = result.error ?? `${result.path}: failed`
    if (result.text !== undefined) outcome.text = result.text
    outcomes.push(outcome)
  })
  for (const { path, error } of expansion.errors) outcomes.push({ path, corrections: [], flags: [], error, changed: false, written: false })
  outcomes.sort((a, b) => compare(a.path, b.path))
  await cache?.save()

  const all = outcomes.flatMap((o) => o.corrections)
  const totals: Totals = {
    files: tasks.length,
    cached: run.results.filter((r) => r.cacheHit).length,
    applied: all.filter((c) => c.applied).length,
    suggested: all.filter((c) => !c.applied).length,
    flagged: outcomes.reduce((n, o) => n + o.flags.length, 0),
    failed: outcomes.filter((o) => o.error !== undefined).length,
    written: outcomes.filter((o) => o.written).length,
    seconds: (performance.now() - started) / 1000,
    threads: run.threads,
  }
  return { files: outcomes, totals, words }
}

async function configFor(options: BatchOptions): Promise<CaptidyConfig | undefined> {
  try {
    if (options.config === false) return undefined
    if (typeof options.config === 'string') return await loadConfigFile(resolve(options.io.cwd, options.config))
    return await findConfig(options.io.cwd)
  } catch (error) {
    if (error instanceof ConfigError) throw new UsageError(error.message)
    throw error
  }
}

function isInside(path: string, folder: string): boolean {
  const rel = relative(folder, path)
  return rel !== '' && !rel.startsWith('..') && !isAbsolute(rel)
}

/** Normalizer ids in the config and flags must exist: a typo stops the run (exit 2) before any file is cleaned. */
async function checkNormalizerIds(config: CaptidyConfig | undefined, flags: ConfigFields): Promise<void> {
  const layers: Array<[string, ConfigFields]> = [['--enable/--disable: ', flags]]
  if (config) {
    layers.push([`${config.path}: normalizers.`, config])
    config.overrides.forEach((override, index) => layers.push([`${config.path}: overrides[${index}].normalizers.`, override.fields]))
  }
  if (layers.every(([, fields]) => !fields.normalizers)) return
  const { registry } = await import('../../normalizers/registry.js')
  const known = registry.map((entry) => entry.id)
  for (const [where, fields] of layers) {
    for (const id of Object.keys(fields.normalizers ?? {})) {
      if (!known.includes(id)) throw new UsageError(`${where}${id}: no such normalizer (known: ${known.join(', ')})`)
    }
  }
}

/** Loads a glossary to check it (a bad one stops the run, exit 2); returns a hash of its content. */
function checkGlossary(path: string): string {
  try {
    glossaryAt(path)
    return createHash('sha256').update(readFileSync(path)).digest('base64url').slice(0, 16)
  } catch (error) {
    if (error instanceof GlossaryError) throw new UsageError(error.message)
    throw error
  }
}

/** The settings that change what the pipeline does (`failOn` only changes the exit code). */
function pipelineKey(settings: FileSettings): string {
  const { failOn: _failOn, ...rest } = settings
  return settingsKey(rest as FileSettings)
}

/** The captidy version and this build (size and time of the running module), so an upgrade or rebuild drops the cache. */
export async function buildStamp(): Promise<string> {
  const self = fileURLToPath(import.meta.url)
  const { size, mtimeMs } = statSync(self)
  return `captidy@${await packageVersion()}+${size.toString(36)}.${Math.floor(mtimeMs).toString(36)}`
}

let version: string | undefined
/** The version in the nearest package.json named captidy above this module. */
export async function packageVersion(): Promise<string> {
  if (version) return version
  let dir = new URL('.', import.meta.url)
  for (let i = 0; i < 6; i++) {
    try {
      const manifest = JSON.parse(readFileSync(new URL('package.json', dir), 'utf8')) as { name?: string; version?: string }
      if (manifest.name === 'captidy' && manifest.version) return (version = manifest.version)
    } catch {
      // not here: one level up
    }
    dir = new URL('..', dir)
  }
  return (version = 'unknown')
}
