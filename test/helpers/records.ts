/** Test helpers for hand-made correction records. */
import { createLocator } from '../../src/pipeline/place.js'
import type { CaptionDocument, Correction } from '../../src/types.js'

/** A record over transcript range [start, end) of a plain-text document. */
export function record(document: CaptionDocument, start: number, end: number, expected: string[], extra: Partial<Correction> = {}): Correction {
  const locate = createLocator(document.raw)
  return {
    id: `hand@${start}-${end}`,
    source: 'hand',
    ruleId: 'test',
    actual: document.text.slice(start, end),
    expected,
    range: [start, end],
    textRange: [start, end],
    place: { start: locate(start), end: locate(end) },
    confidence: 0.8,
    applied: expected.length > 0,
    reason: 'hand-made record for a test',
    evidence: {},
    ...extra,
  }
}
