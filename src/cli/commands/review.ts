/**
 * `captidy review FILE... --out review.html`: one self-contained HTML page showing every correction
 * in place, to accept, reject or pick an alternative, and export the decisions as JSON (replayed by
 * `captidy apply`, learned from by `captidy learn`). `--decisions` starts the page from an earlier
 * review's export, so a review can be resumed elsewhere. Files get the settings `check` gives them
 * (config file, overrides, flags), so the page shows the records `check` reports.
 */
import { readFile } from 'node:fs/promises'
import { resolve } from 'node:path'
import { findConfig, loadConfigFile, settingsResolver, settingsKey, ConfigError } from '../../config/index.js'
import type { CaptidyConfig } from '../../config/index.js'
import { decodeInput } from '../../formats/decode.js'
import { parseDocument } from '../../formats/index.js'
import { GlossaryError } from '../../glossary/load.js'
import type { CleanResult } from '../../pipeline/pipeline.js'
import { contentHash, type Decision } from '../../review/decisions.js'
import { renderReviewPage } from '../../review/page.js'
import { InputError } from '../../types.js'
import { expandInputs } from '../batch/expand.js'
import { packageVersion } from '../batch/run.js'
import { pipelineFor } from '../batch/task.js'
import { UsageError, type Io } from '../io.js'
import { flagFieldsOf, parse, pipelineFlags } from '../options.js'
import { readDecisionsFile } from '../read.js'
import { writeAtomic } from '../write.js'

const help = `Usage: captidy review [options] FILE|FOLDER|GLOB... --out review.html

Writes one self-contained HTML page (no network, nothing external) with every correction in place:
actual -> expected, confidence, rule, reason, alternatives and cue time; flags too. Filter by
confidence band and rule; j/k next/prev, a accept, r reject, 1-9 pick an alternative, u undo;
"Export decisions" saves captidy-decisions.json for \`captidy apply\` and \`captidy learn\`.

Options:
  -o, --out FILE          the page to write (required)
  --decisions FILE        start from the decisions of an earlier review (exported JSON); they
                          must be for the same bytes of each file
  --accept-above N        initial value of "accept all shown at or above" (default 0.9)
  --min-confidence N      corrections at or above N are applied by default (0..1)
  --glossary FILE         add a glossary (repeatable)
  --no-default-glossary   use only the glossaries given
  --format F              text, srt, vtt or whisper
  --disable ID[,ID]       turn normalizers off;  --enable ID[,ID] turns them on
  -c, --config FILE       use this config file;  --no-config uses none
`

export const reviewFlags = {
  ...pipelineFlags,
  config: { type: 'string', short: 'c' },
  'no-config': { type: 'boolean' },
} as const

/** One file run through the pipeline with the settings `check` would give it. */
export type Reviewed = { path: string; ok: true; raw: string; result: CleanResult } | { path: string; ok: false; error: string }

/** Settings per file from the config and the flags, as `check` resolves them. */
export async function settingsFrom(
  values: { config?: string | undefined; 'no-config'?: boolean | undefined } & Parameters<typeof flagFieldsOf>[0],
  io: Io,
) {
  if (values.config !== undefined && values['no-config']) throw new UsageError('--config and --no-config contradict each other')
  let config: CaptidyConfig | undefined
  try {
    if (values.config !== undefined) config = await loadConfigFile(resolve(io.cwd, values.config))
    else if (!values['no-config']) config = await findConfig(io.cwd)
  } catch (error) {
    if (error instanceof ConfigError) throw new UsageError(error.message)
    throw error
  }
  return settingsResolver(config, flagFieldsOf(values, io.cwd))
}

/** Runs the pipeline on one file (absolute path), turning unusable input into a located message. */
export async function runFile(
  path: string,
  absolute: string,
  settingsFor: Awaited<ReturnType<typeof settingsFrom>>,
): Promise<Reviewed> {
  const settings = settingsFor(absolute)
  try {
    let bytes: Uint8Array
    try {
      bytes = await readFile(absolute)
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code
      throw new InputError(`cannot read: ${code === 'ENOENT' ? 'no such file' : code ?? (error as Error).message}`, { path })
    }
    const raw = decodeInput(bytes, path)
    const document = parseDocument(raw, { path, ...(settings.format ? { format: settings.format } : {}) })
    const { failOn: _failOn, ...pipelineSettings } = settings
    const result = pipelineFor(settings, settingsKey(pipelineSettings as typeof settings)).run(document)
    return { path, ok: true, raw, result }
  } catch (error) {
    if (error instanceof InputError) return { path, ok: false, error: error.message }
    if (error instanceof GlossaryError) throw new UsageError(error.message)
    throw error
  }
}

export async function run(argv: string[], io: Io): Promise<number> {
  const { values, positionals } = parse(argv, {
    ...reviewFlags,
    out: { type: 'string', short: 'o' },
    'accept-above': { type: 'string' },
    decisions: { type: 'string' },
  })
  if (values.help) {
    io.stdout.write(help)
    return 0
  }
  if (positionals.length === 0) throw new UsageError('no input: give the files to review')
  if (values.out === undefined || values.out === '') throw new UsageError('--out FILE is required (the page to write)')
  let acceptAbove: number | undefined
  if (values['accept-above'] !== undefined) {
    acceptAbove = Number(values['accept-above'])
    if (values['accept-above'].trim() === '' || !(acceptAbove >= 0 && acceptAbove <= 1)) {
      throw new UsageError(`--accept-above takes a number from 0 to 1, got '${values['accept-above']}'`)
    }
  }
  if (positionals.includes('-')) throw new UsageError('review reads files (the decisions name them); stdin is not supported')
  const earlier = values.decisions === undefined ? undefined : await readDecisionsFile(values.decisions, io)
  const settingsFor = await settingsFrom(values, io)
  const expansion = await expandInputs(positionals, { cwd: io.cwd })
  let code = 0
  for (const failed of expansion.errors) {
    io.stderr.write(`${failed.error}\n`)
    code = 2
  }
  const reviewed: Array<Extract<Reviewed, { ok: true }>> = []
  for (const target of expansion.files) {
    const outcome = await runFile(target.path, target.absolute, settingsFor)
    if (!outcome.ok) {
      io.stderr.write(`${outcome.error}\n`)
      code = 2
      continue
    }
    reviewed.push(outcome)
  }
  if (reviewed.length === 0) {
    io.stderr.write('captidy review: no file could be reviewed; no page written\n')
    return 2
  }
  const carried = new Map<Reviewed['path'], Decision[]>()
  if (earlier) {
    for (const file of reviewed) {
      const decisions = earlier.files.find((f) => resolve(io.cwd, f.path) === resolve(io.cwd, file.path))
      if (!decisions) continue
      const hash = contentHash(file.raw)
      if (decisions.contentHash !== hash) {
        io.stderr.write(
          `${file.path}: the decisions in ${values.decisions} were made on other content (sha256 ${decisions.contentHash.slice(0, 12)}…, this file is ${hash.slice(0, 12)}…); none carried over\n`,
        )
        code = 2
        continue
      }
      const ids = new Set(file.result.corrections.map((c) => c.id))
      const stale = decisions.decisions.filter((d) => !ids.has(d.id))
      if (stale.length > 0) {
        io.stderr.write(`${file.path}: ${stale.length} decision${stale.length === 1 ? '' : 's'} name${stale.length === 1 ? 's' : ''} no correction of this run (other settings?); left out\n`)
      }
      carried.set(file.path, decisions.decisions.filter((d) => ids.has(d.id)))
    }
  }
  const minConfidences = new Set(reviewed.map((r) => settingsFor(resolve(io.cwd, r.path)).minConfidence))
  const minConfidence = minConfidences.size === 1 ? [...minConfidences][0] : undefined
  const html = renderReviewPage(
    reviewed.map((r) => ({
      document: r.result.document,
      corrections: r.result.corrections,
      flags: r.result.flags,
      path: r.path,
      ...(carried.has(r.path) ? { decisions: carried.get(r.path)! } : {}),
    })),
    {
      generator: `captidy ${await packageVersion()}`,
      ...(minConfidence !== undefined ? { minConfidence } : {}),
      ...(acceptAbove !== undefined ? { acceptAbove } : {}),
    },
  )
  const out = resolve(io.cwd, values.out)
  await writeAtomic(out, html)
  const corrections = reviewed.reduce((n, r) => n + r.result.corrections.length, 0)
  const flags = reviewed.reduce((n, r) => n + r.result.flags.length, 0)
  const decided = [...carried.values()].reduce((n, d) => n + d.length, 0)
  io.stderr.write(
    `wrote ${values.out}: ${reviewed.length} file${reviewed.length === 1 ? '' : 's'}, ${corrections} correction${corrections === 1 ? '' : 's'}, ${flags} flag${flags === 1 ? '' : 's'}${earlier ? `, ${decided} decision${decided === 1 ? '' : 's'} carried over` : ''} (${(html.length / 1024).toFixed(0)} KiB)\n`,
  )
  return code
}
