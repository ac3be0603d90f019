/**
 * Word alignment by longest common subsequence, and word-level edit distance. Both run per line, so
 * the O(n·m) tables stay small (a few hundred words a line).
 */

/** `a[i..j)` is replaced by `rep`; `i === j` is an insertion before word `i`. */
export interface WordEdit {
  i: number
  j: number
  rep: string[]
}

/**
 * The edits turning `a` into `b`: every maximal run of words left out of a longest common subsequence
 * is one edit. Ties prefer skipping a word of `a` first, as the reference scorer does.
 */
export function alignWords(a: readonly string[], b: readonly string[]): WordEdit[] {
  const n = a.length
  const m = b.length
  const width = m + 1
  // dp[i * width + j] = LCS length of a[i..] and b[j..], in one flat typed array.
  const dp = new Uint32Array((n + 1) * width)
  for (let i = n - 1; i >= 0; i--) {
    const row = i * width
    const next = row + width
    const ai = a[i]
    for (let j = m - 1; j >= 0; j--) {
      dp[row + j] = ai === b[j] ? dp[next + j + 1]! + 1 : Math.max(dp[next + j]!, dp[row + j + 1]!)
    }
  }
  const edits: WordEdit[] = []
  let i = 0
  let j = 0
  let ei = -1
  let ej = -1
  const flush = (): void => {
    if (ei >= 0) {
      edits.push({ i: ei, j: i, rep: b.slice(ej, j) })
      ei = -1
    }
  }
  while (i < n || j < m) {
    if (i < n && j < m && a[i] === b[j]) {
      flush()
      i++
      j++
      continue
    }
    if (ei < 0) {
      ei = i
      ej = j
    }
    if (j >= m || (i < n && dp[(i + 1) * width + j]! >= dp[i * width + j + 1]!)) i++
    else j++
  }
  flush()
  return edits
}

/** Word-level Levenshtein distance (substitution, insertion and deletion cost 1). */
export function wordDistance(a: readonly string[], b: readonly string[]): number {
  let prev = new Uint32Array(b.length + 1)
  let cur = new Uint32Array(b.length + 1)
  for (let k = 0; k <= b.length; k++) prev[k] = k
  for (let i = 1; i <= a.length; i++) {
    cur[0] = i
    const ai = a[i - 1]
    for (let j = 1; j <= b.length; j++) {
      cur[j] = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + (ai === b[j - 1] ? 0 : 1))
    }
    ;[prev, cur] = [cur, prev]
  }
  return prev[b.length]!
}
