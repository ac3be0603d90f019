/**
 * Words as the scorer sees them: runs of letters and digits with inner apostrophes and hyphens.
 * Punctuation and spacing are not scored; U+2011 and U+2010 count as "-", U+2019 as "'"; case counts.
 */

/** One scored word and its `[start, end)` in the line it came from. */
export interface ScoredWord {
  /** The normalized word (NFKC, ASCII hyphen and apostrophe). */
  w: string
  start: number
  end: number
}

const WORD = /[\p{L}\p{N}]+(?:['\u2019\u2011\u2010-][\p{L}\p{N}]+)*/gu

/** Normalizes a word for comparison: NFKC, U+2010/U+2011 → "-", U+2019 → "'". */
export function normalizeWord(word: string): string {
  return word.normalize('NFKC').replace(/[\u2011\u2010]/g, '-').replace(/\u2019/g, "'")
}

/** The scored words of a line, with their offsets in it. */
export function scoredWords(text: string): ScoredWord[] {
  const out: ScoredWord[] = []
  for (const match of text.matchAll(WORD)) {
    const start = match.index
    out.push({ w: normalizeWord(match[0]), start, end: start + match[0].length })
  }
  return out
}
