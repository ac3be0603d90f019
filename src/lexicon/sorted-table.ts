/**
 * A read-only lookup table over a text file of lines `key<TAB>value` (or just
 * `key`), sorted by key in UTF-16 code-unit order. Nothing is parsed or indexed
 * when it is created: a lookup is a binary search over the characters of the
 * text itself (jump to the middle, back up to the start of that line, compare
 * in place), about 20 steps for 130k lines and no allocation until a value is
 * returned. So a 3 MB table is ready as soon as the file is read.
 */
export class SortedTable {
  readonly #text: string
  #size: number | undefined

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

  /** Offset of the line whose key is `key`, or -1. */
  #find(key: string): number {
    const text = this.#text
    // Invariant: `low` is a line start; the line sought, if any, starts in [low, high).
    let low = 0
    let high = text.length
    while (low < high) {
      const middle = (low + high) >>> 1
      const start = middle === 0 ? 0 : text.lastIndexOf('\n', middle - 1) + 1
      const order = this.#compare(key, start)
      if (order === 0) return start
      if (order < 0) {
        high = start
      } else {
        const end = text.indexOf('\n', start)
        if (end === -1) return -1
        low = end + 1
      }
    }
    return -1
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
