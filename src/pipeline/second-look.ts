/**
 * The second look: a correction can make a new error visible that no normalizer could see in the
 * words as written. "security counsel council" becomes "security council" (a re-stroke), and only then
 * is it the name "Security Council". Without a second look, cleaning the cleaned text would change it
 * again, and a reviewer would see the same sentence corrected in two runs.
 *
 * So after the first choice, the words around each applied correction are written out as
 * corrected and run through the same normalizers once more. A correction found there that touches
 * words the first one wrote is composed with it into one record over the original words ("security
 * counsel council" → "Security Council"), with both reasons and the lower of the two confidences.
 * Anything else found there is left alone: the first run saw those words already, with the whole
 * transcript as context.
 */
import type { Proposal } from '../types.js'

/** Runs the normalizers on a text of their own and returns what they choose there. */
export type LookAgain = (text: string) => Proposal[]

/**
 * Words either side of a correction that its window takes in: as many as the normalizers look at for
 * context (the glossary's context words count within 40 words).
 */
const CONTEXT_WORDS = 40
/** Windows are run as one text, separated so that no sentence or paragraph runs into the next. */
const WINDOW_JOIN = '\n\n'

/** An applied first-run edit inside a window: where its words were, and where its replacement is. */
interface Edit {
  proposal: Proposal
  /** In the transcript text. */
  start: number
  end: number
  /** In the joined text of the windows. */
  newStart: number
  newEnd: number
}

interface Window {
  start: number
  end: number
  /** Offset of this window's corrected text in the joined text. */
  offset: number
  text: string
  edits: Edit[]
}

/**
 * Looks at most: a composed correction can itself be evidence for another (a name now written right
 * is "written elsewhere" for the next one), so looking goes on until nothing more is composed.
 */
const MAX_LOOKS = 3

/**
 * Composes applied corrections with what a second look at the words around them finds. `chosen` is
 * the first run's choice, sorted by start; `isApplied` says which of them are written. Returns the
 * new choice, sorted by start: composed records in place of the ones they were made from, and
 * suggestions that would overlap a composed record left out.
 */
export function composeSecondLook(
  text: string,
  chosen: readonly Proposal[],
  isApplied: (proposal: Proposal) => boolean,
  lookAgain: LookAgain,
): Proposal[] {
  let current = [...chosen]
  for (let look = 0; look < MAX_LOOKS; look++) {
    const next = lookOnce(text, current, isApplied, lookAgain)
    if (!next) break
    current = next
  }
  return current
}

/** One look; undefined when it composes nothing. */
function lookOnce(
  text: string,
  chosen: readonly Proposal[],
  isApplied: (proposal: Proposal) => boolean,
  lookAgain: LookAgain,
): Proposal[] | undefined {
  const applied = chosen.filter(isApplied)
  // A change of case alone makes no new words, and a glossary term written in the glossary's own
  // form by a normalizer is already final: neither gets a look of its own. What a look composed does,
  // since the words it wrote can be evidence for more (a name written elsewhere).
  const seeds = applied.filter((proposal) => !caseOnly(text, proposal) && (!writesTerm(proposal) || proposal.evidence?.thenSource !== undefined))
  if (seeds.length === 0) return undefined
  const windows = windowsAround(text, seeds, applied)
  const joined = windows.map((window) => window.text).join(WINDOW_JOIN)

  const composed: Proposal[] = []
  const replaced = new Set<Proposal>()
  for (const found of lookAgain(joined)) {
    if (!isApplied(found) || found.expected.length === 0) continue
    const window = windows.find((w) => w.offset <= found.start && found.end <= w.offset + w.text.length)
    if (!window) continue
    const touched = window.edits.filter((edit) => touches(edit, found))
    if (touched.length === 0 || touched.some((edit) => replaced.has(edit.proposal))) continue
    const proposal = compose(text, window, touched, found)
    if (!proposal) continue
    // The composed span must not reach into a correction it was not made from.
    if (window.edits.some((edit) => !touched.includes(edit) && edit.start < proposal.end && proposal.start < edit.end)) continue
    composed.push(proposal)
    for (const edit of touched) replaced.add(edit.proposal)
  }
  if (composed.length === 0) return undefined

  const kept = chosen.filter(
    (proposal) => !replaced.has(proposal) && (isApplied(proposal) || !composed.some((c) => proposal.start < c.end && c.start < proposal.end)),
  )
  return [...kept, ...composed].sort((a, b) => a.start - b.start)
}

/** The words around the seeds, merged where they meet, written with all applied corrections. */
function windowsAround(text: string, seeds: readonly Proposal[], applied: readonly Proposal[]): Window[] {
  const spans: Array<{ start: number; end: number }> = []
  for (const proposal of seeds) {
    let start = reachBack(text, proposal.start)
    let end = reachForward(text, proposal.end)
    // A window takes in whole corrections: none is cut by its edges.
    start = Math.min(start, cutAt(applied, start)?.start ?? start)
    end = Math.max(end, cutAt(applied, end)?.end ?? end)
    const last = spans.at(-1)
    if (last && start <= last.end) last.end = Math.max(last.end, end)
    else spans.push({ start, end })
  }
  const windows: Window[] = []
  let offset = 0
  let next = 0
  for (const span of spans) {
    while (next < applied.length && applied[next]!.end <= span.start) next++
    const edits: Edit[] = []
    let written = ''
    let at = span.start
    for (; next < applied.length && applied[next]!.start < span.end; next++) {
      const proposal = applied[next]!
      written += text.slice(at, proposal.start)
      const newStart = offset + written.length
      written += proposal.expected[0] ?? ''
      edits.push({ proposal, start: proposal.start, end: proposal.end, newStart, newEnd: offset + written.length })
      at = proposal.end
    }
    written += text.slice(at, span.end)
    windows.push({ start: span.start, end: span.end, offset, text: written, edits })
    offset += written.length + WINDOW_JOIN.length
  }
  return windows
}

/** The start of the word `CONTEXT_WORDS` words before `at` (or of the text). */
function reachBack(text: string, at: number): number {
  let start = at
  for (let words = 0; words < CONTEXT_WORDS && start > 0; words++) {
    while (start > 0 && /\s/.test(text[start - 1]!)) start--
    while (start > 0 && !/\s/.test(text[start - 1]!)) start--
  }
  return start
}

/** The end of the word `CONTEXT_WORDS` words after `at` (or of the text). */
function reachForward(text: string, at: number): number {
  let end = at
  for (let words = 0; words < CONTEXT_WORDS && end < text.length; words++) {
    while (end < text.length && /\s/.test(text[end]!)) end++
    while (end < text.length && !/\s/.test(text[end]!)) end++
  }
  return end
}

/** The correction (of `sorted`, non-overlapping, by start) that `offset` falls strictly inside. */
function cutAt(sorted: readonly Proposal[], offset: number): Proposal | undefined {
  let low = 0
  let high = sorted.length - 1
  while (low <= high) {
    const middle = (low + high) >> 1
    const proposal = sorted[middle]!
    if (proposal.end <= offset) low = middle + 1
    else if (proposal.start >= offset) high = middle - 1
    else return proposal
  }
  return undefined
}

function writesTerm(proposal: Proposal): boolean {
  return proposal.glossaryTerm !== undefined && proposal.expected[0] === proposal.glossaryTerm
}

function caseOnly(text: string, proposal: Proposal): boolean {
  return text.slice(proposal.start, proposal.end).toLowerCase() === (proposal.expected[0] ?? '').toLowerCase()
}

/** Whether a second-look proposal covers any of the words a first-run edit wrote (or removed). */
function touches(edit: Edit, found: Proposal): boolean {
  if (edit.newStart === edit.newEnd) return found.start < edit.newStart && edit.newStart < found.end
  return found.start < edit.newEnd && edit.newStart < found.end
}

/**
 * One proposal over the original words that writes both: the first-run edits `touched` and the
 * second-look proposal `found` over their result.
 */
function compose(text: string, window: Window, touched: readonly Edit[], found: Proposal): Proposal | undefined {
  const first = touched[0]!
  const last = touched.at(-1)!
  // The found span in transcript coordinates, grown to whole first-run edits.
  const toText = (joinedOffset: number) => {
    let delta = window.start - window.offset
    for (const edit of window.edits) {
      if (edit.newEnd > joinedOffset) break
      delta = edit.end - edit.newEnd
    }
    return joinedOffset + delta
  }
  const start = Math.min(first.start, found.start < first.newStart ? toText(found.start) : first.start)
  const end = Math.max(last.end, found.end > last.newEnd ? toText(found.end) : last.end)
  const newStart = Math.min(first.newStart, found.start)
  const newEnd = Math.max(last.newEnd, found.end)
  const joined = window.text
  const local = (offset: number) => offset - window.offset
  const replacement =
    joined.slice(local(newStart), local(found.start)) + (found.expected[0] ?? '') + joined.slice(local(found.end), local(newEnd))
  if (replacement === text.slice(start, end)) return undefined
  const primary = first.proposal
  return {
    source: primary.source,
    ruleId: primary.ruleId,
    start,
    end,
    expected: [replacement],
    confidence: Math.min(found.confidence, ...touched.map((edit) => edit.proposal.confidence)),
    reason: `${touched.map((edit) => edit.proposal.reason).join(' ')} Then ${found.reason}`,
    evidence: {
      ...primary.evidence,
      thenSource: found.source,
      thenRuleId: found.ruleId,
      thenConfidence: Math.round(found.confidence * 1000) / 1000,
    },
    ...(found.glossaryTerm !== undefined || primary.glossaryTerm !== undefined
      ? { glossaryTerm: found.glossaryTerm ?? primary.glossaryTerm! }
      : {}),
  }
}
