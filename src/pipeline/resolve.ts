/**
 * The resolver: picks among overlapping proposals. Higher confidence wins, then the more specific
 * (longer) span, then the earlier one. Proposals for the same span merge: the loser's replacements
 * become alternatives. Flags (no replacement) never compete with corrections.
 */
import type { Proposal } from '../types.js'

export interface Resolution {
  /** Chosen corrections, sorted by start; non-overlapping. */
  chosen: Proposal[]
  /** Flags, sorted by start; deduplicated by span. */
  flags: Proposal[]
}

export function resolveProposals(proposals: readonly Proposal[], text: string): Resolution {
  const flags = new Map<string, Proposal>()
  const candidates: Proposal[] = []
  for (const proposal of proposals) {
    const { start, end } = proposal
    if (!(start >= 0 && end <= text.length && start <= end)) continue
    if (!(proposal.confidence >= 0 && proposal.confidence <= 1)) continue
    if (proposal.expected.length === 0) {
      const key = `${start}:${end}`
      const existing = flags.get(key)
      if (!existing || existing.confidence < proposal.confidence) flags.set(key, proposal)
      continue
    }
    const actual = text.slice(start, end)
    const expected = unique(proposal.expected).filter((replacement) => replacement !== actual)
    if (expected.length === 0) continue
    candidates.push({ ...proposal, expected })
  }

  candidates.sort(
    (a, b) => b.confidence - a.confidence || b.end - b.start - (a.end - a.start) || a.start - b.start,
  )
  const chosen: Proposal[] = []
  for (const candidate of candidates) {
    const same = chosen.find((c) => c.start === candidate.start && c.end === candidate.end)
    if (same) {
      same.expected = unique([...same.expected, ...candidate.expected])
      continue
    }
    if (chosen.some((c) => overlaps(c, candidate))) continue
    chosen.push({ ...candidate, expected: [...candidate.expected] })
  }
  chosen.sort((a, b) => a.start - b.start)
  return { chosen, flags: [...flags.values()].sort((a, b) => a.start - b.start) }
}

function overlaps(a: Proposal, b: Proposal): boolean {
  if (a.start === a.end || b.start === b.end) return a.start <= b.end && b.start <= a.end
  return a.start < b.end && b.start < a.end
}

function unique(values: readonly string[]): string[] {
  return [...new Set(values)]
}
