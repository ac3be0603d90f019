/**
 * `--reporter github`: GitHub Actions workflow commands, so corrections show as annotations on the
 * pull request. Corrections that fail the check are `warning`s, the rest `notice`s, unreadable files
 * `error`s. Values are escaped as the runner expects: `%`, CR and LF everywhere, and `:` and `,` in
 * properties.
 */
import type { Correction } from '../../types.js'
import { messageOf } from './message.js'
import type { FileReport, Reporter } from './types.js'

export function escapeData(value: string): string {
  return value.replaceAll('%', '%25').replaceAll('\r', '%0D').replaceAll('\n', '%0A')
}

export function escapeProperty(value: string): string {
  return escapeData(value).replaceAll(':', '%3A').replaceAll(',', '%2C')
}

export const github: Reporter = (reports, context) => {
  let out = ''
  for (const report of reports) {
    if (report.error !== undefined) {
      out += `::error file=${escapeProperty(report.path)},title=${escapeProperty('captidy: cannot clean this file')}::${escapeData(report.error)}\n`
      continue
    }
    const records = [...report.corrections, ...report.flags].sort((a, b) => a.range[0] - b.range[0])
    for (const record of records) out += `${annotation(report, record, context.fails(report, record))}\n`
  }
  return out
}

function annotation(report: FileReport, record: Correction, fails: boolean): string {
  const level = fails ? 'warning' : 'notice'
  const { start, end } = record.place
  const properties = [
    `file=${escapeProperty(report.path)}`,
    `line=${start.line}`,
    `col=${start.column}`,
    `endLine=${end.line}`,
    `endColumn=${end.column}`,
    `title=${escapeProperty(`captidy ${record.source}/${record.ruleId}`)}`,
  ].join(',')
  return `::${level} ${properties}::${escapeData(messageOf(record))}`
}
