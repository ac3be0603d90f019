/**
 * The work done for one file, the same on a worker thread and in the main thread: read, parse,
 * clean, and write (atomically, beside the target) when asked. Everything it returns is plain data,
 * so it crosses the thread boundary as is. Pipelines are built once per distinct settings.
 */
import { createHash } from 'node:crypto'
import { mkdir, readFile } from 'node:fs/promises'
import { dirname } from 'node:path'
import type { FileSettings } from '../../config/resolve.js'
import { decodeInput } from '../../formats/decode.js'
import { parseDocument } from '../../formats/index.js'
import { createPipeline, type Pipeline } from '../../pipeline/pipeline.js'
import { InputError, type Correction } from '../../types.js'
import { writeAtomic } from '../write.js'
import { glossaryAt } from './glossaries.js'

export interface Task {
  /** Name in messages. */
  path: string
  /** The file to read; absent when `raw` is given (stdin). */
  absolute?: string
  raw?: string
  settings: FileSettings
  /** Key of the pipeline settings (`settingsKey` without `failOn`). */
  key: string
  /** Write the cleaned text here: in place, or under `--out-dir`. */
  writeTo?: string
  /** Write even when nothing changed (`--out-dir` makes a full copy). */
  writeAlways?: boolean
  /** Send the cleaned text back (`fix` to stdout). */
  wantText?: boolean
  /** The content hash the cache holds for this file: when it matches, the file is not cleaned. */
  cachedHash?: string
}

export interface TaskResult {
  path: string
  ok: boolean
  error?: string
  corrections: Correction[]
  flags: Correction[]
  changed: boolean
  written: boolean
  /** Content hash (for the cache), when the file was read. */
  hash?: string
  /** The cache held this file's records: `corrections` and `flags` are to be taken from it. */
  cacheHit?: boolean
  text?: string
  /** Words of the transcript (for throughput figures). */
  words: number
  bytes: number
}

const pipelines = new Map<string, Pipeline>()

export function pipelineFor(settings: FileSettings, key: string): Pipeline {
  let pipeline = pipelines.get(key)
  if (!pipeline) {
    pipeline = createPipeline({
      ...(settings.normalizers ? { normalizers: settings.normalizers } : {}),
      ...(settings.minConfidence !== undefined ? { minConfidence: settings.minConfidence } : {}),
      ...(settings.defaultGlossaries !== undefined ? { defaultGlossaries: settings.defaultGlossaries } : {}),
      glossaries: settings.glossaries.map(glossaryAt),
    })
    pipelines.set(key, pipeline)
  }
  return pipeline
}

export function hashOf(raw: string, key: string): string {
  return createHash('sha256').update(key).update('\0').update(raw).digest('base64url')
}

export async function runTask(task: Task): Promise<TaskResult> {
  const result: TaskResult = { path: task.path, ok: false, corrections: [], flags: [], changed: false, written: false, words: 0, bytes: 0 }
  let raw: string
  try {
    if (task.raw !== undefined) raw = task.raw
    else {
      const bytes = await readBytes(task.absolute ?? task.path, task.path)
      result.bytes = bytes.length
      raw = decodeInput(bytes, task.path)
    }
  } catch (error) {
    return failure(result, error)
  }
  result.hash = hashOf(raw, task.key)
  if (task.cachedHash !== undefined && task.cachedHash === result.hash) {
    return { ...result, ok: true, cacheHit: true }
  }
  let text: string
  try {
    const document = parseDocument(raw, { path: task.path, ...(task.settings.format ? { format: task.settings.format } : {}) })
    const cleaned = pipelineFor(task.settings, task.key).run(document)
    result.corrections = cleaned.corrections
    result.flags = cleaned.flags
    result.words = countWords(document.text)
    text = cleaned.text
  } catch (error) {
    return failure(result, error)
  }
  result.ok = true
  result.changed = text !== raw
  if (task.wantText) result.text = text
  if (task.writeTo !== undefined && (result.changed || task.writeAlways)) {
    try {
      await mkdir(dirname(task.writeTo), { recursive: true })
      await writeAtomic(task.writeTo, text)
      result.written = true
    } catch (error) {
      return { ...failure(result, error), error: `${task.path}: cannot write ${task.writeTo}: ${(error as Error).message}` }
    }
  }
  return result
}

async function readBytes(file: string, name: string): Promise<Uint8Array> {
  try {
    return await readFile(file)
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code
    const why = code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'is a directory' : code === 'EACCES' ? 'permission denied' : (error as Error).message
    throw new InputError(`cannot read: ${why}`, { path: name })
  }
}

function failure(result: TaskResult, error: unknown): TaskResult {
  // Unusable input fails this file with its message; anything else is a bug, reported the same way so the batch goes on.
  const message =
    error instanceof InputError
      ? error.message
      : `${result.path}: ${error instanceof Error ? `${error.name === 'Error' ? '' : `${error.name}: `}${error.message}` : String(error)}`
  return { ...result, ok: false, error: message }
}

function countWords(text: string): number {
  let count = 0
  for (const _ of text.matchAll(/[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu)) count++
  return count
}
