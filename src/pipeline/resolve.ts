/**
 * The resolver: picks among overlapping proposals. Higher confidence wins, then the more specific
 * (longer) span, then the earlier one; a longer proposal that contains and agrees with the winners
 * takes their place. Proposals for the same span merge: the loser's replacements
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
    const clashes = chosen.filter((c) => overlaps(c, candidate))
    if (clashes.length > 0) {
      // A longer proposal that contains the chosen ones and agrees with them ("UN secretariate" →
      // "UN Secretariat" over "secretariate" → "secretariat") is the more specific reading of the
      // same evidence: it takes their place, with the higher confidence of the agreeing parts.
      if (!clashes.every((c) => subsumes(candidate, c, text))) continue
      for (const clash of clashes) chosen.splice(chosen.indexOf(clash), 1)
      const confidence = Math.max(candidate.confidence, ...clashes.map((c) => c.confidence))
      chosen.push({ ...candidate, expected: [...candidate.expected], confidence, evidence: { ...candidate.evidence, agreesWith: clashes.map((c) => c.source).join(',') } })
      continue
    }
    chosen.push({ ...candidate, expected: [...candidate.expected] })
  }
  chosen.sort((a, b) => a.start - b.start)
  return { chosen, flags: [...flags.values()].sort((a, b) => a.start - b.start) }
}

/**
 * Whether `outer` strictly contains `inner` and writes what `inner` writes: the text `outer` replaces,
 * with `inner` applied, equals `outer`'s replacement but for case.
 */
function subsumes(outer: Proposal, inner: Proposal, text: string): boolean {
  if (!(outer.start <= inner.start && inner.end <= outer.end && outer.end - outer.start > inner.end - inner.start)) return false
  const withInner = text.slice(outer.start, inner.start) + (inner.expected[0] ?? '') + text.slice(inner.end, outer.end)
  return withInner.toLowerCase() === (outer.expected[0] ?? '').toLowerCase()
}

function overlaps(a: Proposal, b: Proposal): boolean {
  if (a.start === a.end || b.start === b.end) return a.start <= b.end && b.start <= a.end
  return a.start < b.end && b.start < a.end
}

function unique(values: readonly string[]): string[] {
  return [...new Set(values)]
}
