/**
 * `captidy fix FILE`: the cleaned file on stdout (and nothing else there). `--write` rewrites files,
 * folders and globs in place, atomically (write beside, then rename); `--out-dir DIR` writes cleaned
 * copies under DIR instead, keeping paths relative to the working folder.
 */
import { UsageError, type Io } from '../io.js'
import { printReport } from '../batch/report.js'
import { runBatch } from '../batch/run.js'
import { batchFlags, batchHelp, batchSettingsOf, flagFieldsOf, parse, pipelineFlags } from '../options.js'

const help = `Usage: captidy fix [options] FILE
       captidy fix --write [options] FILE|FOLDER|GLOB...
       captidy fix --out-dir DIR [options] FILE|FOLDER|GLOB...

Prints the cleaned file on stdout (one FILE, or - for stdin), or with --write rewrites each file in
place (write beside, then rename; an unreadable file is reported and left untouched). Corrections
below --min-confidence are not applied.

Options:
  --write                 rewrite files in place
  --out-dir DIR           write cleaned copies under DIR (paths relative to the working folder)
  --min-confidence N      apply corrections with confidence >= N (0..1)
  --glossary FILE         add a glossary (repeatable)
  --no-default-glossary   use only the glossaries given
  --format F              text, srt, vtt or whisper (default: by extension, then content)
  --disable ID[,ID]       turn normalizers off;  --enable ID[,ID] turns them on

${batchHelp}
With --write or --out-dir, --reporter prints the corrections made (none by default).
Exit codes: 0 done, 2 an unreadable input, a bad option or a bad config (other files are still cleaned).
`

export async function run(argv: string[], io: Io): Promise<number> {
  const { values, positionals } = parse(argv, { ...pipelineFlags, ...batchFlags, write: { type: 'boolean' }, 'out-dir': { type: 'string' } })
  if (values.help) {
    io.stdout.write(help)
    return 0
  }
  if (positionals.length === 0) throw new UsageError('no input: give a FILE, or - for stdin')
  const outDir = values['out-dir']
  const writing = Boolean(values.write) || outDir !== undefined
  if (values.write && outDir !== undefined) throw new UsageError('--write rewrites in place and --out-dir writes copies: choose one')
  if (!writing && positionals.length > 1) throw new UsageError('fix prints one file; use --write (or --out-dir) for several')
  if (writing && positionals.includes('-')) throw new UsageError('--write cannot rewrite stdin')
  const batch = batchSettingsOf(values)
  const outcome = await runBatch({
    inputs: positionals,
    io,
    flags: flagFieldsOf(values, io.cwd),
    mode: writing ? 'write' : 'stdout',
    ...(writing ? (batch.jobs !== undefined ? { jobs: batch.jobs } : {}) : { jobs: 1 }),
    progress: writing,
    ...(outDir !== undefined ? { outDir } : {}),
    ...(batch.config !== undefined ? { config: batch.config } : {}),
    ...(batch.extensions ? { extensions: batch.extensions } : {}),
    ...(batch.shard ? { shard: batch.shard } : {}),
    ...(batch.cache !== undefined && writing ? { cache: batch.cache } : {}),
  })
  if (!writing) {
    const [file] = outcome.files
    if (file?.error !== undefined) {
      io.stderr.write(`${file.error}\n`)
      return 2
    }
    io.stdout.write(file?.text ?? '')
    return 0
  }
  await printReport(outcome, io, { reporter: values.reporter === undefined ? 'none' : batch.reporter, quiet: batch.quiet, verb: 'write' })
  return outcome.files.some((file) => file.error !== undefined) ? 2 : 0
}
