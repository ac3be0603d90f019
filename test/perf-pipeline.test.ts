// clean() keeps pipelines built from plain options; a kept pipeline must answer as a fresh one would,
// and options that differ (or cannot be compared) must never pick up another call's pipeline.
import { describe, expect, it } from 'vitest'
import { clean, createPipeline, parseDocument } from '../src/index.js'
import { isSpaceGap } from '../src/pipeline/context.js'

const LINE = 'The Internet Governance Forum opens its the the twelfth meeting in Geneva.\n'

describe('clean() pipeline reuse', () => {
  it('gives the same result on a repeat as a freshly built pipeline', async () => {
    const first = await clean(LINE)
    const second = await clean(LINE)
    const fresh = createPipeline().run(parseDocument(LINE))
    expect(first.text).toBe('The Internet Governance Forum opens its the twelfth meeting in Geneva.\n')
    expect(second.text).toBe(first.text)
    expect(second.corrections).toEqual(first.corrections)
    expect(fresh.corrections).toEqual(first.corrections)
    // Each call has its own records and file: changing one result leaves the next alone.
    expect(second.corrections).not.toBe(first.corrections)
    first.corrections.length = 0
    expect((await clean(LINE)).corrections).toEqual(second.corrections)
    expect(second.file.messages.length).toBe(second.corrections.length + second.flags.length)
  })

  it('builds another pipeline when a normalizer is switched off, in either order of calls', async () => {
    const sources = (await clean(LINE)).corrections.map((c) => c.source)
    expect(sources.length).toBeGreaterThan(0)
    const off = Object.fromEntries(sources.map((id) => [id, false]))
    expect((await clean(LINE, { normalizers: off })).text).toBe(LINE)
    expect((await clean(LINE)).text).not.toBe(LINE)
    expect((await clean(LINE, { normalizers: off })).text).toBe(LINE)
  })

  it('keeps the minimum confidence apart', async () => {
    const applied = (await clean(LINE)).corrections.filter((c) => c.applied)
    expect(applied.length).toBeGreaterThan(0)
    const strict = await clean(LINE, { minConfidence: 1 })
    expect(strict.corrections.filter((c) => c.applied && c.confidence < 1)).toEqual([])
    expect(strict.text).toBe(LINE)
  })

  it('still rejects bad options after a good call has kept a pipeline', async () => {
    await clean(LINE)
    await expect(clean(LINE, { minConfidence: Number.NaN })).rejects.toThrow(TypeError)
    await expect(clean(LINE, { minConfidence: 2 })).rejects.toThrow(/minConfidence/)
    await expect(clean(LINE, { normalizers: { nonsense: false } })).rejects.toThrow(/options.normalizers.nonsense/)
  })

  it('uses the glossary passed on each call, never a kept pipeline without it', async () => {
    const text = 'Today the Zorblax Protocol was signed. The zorblacks protocol sets rules.\n'
    const glossary = { name: 'test', terms: [{ term: 'Zorblax Protocol', kind: 'name' as const, variants: ['zorblacks protocol'] }] }
    expect((await clean(text, { defaultGlossaries: false })).text).toBe(text)
    const withGlossary = await clean(text, { defaultGlossaries: false, glossaries: [glossary] })
    expect(withGlossary.text).toContain('The Zorblax Protocol sets rules.')
    const other = { name: 'other', terms: [{ term: 'Quillon Accord', kind: 'name' as const, variants: ['quill on accord'] }] }
    expect((await clean(text, { defaultGlossaries: false, glossaries: [other] })).text).toBe(text)
  })
})

describe('isSpaceGap memo', () => {
  it('answers every gap as the spacing rule says, on first sight and on repeats', () => {
    const plain = [' ', '  ', '\t', '\u00a0', ' \n', '\n', '\r\n', ' \r\n  ', '\u00a0\n\t']
    const notPlain = ['', ', ', '. ', '\n\n', ' \n \n', '-', ' — ', '\r', '\n\r\n', '\u2003']
    for (let round = 0; round < 3; round++) {
      for (const gap of plain) expect(isSpaceGap(gap)).toBe(true)
      for (const gap of notPlain) expect(isSpaceGap(gap)).toBe(false)
    }
  })

  it('keeps answering after more distinct gaps than it remembers', () => {
    for (let n = 0; n < 1_500; n++) expect(isSpaceGap(' '.repeat(n + 1))).toBe(true)
    for (let n = 0; n < 1_500; n++) expect(isSpaceGap(`${' '.repeat(n)},`)).toBe(false)
    expect(isSpaceGap(' \n ')).toBe(true)
  })
})
