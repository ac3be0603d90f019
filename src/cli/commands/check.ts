/**
 * `captidy check FILE|FOLDER|GLOB...`: reports corrections; exit 1 when some fail the check (any to
 * apply, or at or above --fail-on), 2 when an input is unreadable or an option is bad (the other
 * files are still checked).
 */
import { UsageError, type Io } from '../io.js'
import { runBatch } from '../batch/run.js'
import { exitCodeOf, printReport } from '../batch/report.js'
import { batchFlags, batchHelp, batchSettingsOf, flagFieldsOf, parse, pipelineFlags } from '../options.js'

export { formatRecord } from '../reporters/compact.js'

const help = `Usage: captidy check [options] FILE|FOLDER|GLOB...

Reports every correction (file:line:column, rule, actual -> expected, confidence, reason) and flag.
Exit codes: 0 nothing to apply, 1 corrections to apply (or, with --fail-on N, one at or above N),
2 an unreadable input, a bad option or a bad config (the other files are still checked).

Options:
  --min-confidence N      corrections at or above N count as to apply (0..1)
  --glossary FILE         add a glossary (repeatable)
  --no-default-glossary   use only the glossaries given
  --format F              text, srt, vtt or whisper
  --disable ID[,ID]       turn normalizers off;  --enable ID[,ID] turns them on

${batchHelp}`

export async function run(argv: string[], io: Io): Promise<number> {
  const { values, positionals } = parse(argv, { ...pipelineFlags, ...batchFlags })
  if (values.help) {
    io.stdout.write(help)
    return 0
  }
  if (positionals.length === 0) throw new UsageError('no input: give files, folders or globs, or - for stdin')
  const batch = batchSettingsOf(values)
  const outcome = await runBatch({
    inputs: positionals,
    io,
    flags: flagFieldsOf(values, io.cwd),
    mode: 'check',
    ...(batch.jobs !== undefined ? { jobs: batch.jobs } : {}),
    ...(batch.config !== undefined ? { config: batch.config } : {}),
    ...(batch.extensions ? { extensions: batch.extensions } : {}),
    ...(batch.shard ? { shard: batch.shard } : {}),
    ...(batch.cache !== undefined ? { cache: batch.cache } : {}),
  })
  await printReport(outcome, io, { reporter: batch.reporter, quiet: batch.quiet, verb: 'check' })
  return exitCodeOf(outcome)
}
