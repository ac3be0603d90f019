/** Line and column (1-based, UTF-16 code units) of raw offsets, by binary search over line starts. */
import type { Point } from '../types.js'

export function createLocator(raw: string): (offset: number) => Point {
  const starts = [0]
  for (let index = raw.indexOf('\n'); index !== -1; index = raw.indexOf('\n', index + 1)) starts.push(index + 1)
  return (offset) => {
    let low = 0
    let high = starts.length - 1
    while (low < high) {
      const middle = (low + high + 1) >> 1
      if (starts[middle]! <= offset) low = middle
      else high = middle - 1
    }
    return { line: low + 1, column: offset - starts[low]! + 1 }
  }
}
