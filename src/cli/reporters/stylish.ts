/**
 * The default reporter: vfile-reporter's "stylish" output. Records are mirrored as vfile messages
 * (as the pipeline mirrors them into `result.file`): applied corrections are warnings, suggestions
 * and flags are infos. Files with nothing to report are left out.
 */
import { VFile } from 'vfile'
import { reporter } from 'vfile-reporter'
import { mirrorRecord } from '../../pipeline/messages.js'
import type { FileReport, Reporter } from './types.js'

export const stylish: Reporter = (reports, context) => {
  const files = reports.filter((report) => report.error === undefined).map(fileOf)
  if (files.every((file) => file.messages.length === 0)) return ''
  const text = reporter(files, { color: context.color, quiet: true })
  return text ? `${text}\n` : ''
}

/** A vfile holding one message per record, as the pipeline builds `result.file`. */
export function fileOf(report: FileReport): VFile {
  const file = new VFile({ path: report.path })
  const records = [...report.corrections, ...report.flags].sort((a, b) => a.range[0] - b.range[0] || a.range[1] - b.range[1])
  for (const record of records) mirrorRecord(file, record)
  return file
}
