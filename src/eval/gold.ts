/**
 * The gold standard of caption corrections: one JSON object per annotated line of the raw transcript
 * (see fixtures/igf2017-cybersecurity/README.md).
 */

/** A character span of the raw line and what an editor writes there. */
export interface GoldAnnotation {
  start: number
  end: number
  raw: string
  ref: string
  certainty: 'high' | 'medium'
  kind: string
}

/** An evidently garbled span: a tool should flag it, and edits inside it are not scored. */
export interface GoldFlag {
  start: number
  end: number
  raw: string
  note?: string
}

export interface GoldLine {
  /** 1-based line number in the raw transcript. */
  line: number
  raw: string
  ref: string
  edits: GoldAnnotation[]
  flags: GoldFlag[]
  source_id?: string
}

/** Parses a gold JSONL file; a malformed line throws an Error naming its line number. */
export function parseGold(goldJsonl: string): GoldLine[] {
  const out: GoldLine[] = []
  const lines = goldJsonl.split('\n')
  for (let k = 0; k < lines.length; k++) {
    const text = lines[k]!
    if (!text) continue
    let value: unknown
    try {
      value = JSON.parse(text)
    } catch (error) {
      throw new Error(`gold line ${k + 1}: ${(error as Error).message}`)
    }
    const g = value as Partial<GoldLine>
    if (typeof g.line !== 'number' || typeof g.raw !== 'string' || typeof g.ref !== 'string' || !Array.isArray(g.edits) || !Array.isArray(g.flags)) {
      throw new Error(`gold line ${k + 1}: expected {line, raw, ref, edits[], flags[]}`)
    }
    out.push(g as GoldLine)
  }
  return out
}
