/** Line and column (1-based, UTF-16 code units) of raw offsets, by binary search over line starts. */
import type { Point } from '../types.js'

/** Offsets at which each line of `text` starts (after each `\n`). */
export function lineStarts(text: string): number[] {
  const starts = [0]
  for (let index = text.indexOf('\n'); index !== -1; index = text.indexOf('\n', index + 1)) starts.push(index + 1)
  return starts
}

/** 0-based index of the line holding `offset`: the last start at or before it. */
export function lineIndexOf(starts: readonly number[], offset: number): number {
  let low = 0
  let high = starts.length - 1
  while (low < high) {
    const middle = (low + high + 1) >> 1
    if (starts[middle]! <= offset) low = middle
    else high = middle - 1
  }
  return low
}

export function createLocator(raw: string): (offset: number) => Point {
  const starts = lineStarts(raw)
  return (offset) => {
    const line = lineIndexOf(starts, offset)
    return { line: line + 1, column: offset - starts[line]! + 1 }
  }
}
