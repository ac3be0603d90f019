/** Records as vfile messages, so unified reporters (and captidy's own) show them the same way. */
import type { VFile } from 'vfile'
import type { Correction } from '../types.js'

/**
 * "`actual` → `expected`: reason (confidence 0.90)", with "suggested" for corrections not applied and
 * "flagged" for flags. The change is not repeated when the reason already starts with it.
 */
export function messageOf(record: Correction): string {
  const change = record.expected.length > 0 ? `\`${record.actual}\` → \`${record.expected[0]}\`` : `\`${record.actual}\``
  const state = record.expected.length === 0 ? 'flagged, ' : record.applied ? '' : 'suggested, '
  const reason = record.reason.startsWith(change) ? record.reason : `${change}: ${record.reason}`
  return `${oneLine(reason)} (${state}confidence ${record.confidence.toFixed(2)})`
}

/**
 * Text on one line: a line break inside a span that crosses caption lines ("UN\ncharter") is
 * layout, and reads as a space in a message.
 */
export function oneLine(text: string): string {
  return text.includes('\n') || text.includes('\r') ? text.replace(/[ \t]*(?:\r\n?|\n)[ \t]*/g, ' ') : text
}

/** Adds the record to the file as a message: applied corrections are warnings, the rest infos. */
export function mirrorRecord(file: VFile, record: Correction): void {
  const message = file.message(messageOf(record), { place: record.place, source: record.source, ruleId: record.ruleId })
  message.fatal = record.applied ? false : undefined
  message.actual = record.actual
  message.expected = record.expected
  Object.assign(message, { confidence: record.confidence, applied: record.applied, correctionId: record.id })
}
