/** Printing a batch: the chosen reporter on stdout, unreadable inputs on stderr, the summary on stderr. */
import type { Correction } from '../../types.js'
import type { Io } from '../io.js'
import type { FileReport } from '../reporters/types.js'
import { summaryLine } from './progress.js'
import { packageVersion, type BatchOutcome, type FileOutcome } from './run.js'

/** Whether a correction counts toward exit 1: confidence >= the file's `failOn`, else applied. Flags never do. */
export function fails(report: FileReport, correction: Correction): boolean {
  if (correction.expected.length === 0) return false
  const failOn = (report as FileOutcome).settings?.failOn
  return failOn === undefined ? correction.applied : correction.confidence >= failOn
}

export async function printReport(outcome: BatchOutcome, io: Io, options: { /** A reporter name, or `none`. */ reporter: string; quiet: boolean; verb: 'check' | 'write' }): Promise<void> {
  const reporter = options.reporter === 'none' ? undefined : (await import('../reporters/index.js')).reporters[options.reporter as 'stylish']
  const color = Boolean(io.stdout.isTTY) && !io.env.NO_COLOR
  const text = reporter ? reporter(outcome.files, { cwd: io.cwd, version: await packageVersion(), color, fails }) : ''
  if (text) io.stdout.write(text)
  for (const file of outcome.files) if (file.error !== undefined) io.stderr.write(`${file.error}\n`)
  if (!options.quiet) io.stderr.write(summaryLine(outcome.totals, options.verb))
}

/** 2 when an input failed, else 1 when a correction fails the check, else 0. */
export function exitCodeOf(outcome: BatchOutcome): number {
  if (outcome.files.some((file) => file.error !== undefined)) return 2
  return outcome.files.some((file) => file.corrections.some((c) => fails(file, c))) ? 1 : 0
}
