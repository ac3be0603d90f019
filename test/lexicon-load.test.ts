import { describe, expect, it } from 'vitest'

// Its own file, so the lexicon module is imported cold here (vitest isolates test files).
describe('lexicon cold load', () => {
  it('answers the first lookups of a caption line quickly', async () => {
    const started = performance.now()
    const lexicon = await import('../src/lexicon/index.js')
    const imported = performance.now()
    expect(lexicon.isKnownWord('cooperation')).toBe(true)
    expect(lexicon.frequency('cooperation')).toBeGreaterThan(0)
    expect(lexicon.pronunciations('cooperation').length).toBeGreaterThan(0)
    expect(lexicon.bigramCount('international', 'cooperation')).toBeGreaterThan(0)
    const firstCalls = performance.now() - imported
    // About 60 ms on a 2-core machine; the bound is loose so a busy CI box passes.
    expect(firstCalls).toBeLessThan(1000)
    expect(imported - started).toBeLessThan(2000)
    // After the first use every table is indexed: later lookups are microseconds.
    const again = performance.now()
    for (let index = 0; index < 1000; index++) {
      lexicon.isKnownWord('governance')
      lexicon.frequency('governance')
      lexicon.pronunciations('governance')
    }
    expect(performance.now() - again).toBeLessThan(500)
  })
})
