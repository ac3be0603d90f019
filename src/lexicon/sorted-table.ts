/**
 * A read-only lookup table over a text file of lines `key<TAB>value` (or just
 * `key`), sorted by key in UTF-16 code-unit order. Nothing is parsed or indexed
 * when it is created: a lookup is a binary search over the characters of the
 * text itself (jump to the middle, back up to the start of that line, compare
 * in place), about 20 steps for 130k lines and no allocation until a value is
 * returned. So a 3 MB table is ready as soon as the file is read.
 *
 * Transcripts repeat their words, so the line found for each key (or its
 * absence) is remembered: a repeated {@link get} or {@link has} is one Map hit.
 * The memo holds at most 50,000 keys and starts over when full.
 */
/** Keys whose line offsets a table remembers before it starts over. */
const FOUND_LIMIT = 50_000

/**
 * Finding line starts costs little in a word list but a lot in a table of long lines (the n-gram
 * table's line for "the" is 170 KB). So after this many searches a table whose searches stepped
 * over more than {@link LONG_SCAN} characters each, on average, indexes its line starts (4 bytes a
 * line, one pass over the text, a few milliseconds), and every later search is a plain binary
 * search over lines. Word lists never pay for the index.
 */
const INDEX_AFTER = 64
const LONG_SCAN = 2_000

/** Offsets at which the lines of `text` start. */
function lineStarts(text: string): Uint32Array {
  let count = text.length > 0 ? 1 : 0
  for (let at = text.indexOf('\n'); at !== -1 && at + 1 < text.length; at = text.indexOf('\n', at + 1)) count++
  const starts = new Uint32Array(count)
  let line = 0
  if (count > 0) starts[line++] = 0
  for (let at = text.indexOf('\n'); at !== -1 && at + 1 < text.length; at = text.indexOf('\n', at + 1)) starts[line++] = at + 1
  return starts
}

export class SortedTable {
  readonly #text: string
  #size: number | undefined
  readonly #found = new Map<string, number>()
  /** Line starts, made once a table is used a lot; until then searches work on the text alone. */
  #lines: Uint32Array | undefined
  #searches = 0
  /** Characters stepped over finding line starts in the first {@link INDEX_AFTER} searches. */
  #scanned = 0

  constructor(text: string) {
    this.#text = text
  }

  /** Number of lines (keys), counted on first use. */
  get size(): number {
    if (this.#size === undefined) {
      let count = 0
      let from = 0
      while (from < this.#text.length) {
        count++
        const end = this.#text.indexOf('\n', from)
        if (end === -1) break
        from = end + 1
      }
      this.#size = count
    }
    return this.#size
  }

  /** Compare `key` with the key of the line starting at `start`. */
  #compare(key: string, start: number): number {
    const text = this.#text
    for (let index = 0; ; index++) {
      const position = start + index
      const code = position < text.length ? text.charCodeAt(position) : 10
      const lineEnded = code === 9 || code === 10 || code === 13
      if (index === key.length) return lineEnded ? 0 : -1
      if (lineEnded) return 1
      const difference = key.charCodeAt(index) - code
      if (difference !== 0) return difference
    }
  }

  /** Offset of the line whose key is `key`, or -1 (memoised). */
  #find(key: string): number {
    const cached = this.#found.get(key)
    if (cached !== undefined) return cached
    const line = this.#search(key)
    if (this.#found.size >= FOUND_LIMIT) this.#found.clear()
    this.#found.set(key, line)
    return line
  }

  /** Binary search for the line whose key is `key`, or -1. */
  #search(key: string): number {
    if (this.#lines === undefined && ++this.#searches === INDEX_AFTER && this.#scanned > INDEX_AFTER * LONG_SCAN) {
      this.#lines = lineStarts(this.#text)
    }
    const lines = this.#lines
    if (lines !== undefined) {
      let low = 0
      let high = lines.length
      while (low < high) {
        const middle = (low + high) >>> 1
        const start = lines[middle] as number
        const order = this.#compare(key, start)
        if (order === 0) return start
        if (order < 0) high = middle
        else low = middle + 1
      }
      return -1
    }
    const text = this.#text
    // Invariant: `low` is a line start; the line sought, if any, starts in [low, high).
    let low = 0
    let high = text.length
    while (low < high) {
      const middle = (low + high) >>> 1
      const start = middle === 0 ? 0 : text.lastIndexOf('\n', middle - 1) + 1
      this.#scanned += middle - start
      const order = this.#compare(key, start)
      if (order === 0) return start
      if (order < 0) {
        high = start
      } else {
        const end = text.indexOf('\n', start)
        if (end === -1) return -1
        this.#scanned += end - start
        low = end + 1
      }
    }
    return -1
  }

  /** Compare `prefix` with the start of the key of the line at `start`: 0 when that key starts with it. */
  #comparePrefix(prefix: string, start: number): number {
    const text = this.#text
    for (let index = 0; index < prefix.length; index++) {
      const position = start + index
      const code = position < text.length ? text.charCodeAt(position) : 10
      if (code === 9 || code === 10 || code === 13) return 1
      const difference = prefix.charCodeAt(index) - code
      if (difference !== 0) return difference
    }
    return 0
  }

  /** First line start in [low, high) whose key compares above `prefix` (or at/above when `inclusive`). */
  #bound(prefix: string, low: number, high: number, inclusive: boolean): number {
    const text = this.#text
    while (low < high) {
      const middle = (low + high) >>> 1
      const start = middle === low ? low : text.lastIndexOf('\n', middle - 1) + 1
      const order = this.#comparePrefix(prefix, start)
      if (inclusive ? order <= 0 : order < 0) {
        high = start
      } else {
        const end = text.indexOf('\n', start)
        if (end === -1 || end + 1 > high) return high
        low = end + 1
      }
    }
    return low
  }

  /**
   * The block of lines whose keys start with `prefix`, as `[start, end)` text
   * offsets, or undefined if there are none. Pass the block found for a shorter
   * prefix as `within` to search only inside it (extending a prefix one letter at
   * a time then costs a few steps each); the block returned then ends where
   * `within` ends, which may include lines past the prefix's own block.
   */
  prefixRange(prefix: string, within?: readonly [number, number]): [number, number] | undefined {
    const [from, to] = within ?? [0, this.#text.length]
    const start = this.#bound(prefix, from, to, true)
    if (start >= to || this.#comparePrefix(prefix, start) !== 0) return undefined
    // Inside the block of a shorter prefix the end can stay loose: it only bounds later searches.
    return [start, within ? to : this.#bound(prefix, start, to, false)]
  }

  /** Whether some key starts with `prefix` (or equals it). */
  hasPrefix(prefix: string): boolean {
    return this.prefixRange(prefix) !== undefined
  }

  /**
   * The value of `key` if it is the first key of a block from
   * {@link prefixRange}(key), where an exact key sorts first.
   */
  valueAt(range: readonly [number, number], key: string): string | undefined {
    const start = range[0] + key.length
    const text = this.#text
    const code = start < text.length ? text.charCodeAt(start) : 10
    if (code === 10 || code === 13) return ''
    if (code !== 9) return undefined
    let end = text.indexOf('\n', start)
    if (end === -1) end = text.length
    if (text.charCodeAt(end - 1) === 13) end--
    return text.slice(start + 1, end)
  }

  /** Whether `key` is a key of the table. */
  has(key: string): boolean {
    return key.length > 0 && this.#find(key) !== -1
  }

  /** The rest of the line after `key<TAB>` ("" when the line has no value), or undefined. */
  get(key: string): string | undefined {
    if (key.length === 0) return undefined
    const line = this.#find(key)
    if (line === -1) return undefined
    const start = line + key.length
    const text = this.#text
    if (text.charCodeAt(start) !== 9) return ''
    let end = text.indexOf('\n', start)
    if (end === -1) end = text.length
    if (text.charCodeAt(end - 1) === 13) end--
    return text.slice(start + 1, end)
  }
}
