// The lexicon's memos and allocation-free loops must answer exactly as the plain computations do.
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  bigramCount,
  createWordChecker,
  indelCost,
  isKnownWord,
  phoneDistance,
  phoneticKeys,
  phoneticNeighbourKeys,
  pronunciations,
  soundSimilarity,
  substitutionCost,
} from '../src/lexicon/index.js'
import { memoize, PairMemo } from '../src/lexicon/pair-memo.js'
import { SortedTable } from '../src/lexicon/sorted-table.js'

const PHONES = ['AA', 'AH', 'IH', 'IY', 'ER', 'EY', 'OW', 'UW', 'P', 'B', 'T', 'D', 'K', 'S', 'Z', 'SH', 'N', 'NG', 'L', 'R', 'W', 'Y', 'HH', 'XX']

/** The textbook weighted edit distance: a full matrix, no buffers, no ids. */
function referenceDistance(a: readonly string[], b: readonly string[]): number {
  const table: number[][] = [[0]]
  for (let j = 1; j <= b.length; j++) table[0]![j] = table[0]![j - 1]! + indelCost(b[j - 1]!)
  for (let i = 1; i <= a.length; i++) {
    table[i] = [table[i - 1]![0]! + indelCost(a[i - 1]!)]
    for (let j = 1; j <= b.length; j++) {
      const known = PHONES.indexOf(a[i - 1]!) < PHONES.length - 1 && PHONES.indexOf(b[j - 1]!) < PHONES.length - 1
      const substitute = known ? substitutionCost(a[i - 1]!, b[j - 1]!) : 1
      table[i]![j] = Math.min(table[i - 1]![j - 1]! + substitute, table[i - 1]![j]! + indelCost(a[i - 1]!), table[i]![j - 1]! + indelCost(b[j - 1]!))
    }
  }
  return table[a.length]![b.length]!
}

describe('phoneDistance with a reused row', () => {
  it('matches the full-matrix edit distance, long sequences after short ones and back', () => {
    const phones = fc.array(fc.constantFrom(...PHONES), { maxLength: 90 })
    fc.assert(
      fc.property(phones, phones, (a, b) => {
        // Unknown phones ("XX") cost 1 to substitute and their indel cost to insert, as in the matrix.
        expect(phoneDistance(a, b)).toBeCloseTo(referenceDistance(a, b), 9)
      }),
      { numRuns: 300 },
    )
  })
})

describe('soundSimilarity memo', () => {
  it('answers a repeated pair as the first time, in either order of calls', () => {
    const pairs: Array<[string, string]> = [
      ['corporation', 'cooperation'],
      ['due indigenous', 'due diligence'],
      ['cat', 'dog'],
      ['ransom wear', 'ransomware'],
    ]
    const first = pairs.map(([a, b]) => soundSimilarity(a, b))
    const reversed = [...pairs].reverse().map(([a, b]) => soundSimilarity(a, b)).reverse()
    expect(reversed).toEqual(first)
    expect(first[0]).toBeGreaterThan(0.75)
    expect(first[2]).toBeLessThan(0.3)
    expect(first[3]).toBe(1)
  })

  it('answers a pair and its reverse alike (each has its own memo entry)', () => {
    expect(soundSimilarity('counsel', 'council')).toBe(soundSimilarity('council', 'counsel'))
    const long = soundSimilarity('internet governance forum', 'a')
    expect(long).toBeLessThan(0.1)
    expect(soundSimilarity('a', 'internet governance forum')).toBe(long)
  })
})

describe('phonetic keys memo', () => {
  it('hands out a fresh array each time, so a caller changing it changes nothing', () => {
    const keys = phoneticKeys('council')
    expect(keys).toContain('c:KNSL')
    keys.push('c:BOGUS')
    keys.length = 0
    expect(phoneticKeys('council')).toContain('c:KNSL')
    const neighbours = phoneticNeighbourKeys('due diligence')
    neighbours.splice(0)
    expect(phoneticNeighbourKeys('due diligence')).toContain('n:TJS')
  })

  it('does not let a changed pronunciation list change the cached readings', () => {
    const variants = pronunciations('council')
    variants[0]!.splice(0)
    expect(pronunciations('council')[0]).toEqual(['K', 'AW', 'N', 'S', 'AH', 'L'])
    expect(phoneticKeys('council')).toContain('c:KNSL')
  })
})

describe('SortedTable memo', () => {
  it('answers repeated and missing keys the same way every time', () => {
    const table = new SortedTable('apple\t1\napply\t2\nbanana\nband\t4\n')
    for (let round = 0; round < 3; round++) {
      expect(table.get('apply')).toBe('2')
      expect(table.get('banana')).toBe('')
      expect(table.has('band')).toBe(true)
      expect(table.get('ban')).toBeUndefined()
      expect(table.has('cherry')).toBe(false)
    }
  })

  it('keeps answering after more distinct keys than the memo holds', () => {
    const words = Array.from({ length: 60_000 }, (_, n) => `w${String(n).padStart(6, '0')}`)
    const table = new SortedTable(words.map((w, n) => `${w}\t${n}`).join('\n'))
    for (const w of words) table.get(w)
    expect(table.get('w000007')).toBe('7')
    expect(table.get('w059999')).toBe('59999')
    expect(table.has('w060000')).toBe(false)
  })
})

describe('SortedTable over long lines', () => {
  it('finds every key and no other, before and after it indexes its line starts', () => {
    // Long values make searches step over many characters, so the table indexes its lines after a while.
    const keys = Array.from({ length: 600 }, (_, n) => `k${(n * 7919) % 100_003}`).sort()
    const unique = [...new Set(keys)]
    const value = (k: string) => `${k.length}:${'x'.repeat(3000 + (k.charCodeAt(1) % 50))}`
    const table = new SortedTable(`${unique.map((k) => `${k}\t${value(k)}`).join('\r\n')}\r\n`)
    const absent = unique.map((k) => `${k}a`).concat(['', 'a', 'k', 'z', 'k0'])
    for (let round = 0; round < 2; round++) {
      for (const k of unique) expect(table.get(k)).toBe(value(k))
      for (const k of absent) expect(table.has(k)).toBe(k === 'k0' && unique.includes('k0'))
    }
    expect(table.size).toBe(unique.length)
  })
})

describe('word checker memo', () => {
  it('keeps each checker to its own extra words', () => {
    const withTerm = createWordChecker(['multistakeholder'])
    const plain = createWordChecker([])
    expect(withTerm('Multistakeholder')).toBe(true)
    expect(plain('Multistakeholder')).toBe(false)
    expect(isKnownWord('multistakeholder')).toBe(false)
    expect(withTerm('multistakeholder')).toBe(true)
  })

  it('answers casing rules the same on a repeat', () => {
    for (let round = 0; round < 2; round++) {
      expect(isKnownWord('Geneva')).toBe(true)
      expect(isKnownWord('geneva')).toBe(false)
      expect(isKnownWord('THE')).toBe(true)
    }
  })
})

describe('bigramCount memo', () => {
  it('answers a repeated pair, and the pair in other cases or with a curly apostrophe, alike', () => {
    const first = bigramCount('international', 'cooperation')
    expect(first).toBeGreaterThan(0)
    expect(bigramCount('International', 'Cooperation')).toBe(first)
    expect(bigramCount('international', 'cooperation')).toBe(first)
    expect(bigramCount('nation’s', 'capital')).toBe(bigramCount("nation's", 'capital'))
    expect(bigramCount('international', 'zzzq')).toBe(0)
    expect(bigramCount('international', 'zzzq')).toBe(0)
  })
})

describe('PairMemo', () => {
  for (const weak of [false, true]) {
    it(`answers a repeat from memory, undefined included, and starts over at its limit${weak ? ' (weak keys)' : ''}`, () => {
      const memo = new PairMemo<{ id: number }, string, number | undefined>(3, { weak })
      const key = { id: 1 }
      let calls = 0
      const compute = (value: number | undefined) => () => (calls++, value)
      expect(memo.get(key, 'a', compute(1))).toBe(1)
      expect(memo.get(key, 'a', compute(99))).toBe(1)
      expect(memo.get(key, 'b', compute(undefined))).toBeUndefined()
      expect(memo.get(key, 'b', compute(99))).toBeUndefined()
      expect(calls).toBe(2)
      memo.get(key, 'c', compute(3))
      // Full: the next new answer starts a fresh memo, so "a" is computed again.
      expect(memo.get(key, 'd', compute(4))).toBe(4)
      expect(memo.get(key, 'a', compute(7))).toBe(7)
      expect(calls).toBe(5)
    })
  }
})

describe('memoize', () => {
  it('answers a repeat from memory, falsy answers included, and starts over at its limit', () => {
    let calls = 0
    const length = memoize((word: string) => (calls++, word === 'none' ? undefined : word.length), 2)
    expect(length('ab')).toBe(2)
    expect(length('ab')).toBe(2)
    expect(length('none')).toBeUndefined()
    expect(length('none')).toBeUndefined()
    expect(calls).toBe(2)
    expect(length('abc')).toBe(3) // full: a fresh memo
    expect(length('ab')).toBe(2)
    expect(calls).toBe(4)
  })
})
