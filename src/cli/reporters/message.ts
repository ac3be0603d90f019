/** The one-sentence text of a record, shared by the reporters. */
import type { Correction } from '../../types.js'

/**
 * "`actual` → `expected`: reason (confidence 0.90)", with "suggested" for corrections not applied and
 * "flagged" for flags. The change is not repeated when the reason already starts with it.
 */
export function messageOf(record: Correction): string {
  const change = record.expected.length > 0 ? `\`${record.actual}\` → \`${record.expected[0]}\`` : `\`${record.actual}\``
  const state = record.expected.length === 0 ? 'flagged, ' : record.applied ? '' : 'suggested, '
  const reason = record.reason.startsWith(change) ? record.reason : `${change}: ${record.reason}`
  return `${reason} (${state}confidence ${record.confidence.toFixed(2)})`
}
