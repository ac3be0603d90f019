/**
 * `--shard i/n`: the i-th of n contiguous, near-equal slices of the sorted file list (as test runners
 * split test files), so n CI jobs with the same inputs cover every file exactly once.
 */
import { UsageError } from '../io.js'

export interface Shard {
  index: number
  count: number
}

export function parseShard(value: string): Shard {
  const match = /^\s*(\d+)\s*\/\s*(\d+)\s*$/.exec(value)
  const index = Number(match?.[1])
  const count = Number(match?.[2])
  if (!match || !(count >= 1) || !(index >= 1 && index <= count)) {
    throw new UsageError(`--shard takes i/n with 1 <= i <= n (like 2/4), got '${value}'`)
  }
  return { index, count }
}

/** The files of shard `index` of `count` (1-based) from a sorted list. */
export function shardOf<T>(sorted: readonly T[], shard: Shard): T[] {
  const start = Math.floor(((shard.index - 1) * sorted.length) / shard.count)
  const end = Math.floor((shard.index * sorted.length) / shard.count)
  return sorted.slice(start, end)
}
