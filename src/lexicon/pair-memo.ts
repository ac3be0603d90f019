/**
 * A memo for a function of two keys, in two levels so that a look-up hashes the keys as they are
 * instead of building a pair key. It starts over when it holds `limit` answers; `undefined` is an
 * answer like any other. With object first keys, `weak` lets a key and its answers go with the key
 * (entries of a pipeline that is no longer used).
 */
export class PairMemo<A, B, V> {
  #rows: Map<A, Map<B, V>> | WeakMap<A & object, Map<B, V>>
  readonly #limit: number
  readonly #weak: boolean
  #count = 0

  constructor(limit: number, options: { weak?: boolean } = {}) {
    this.#limit = limit
    this.#weak = options.weak ?? false
    this.#rows = this.#fresh()
  }

  /** The remembered answer for (a, b), or `compute()`'s, remembered. */
  get(a: A, b: B, compute: () => V): V {
    const rows = this.#rows as Map<A, Map<B, V>>
    let row = rows.get(a)
    if (row?.has(b)) return row.get(b) as V
    const value = compute()
    if (this.#count >= this.#limit) {
      this.#rows = this.#fresh()
      this.#count = 0
      row = undefined
    }
    if (!row) {
      row = new Map()
      ;(this.#rows as Map<A, Map<B, V>>).set(a, row)
    }
    row.set(b, value)
    this.#count++
    return value
  }

  #fresh(): Map<A, Map<B, V>> | WeakMap<A & object, Map<B, V>> {
    return this.#weak ? new WeakMap() : new Map()
  }
}

/**
 * `fn` with its answers remembered by argument, `limit` at most before the memo starts over. For
 * pure functions of a string that the normalizers ask about again and again.
 */
export function memoize<V>(fn: (key: string) => V, limit = 50_000): (key: string) => V {
  const memo = new Map<string, V>()
  return (key) => {
    if (memo.has(key)) return memo.get(key) as V
    const value = fn(key)
    if (memo.size >= limit) memo.clear()
    memo.set(key, value)
    return value
  }
}
