/** Options shared by the commands that run the pipeline. */
import { parseArgs, type ParseArgsConfig } from 'node:util'
import type { CleanOptions } from '../pipeline/clean.js'
import type { FormatName } from '../types.js'
import { UsageError } from './io.js'

export const pipelineFlags = {
  'min-confidence': { type: 'string' },
  glossary: { type: 'string', multiple: true },
  'no-default-glossary': { type: 'boolean' },
  format: { type: 'string' },
  disable: { type: 'string', multiple: true },
  enable: { type: 'string', multiple: true },
  help: { type: 'boolean', short: 'h' },
} as const satisfies ParseArgsConfig['options']

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
