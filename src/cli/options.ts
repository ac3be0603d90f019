/** Options shared by the commands that run the pipeline. */
import { resolve } from 'node:path'
import { parseArgs, type ParseArgsConfig } from 'node:util'
import type { ConfigFields } from '../config/schema.js'
import type { CleanOptions } from '../pipeline/clean.js'
import type { FormatName } from '../types.js'
import { parseShard, type Shard } from './batch/shard.js'
import { UsageError } from './io.js'
import { REPORTER_NAMES } from './reporters/names.js'

export const pipelineFlags = {
  'min-confidence': { type: 'string' },
  glossary: { type: 'string', multiple: true },
  'no-default-glossary': { type: 'boolean' },
  format: { type: 'string' },
  disable: { type: 'string', multiple: true },
  enable: { type: 'string', multiple: true },
  help: { type: 'boolean', short: 'h' },
} as const satisfies ParseArgsConfig['options']

/** Flags of the commands that take many files (`check`, `fix --write`). */
export const batchFlags = {
  config: { type: 'string', short: 'c' },
  'no-config': { type: 'boolean' },
  ext: { type: 'string', multiple: true },
  jobs: { type: 'string', short: 'j' },
  shard: { type: 'string' },
  cache: { type: 'boolean' },
  'cache-location': { type: 'string' },
  reporter: { type: 'string', short: 'r' },
  'fail-on': { type: 'string' },
  quiet: { type: 'boolean', short: 'q' },
} as const satisfies ParseArgsConfig['options']

export const batchHelp = `Inputs: files, folders (their .txt .srt .vtt files, and .json files holding Whisper output) and
globs ("captions/**/*.{srt,vtt}"); folders and globs skip what .gitignore and .captidyignore exclude.

Batch options:
  -c, --config FILE       use this config file (default: captidy.config.json, .captidyrc or a
                          "captidy" key in package.json, found from the working folder upward)
  --no-config             use no config file
  --ext EXT[,EXT]         extensions taken from folders (default txt,srt,vtt,json)
  -j, --jobs N            threads (default: one per core, but small batches use one; 1 = no workers)
  --shard I/N             clean only the I-th of N equal slices of the sorted file list
  --cache                 skip files unchanged since the last run (--cache-location FILE|DIR)
  -r, --reporter NAME     stylish (default), json, github, sarif or compact
  --fail-on N             exit 1 only for a correction with confidence >= N (default: any applied)
  -q, --quiet             no summary on stderr
`

const formats: readonly FormatName[] = ['text', 'srt', 'vtt', 'whisper']

/** Parses argv strictly; unknown flags and bad values are usage errors (exit 2). */
export function parse<T extends NonNullable<ParseArgsConfig['options']>>(argv: string[], options: T) {
  try {
    return parseArgs({ args: argv, options, allowPositionals: true, strict: true })
  } catch (error) {
    throw new UsageError((error as Error).message)
  }
}

export function minConfidenceOf(value: string | undefined): number | undefined {
  if (value === undefined) return undefined
  const number = Number(value)
  if (value.trim() === '' || !(number >= 0 && number <= 1)) {
    throw new UsageError(`--min-confidence takes a number from 0 to 1, got '${value}'`)
  }
  return number
}

export function formatOf(value: string | undefined): FormatName | undefined {
  if (value === undefined) return undefined
  if (!(formats as readonly string[]).includes(value)) {
    throw new UsageError(`--format takes one of ${formats.join(', ')}, got '${value}'`)
  }
  return value as FormatName
}

/** Pipeline options from the shared flags (glossary files are loaded by the caller). */
export function cleanOptionsOf(values: {
  'min-confidence'?: string | undefined
  'no-default-glossary'?: boolean | undefined
  disable?: string[] | undefined
  enable?: string[] | undefined
}): CleanOptions {
  const options: CleanOptions = {}
  const minConfidence = minConfidenceOf(values['min-confidence'])
  if (minConfidence !== undefined) options.minConfidence = minConfidence
  if (values['no-default-glossary']) options.defaultGlossaries = false
  const normalizers: Record<string, boolean> = {}
  for (const id of (values.disable ?? []).flatMap((v) => v.split(','))) normalizers[id.trim()] = false
  for (const id of (values.enable ?? []).flatMap((v) => v.split(','))) normalizers[id.trim()] = true
  if (Object.keys(normalizers).length > 0) options.normalizers = normalizers
  return options
}

function unitNumber(flag: string, value: string | undefined): number | undefined {
  if (value === undefined) return undefined
  const number = Number(value)
  if (value.trim() === '' || !(number >= 0 && number <= 1)) throw new UsageError(`${flag} takes a number from 0 to 1, got '${value}'`)
  return number
}

/** Settings from the command line, as config fields (they win over the config file). */
export function flagFieldsOf(
  values: {
    'min-confidence'?: string | undefined
    'fail-on'?: string | undefined
    glossary?: string[] | undefined
    'no-default-glossary'?: boolean | undefined
    disable?: string[] | undefined
    enable?: string[] | undefined
    format?: string | undefined
  },
  cwd: string,
): ConfigFields {
  const { minConfidence, defaultGlossaries, normalizers } = cleanOptionsOf(values)
  const fields: ConfigFields = {}
  if (minConfidence !== undefined) fields.minConfidence = minConfidence
  const failOn = unitNumber('--fail-on', values['fail-on'])
  if (failOn !== undefined) fields.failOn = failOn
  if (defaultGlossaries !== undefined) fields.defaultGlossaries = defaultGlossaries
  if (normalizers) fields.normalizers = normalizers as Record<string, boolean>
  if (values.glossary?.length) fields.glossaries = values.glossary.map((g) => resolve(cwd, g))
  const format = formatOf(values.format)
  if (format) fields.format = format
  return fields
}

export interface BatchSettings {
  config?: string | false
  extensions?: string[]
  /** `--jobs`, when given (else one thread per core, small batches in the main thread). */
  jobs?: number
  shard?: Shard
  cache?: string
  reporter: string
  quiet: boolean
}

export function batchSettingsOf(values: {
  config?: string | undefined
  'no-config'?: boolean | undefined
  ext?: string[] | undefined
  jobs?: string | undefined
  shard?: string | undefined
  cache?: boolean | undefined
  'cache-location'?: string | undefined
  reporter?: string | undefined
  quiet?: boolean | undefined
}): BatchSettings {
  if (values.config !== undefined && values['no-config']) throw new UsageError('--config and --no-config contradict each other')
  const reporter = values.reporter ?? 'stylish'
  if (!(REPORTER_NAMES as readonly string[]).includes(reporter)) throw new UsageError(`--reporter takes one of ${REPORTER_NAMES.join(', ')}, got '${reporter}'`)
  const settings: BatchSettings = { reporter, quiet: Boolean(values.quiet) }
  if (values.jobs !== undefined) settings.jobs = jobsOf(values.jobs)
  if (values['no-config']) settings.config = false
  else if (values.config !== undefined) settings.config = values.config
  if (values.ext?.length) {
    settings.extensions = values.ext.flatMap((e) => e.split(',')).map((e) => e.trim().replace(/^\./, '').toLowerCase()).filter(Boolean)
  }
  if (values.shard !== undefined) settings.shard = parseShard(values.shard)
  if (values.cache || values['cache-location'] !== undefined) settings.cache = values['cache-location'] ?? ''
  return settings
}

function jobsOf(value: string): number {
  const jobs = Number(value)
  if (!Number.isInteger(jobs) || jobs < 1) throw new UsageError(`--jobs takes a whole number >= 1, got '${value}'`)
  return jobs
}
