/**
 * Chooses the format of an input: by file extension first (`.srt`, `.vtt`, `.json`, `.txt`), then by
 * content (a `WEBVTT` signature, a JSON object, an SRT cue header), else plain text.
 */
import type { FormatName } from '../types.js'
import { readSrtTiming } from './srt.js'

/** The format names `--format` accepts; `auto` chooses by extension and content. */
export const FORMAT_NAMES: readonly FormatName[] = ['text', 'srt', 'vtt', 'whisper']

const EXTENSIONS: Readonly<Record<string, FormatName>> = {
  json: 'whisper',
  srt: 'srt',
  text: 'text',
  txt: 'text',
  vtt: 'vtt',
  webvtt: 'vtt',
}

/** The format a file extension names, if any. */
export function formatOfPath(path: string): FormatName | undefined {
  const name = path.slice(Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\')) + 1)
  const dot = name.lastIndexOf('.')
  return dot > 0 ? EXTENSIONS[name.slice(dot + 1).toLowerCase()] : undefined
}

/** Reads a `--format` value: a format name, or undefined for `auto`. Throws a TypeError otherwise. */
export function parseFormatOption(value: string): FormatName | undefined {
  const name = value.trim().toLowerCase()
  if (name === 'auto' || name === '') return undefined
  if (name === 'json') return 'whisper'
  if ((FORMAT_NAMES as readonly string[]).includes(name)) return name as FormatName
  throw new TypeError(`--format must be one of auto, ${FORMAT_NAMES.join(', ')}; got "${value}"`)
}

/** The format of an input, by the extension of `path` where it names one, else by content. */
export function detectFormat(raw: string, path?: string): FormatName {
  const byPath = path === undefined ? undefined : formatOfPath(path)
  if (byPath) return byPath
  const head = raw.replace(/^\uFEFF/, '').slice(0, 4096)
  if (/^WEBVTT(?:[ \t\r\n]|$)/.test(head)) return 'vtt'
  if (/^\s*\{/.test(head) && /"(?:segments|transcription|text)"\s*:/.test(head)) return 'whisper'
  const lines = head.split(/\r\n|\r|\n/).filter((line) => line.trim().length > 0)
  const [first, second] = lines
  if (first !== undefined && readSrtTiming(first)) return 'srt'
  if (first !== undefined && second !== undefined && /^\s*\d+\s*$/.test(first) && readSrtTiming(second)) return 'srt'
  return 'text'
}
