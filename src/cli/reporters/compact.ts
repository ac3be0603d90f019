/** `--reporter compact`: one tab-separated line per record (`file:line:col rule what confidence reason`), for grep. */
import pc from 'picocolors'
import type { Correction } from '../../types.js'
import { oneLine } from '../../pipeline/messages.js'
import type { Reporter } from './types.js'

export const compact: Reporter = (reports, context) => {
  let out = ''
  for (const report of reports) {
    if (report.error !== undefined) continue
    const records = [...report.corrections, ...report.flags].sort((a, b) => a.range[0] - b.range[0])
    for (const record of records) out += `${formatRecord(report.path, record, context.color)}\n`
  }
  return out
}

/** `file:line:col  rule  actual -> expected  confidence  reason`, one line per record. */
export function formatRecord(path: string, record: Correction, color = false): string {
  const paint = color ? pc : { green: String, yellow: String, red: String, cyan: String }
  const where = `${path}:${record.place.start.line}:${record.place.start.column}`
  const rule = `${record.source}/${record.ruleId}`
  const what =
    record.expected.length === 0
      ? `${paint.red('flag')} '${oneLine(record.actual)}'`
      : `${record.applied ? paint.green('fix') : paint.yellow('suggest')} '${oneLine(record.actual)}' -> '${oneLine(record.expected[0] ?? '')}'`
  const alternatives = record.expected.length > 1 ? ` (or ${record.expected.slice(1).map((e) => `'${oneLine(e)}'`).join(', ')})` : ''
  return `${where}\t${paint.cyan(rule)}\t${what}${alternatives}\t${record.confidence.toFixed(2)}\t${oneLine(record.reason)}`
}
