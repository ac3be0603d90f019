/**
 * `captidy apply DECISIONS.json [FILE...]`: replays review decisions. Each file is run through the
 * pipeline again with the same settings, checked against the decisions' content hash (a file changed
 * since the review is refused, naming both hashes), and written with the accepted corrections
 * applied, the rejected ones not, and the rest as the run decides.
 */
import { relative, resolve, isAbsolute } from 'node:path'
import { mkdir } from 'node:fs/promises'
import { dirname } from 'node:path'
import { applyDecisions, DecisionsError, type FileDecisions } from '../../review/decisions.js'
import { UsageError, type Io } from '../io.js'
import { parse } from '../options.js'
import { readDecisionsFile } from '../read.js'
import { writeAtomic } from '../write.js'
import { reviewFlags, runFile, settingsFrom } from './review.js'

const help = `Usage: captidy apply [options] DECISIONS.json [FILE...]

Replays the decisions exported from a review page: accepted corrections are applied (with the chosen
alternative), rejected ones are not, undecided ones as the run decides. Give the same options as to
\`captidy review\`. A file whose content changed since the review is refused (exit 2).
Prints the cleaned file (one file), or with --write rewrites the files in place, or with --out-dir
writes them under DIR. FILEs limit the run to those files of the decisions.

Options:
  --write                 rewrite files in place
  --out-dir DIR           write cleaned files under DIR (paths kept relative to the working folder)
  --min-confidence N      undecided corrections at or above N are applied (0..1)
  --glossary FILE         add a glossary (repeatable);  --no-default-glossary uses only those given
  --format F              text, srt, vtt or whisper
  --disable ID[,ID]       turn normalizers off;  --enable ID[,ID] turns them on
  -c, --config FILE       use this config file;  --no-config uses none
`

export async function run(argv: string[], io: Io): Promise<number> {
  const { values, positionals } = parse(argv, { ...reviewFlags, write: { type: 'boolean' }, 'out-dir': { type: 'string' } })
  if (values.help) {
    io.stdout.write(help)
    return 0
  }
  const [decisionsPath, ...only] = positionals
  if (decisionsPath === undefined) throw new UsageError('no decisions: give the JSON exported from the review page')
  if (values.write && values['out-dir'] !== undefined) throw new UsageError('--write and --out-dir contradict each other')

  let files: FileDecisions[] = (await readDecisionsFile(decisionsPath, io)).files
  if (only.length > 0) {
    const wanted = new Set(only.map((p) => resolve(io.cwd, p)))
    const missing = [...wanted].filter((p) => !files.some((f) => resolve(io.cwd, f.path) === p))
    if (missing.length > 0) throw new UsageError(`${decisionsPath} has no decisions for ${missing.map((p) => relative(io.cwd, p)).join(', ')}`)
    files = files.filter((f) => wanted.has(resolve(io.cwd, f.path)))
  }
  const toStdout = !values.write && values['out-dir'] === undefined
  if (toStdout && files.length !== 1) {
    throw new UsageError(`the decisions cover ${files.length} files: give one FILE, or use --write or --out-dir`)
  }

  const settingsFor = await settingsFrom(values, io)
  let code = 0
  for (const file of files) {
    const absolute = resolve(io.cwd, file.path)
    const outcome = await runFile(file.path, absolute, settingsFor)
    if (!outcome.ok) {
      io.stderr.write(`${outcome.error}\n`)
      code = 2
      continue
    }
    let text: string
    try {
      text = applyDecisions(outcome.result.document, outcome.result.corrections, file)
    } catch (error) {
      if (!(error instanceof DecisionsError)) throw error
      io.stderr.write(`${error.message}\n`)
      code = 2
      continue
    }
    if (toStdout) {
      io.stdout.write(text)
      continue
    }
    let target = absolute
    if (values['out-dir'] !== undefined) {
      const rel = relative(io.cwd, absolute)
      if (rel.startsWith('..') || isAbsolute(rel)) {
        io.stderr.write(`${file.path}: --out-dir keeps paths relative to the working folder, and this file is outside it\n`)
        code = 2
        continue
      }
      target = resolve(io.cwd, values['out-dir'], rel)
      await mkdir(dirname(target), { recursive: true })
    }
    if (target !== absolute || text !== outcome.raw) await writeAtomic(target, text)
    const decided = file.decisions.length
    io.stderr.write(`${file.path}: ${decided} decision${decided === 1 ? '' : 's'} replayed${target === absolute ? '' : ` -> ${relative(io.cwd, target)}`}\n`)
  }
  return code
}
