/** `captidy check FILE...`: reports corrections; exit 1 when some would be applied, 2 on unreadable input. */
import pc from 'picocolors'
import type { Correction } from '../../types.js'
import { UsageError, type Io } from '../io.js'
import { cleanOptionsOf, formatOf, parse, pipelineFlags } from '../options.js'
import { cleanPath } from '../session.js'

const help = `Usage: captidy check [options] FILE...

Reports every correction (file:line:column, rule, actual -> expected, confidence, reason) and flag.
Exit codes: 0 nothing to apply, 1 corrections to apply, 2 an unreadable input or a bad option (the
other files are still checked).

Options:
  --min-confidence N      corrections at or above N count as to apply (0..1)
  --glossary FILE         add a glossary (repeatable)
  --no-default-glossary   use only the glossaries given
  --format F              text, srt, vtt or whisper
  --disable ID[,ID]       turn normalizers off;  --enable ID[,ID] turns them on
`

export async function run(argv: string[], io: Io): Promise<number> {
  const { values, positionals } = parse(argv, pipelineFlags)
  if (values.help) {
    io.stdout.write(help)
    return 0
  }
  if (positionals.length === 0) throw new UsageError('no input: give one or more FILEs, or - for stdin')
  const options = cleanOptionsOf(values)
  const format = formatOf(values.format)
  if (format) options.format = format
  const color = Boolean(io.stdout.isTTY) && !io.env.NO_COLOR

  let failed = false
  let toApply = 0
  for (const path of positionals) {
    const outcome = await cleanPath(path, options, io)
    if (!outcome.ok) {
      io.stderr.write(`${outcome.error}\n`)
      failed = true
      continue
    }
    const records = [...outcome.result.corrections, ...outcome.result.flags].sort((a, b) => a.range[0] - b.range[0])
    for (const record of records) io.stdout.write(`${formatRecord(outcome.path, record, color)}\n`)
    toApply += outcome.result.corrections.filter((c) => c.applied).length
  }
  return failed ? 2 : toApply > 0 ? 1 : 0
}

/** `file:line:col  rule  actual -> expected  confidence  reason`, one line per record. */
export function formatRecord(path: string, record: Correction, color = false): string {
  const paint = color ? pc : { dim: String, green: String, yellow: String, red: String, cyan: String }
  const where = `${path}:${record.place.start.line}:${record.place.start.column}`
  const rule = `${record.source}/${record.ruleId}`
  const what =
    record.expected.length === 0
      ? `${paint.red('flag')} '${record.actual}'`
      : `${record.applied ? paint.green('fix') : paint.yellow('suggest')} '${record.actual}' -> '${record.expected[0]}'`
  const alternatives = record.expected.length > 1 ? ` (or ${record.expected.slice(1).map((e) => `'${e}'`).join(', ')})` : ''
  return `${where}\t${paint.cyan(rule)}\t${what}${alternatives}\t${record.confidence.toFixed(2)}\t${record.reason}`
}
