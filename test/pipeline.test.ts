import type { Root } from 'nlcst'
import type { Plugin } from 'unified'
import { describe, expect, it } from 'vitest'
import { applyCorrections } from '../src/pipeline/apply.js'
import { clean } from '../src/pipeline/clean.js'
import { propose, tokensOf } from '../src/pipeline/context.js'
import { registry, type NormalizerEntry } from '../src/normalizers/registry.js'

/** A test normalizer: proposes a fixed replacement for every occurrence of a word. */
function replacer(id: string, from: string, to: string, confidence: number): NormalizerEntry {
  const plugin: Plugin<[], Root> = () => (tree, file) => {
    for (const token of tokensOf(tree, file)) {
      if (token.lower === from) {
        propose(file, { source: id, ruleId: 'test', start: token.start, end: token.end, expected: [to], confidence, reason: `${from} is ${to}` })
      }
    }
  }
  return { id, plugin, defaultOn: true, options: () => undefined }
}

/** A test normalizer: proposes a replacement for a two-word phrase across any space-like gap. */
function phrase(id: string, from: string, to: string): NormalizerEntry {
  const [first, second] = from.split(' ')
  const plugin: Plugin<[], Root> = () => (tree, file) => {
    const tokens = tokensOf(tree, file)
    for (let i = 1; i < tokens.length; i++) {
      if (tokens[i - 1]!.lower === first && tokens[i]!.lower === second) {
        propose(file, { source: id, ruleId: 'test', start: tokens[i - 1]!.start, end: tokens[i]!.end, expected: [to], confidence: 0.9, reason: `${from} is ${to}` })
      }
    }
  }
  return { id, plugin, defaultOn: true, options: () => undefined }
}

const only = { defaultGlossaries: false, normalizers: Object.fromEntries(registry.map((entry) => [entry.id, false])) as Record<string, boolean> }
const line = '>> SPEAKER:  The corporation\u00a0between states ‑‑ international corporation.\r\n'

describe('pipeline', () => {
  it('changes only the corrected words and keeps BOM, CRLF, U+00A0, U+2011 and chevrons', async () => {
    const raw = `\uFEFF${line}second line\r\n`
    const result = await clean(raw, { ...only, plugins: [replacer('t', 'corporation', 'cooperation', 0.9)] })
    expect(result.text).toBe(`\uFEFF${line.replaceAll('corporation', 'cooperation')}second line\r\n`)
    expect(result.corrections).toHaveLength(2)
    const [first] = result.corrections
    expect(first).toMatchObject({ source: 't', ruleId: 'test', actual: 'corporation', expected: ['cooperation'], applied: true })
    expect(raw.slice(first!.range[0], first!.range[1])).toBe('corporation')
    expect(first!.place.start).toEqual({ line: 1, column: raw.indexOf('corporation') + 1 })
  })

  it('reports corrections below minConfidence without applying them', async () => {
    const result = await clean(line, { ...only, minConfidence: 0.95, plugins: [replacer('t', 'corporation', 'cooperation', 0.9)] })
    expect(result.text).toBe(line)
    expect(result.corrections.map((c) => c.applied)).toEqual([false, false])
    expect(result.file.messages).toHaveLength(2)
    expect(result.file.messages[0]?.source).toBe('t')
  })

  it('resolves overlapping proposals by confidence and keeps the loser as an alternative', async () => {
    const result = await clean('the corporation works', {
      ...only,
      plugins: [replacer('low', 'corporation', 'corporations', 0.6), replacer('high', 'corporation', 'cooperation', 0.8)],
    })
    expect(result.text).toBe('the cooperation works')
    expect(result.corrections).toHaveLength(1)
    expect(result.corrections[0]).toMatchObject({ source: 'high', expected: ['cooperation', 'corporations'] })
  })

  it('lets a longer proposal that agrees with the winner take its place ("UN secretariate" → "UN Secretariat")', async () => {
    const result = await clean('The UN secretariate will report.', {
      ...only,
      plugins: [replacer('spell', 'secretariate', 'secretariat', 0.95), phrase('term', 'un secretariate', 'UN Secretariat')],
    })
    expect(result.text).toBe('The UN Secretariat will report.')
    expect(result.corrections).toHaveLength(1)
    expect(result.corrections[0]).toMatchObject({ source: 'term', confidence: 0.95 })
  })

  it('keeps the winner when the longer proposal disagrees with it', async () => {
    const result = await clean('The UN secretariate will report.', {
      ...only,
      plugins: [replacer('spell', 'secretariate', 'secretariat', 0.95), phrase('term', 'un secretariate', 'UN Secretary')],
    })
    expect(result.text).toBe('The UN secretariat will report.')
  })

  it('replays records on the raw text to give the cleaned text', async () => {
    const raw = `${line}${line}`
    const result = await clean(raw, { ...only, plugins: [replacer('t', 'international', 'International', 0.7)] })
    expect(applyCorrections(raw, result.corrections)).toBe(result.text)
  })

  it('returns text with nothing to correct byte-identical', async () => {
    const raw = '\uFEFFNothing to see here.\r\n\r\n>> MODERATOR: Thank you.\u00a0 Next\u2011speaker.\n'
    const result = await clean(raw, { ...only })
    expect(result.text).toBe(raw)
    expect(result.corrections).toEqual([])
  })

  it('keeps the lines of a plain-text file when a correction crosses a line break', async () => {
    const raw = 'the attack used international\r\ncorporation and more\r\n'
    const result = await clean(raw, { ...only, plugins: [phrase('t', 'international corporation', 'international cooperation')] })
    expect(result.text).toBe('the attack used international cooperation\r\nand more\r\n')
    expect(result.corrections[0]?.parts).toHaveLength(2)
    expect(applyCorrections(raw, result.corrections)).toBe(result.text)
  })

  it('keeps the space after a correction that crosses a styling tag', async () => {
    const raw = 'WEBVTT\n\n00:01.000 --> 00:02.000\nWe fight <i>ransom</i> wear today.\n'
    const result = await clean(raw, { ...only, path: 'x.vtt', plugins: [phrase('t', 'ransom wear', 'ransomware')] })
    expect(result.text).toBe('WEBVTT\n\n00:01.000 --> 00:02.000\nWe fight <i>ransomware</i> today.\n')
  })

  it('refuses unknown normalizer ids and bad confidence thresholds with a TypeError', async () => {
    await expect(clean('x', { normalizers: { nonsense: true } })).rejects.toThrow(/options.normalizers.nonsense/)
    await expect(clean('x', { minConfidence: 2 })).rejects.toThrow(/minConfidence/)
  })
})
