/**
 * Caption formats through the real pipeline: everything outside corrected words survives, fixing is
 * as idempotent as for plain text, and captions corrected as SRT or WebVTT score like the same
 * transcript as plain text.
 */
import { readFileSync } from 'node:fs'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { scoreTranscript } from '../src/eval/score.js'
import { adaptRawEdits } from '../src/formats/cue-text.js'
import { parseDocument } from '../src/formats/index.js'
import { applyRawEdits, editsOf } from '../src/pipeline/apply.js'
import { clean } from '../src/pipeline/clean.js'
import type { CaptionDocument, Correction } from '../src/types.js'
import { linesFromCaptions, skeleton, srtFile, toCues, toSrt, toVtt, vttFile } from './helpers/captions.js'

const dir = new URL('../fixtures/igf2017-cybersecurity/', import.meta.url)
const devText = readFileSync(new URL('dev.txt', dir), 'utf8')
const devGold = readFileSync(new URL('dev.gold.jsonl', dir), 'utf8')
const lineCount = devText.split('\n').length

/** What a correction does, whatever the whitespace its span had. */
const keyOf = (c: Correction): string => `${c.source}: ${c.actual.replace(/\s+/g, ' ')} -> ${(c.expected[0] ?? '').replace(/\s+/g, ' ')}`
const appliedKeys = (corrections: readonly Correction[]): string[] => corrections.filter((c) => c.applied).map(keyOf).sort()

/** The same document with the newlines that join cue lines turned into spaces (they are synthetic). */
const withSpaceJoins = (document: CaptionDocument): CaptionDocument => ({ ...document, text: document.text.replace(/\n/g, ' ') })

describe('caption formats through clean()', () => {
  const cues = toCues(devText)
  const files = {
    srt: { path: 'dev.srt', raw: toSrt(cues) },
    'srt (CRLF, BOM)': { path: 'dev.srt', raw: toSrt(cues, { newline: '\r\n', bom: true }) },
    vtt: { path: 'dev.vtt', raw: toVtt(cues) },
  }
  const plain = clean(devText, { path: 'dev.txt' })

  it('lays the fixture out as real captions: two lines of at most 37 characters, phrases across cues', () => {
    expect(cues.length).toBeGreaterThan(500)
    for (const cue of cues) {
      expect(cue.lines.length).toBeLessThanOrEqual(2)
      for (const line of cue.lines) expect(line.length).toBeLessThanOrEqual(37)
    }
    const document = parseDocument(files.srt.raw, { path: files.srt.path })
    expect(linesFromCaptions(document, cues, lineCount).join('\n').replace(/\s+/g, ' ')).toBe(devText.replace(/\s+/g, ' '))
  })

  for (const [name, file] of Object.entries(files)) {
    it(`${name}: makes the plain-text corrections, less only those across a caption line break`, async () => {
      const text = await plain
      const result = await clean(file.raw, { path: file.path })
      const before = parseDocument(file.raw, { path: file.path })
      const after = parseDocument(result.text, { path: file.path })
      expect(after.cues).toEqual(before.cues)
      expect(skeleton(after)).toBe(skeleton(before))

      const unmatched = [...appliedKeys(result.corrections)]
      const missed: Correction[] = []
      for (const correction of text.corrections.filter((c) => c.applied)) {
        const at = unmatched.indexOf(keyOf(correction))
        if (at >= 0) unmatched.splice(at, 1)
        else missed.push(correction)
      }
      expect(unmatched).toEqual([])
      // A correction the captions miss must be one whose words a caption line break splits.
      for (const correction of missed) {
        const words = correction.actual.trim().split(/\s+/)
        expect(words.length).toBeGreaterThan(1)
        const across = new RegExp(words.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('[ \\n]+'), 'g')
        expect([...before.text.matchAll(across)].some((m) => m[0].includes('\n'))).toBe(true)
      }

      const captions = scoreTranscript(devGold, linesFromCaptions(after, cues, lineCount).join('\n')).result
      const reference = scoreTranscript(devGold, text.text).result
      // The caption file is corrected as well as the plain text (issue: within 0.02 F0.5).
      expect(Math.abs(captions.f05 - reference.f05)).toBeLessThanOrEqual(0.02)
      console.info(`${name}: F0.5 ${captions.f05} vs plain text ${reference.f05} (${captions.hypEdits} vs ${reference.hypEdits} edits; missed across line breaks: ${missed.map(keyOf).join('; ') || 'none'})`)
    })

    it(`${name}: with cue joins read as spaces, scores within 0.02 F0.5 of plain text`, async () => {
      const reference = scoreTranscript(devGold, (await plain).text).result
      const document = parseDocument(file.raw, { path: file.path })
      const result = await clean(withSpaceJoins(document))
      const after = parseDocument(result.text, { path: file.path })
      const captions = scoreTranscript(devGold, linesFromCaptions(after, cues, lineCount).join('\n')).result
      expect(Math.abs(captions.f05 - reference.f05)).toBeLessThanOrEqual(0.02)
      expect(Math.abs(captions.hypEdits - reference.hypEdits)).toBeLessThanOrEqual(1)
    })

    it(`${name}: a second run changes no more than a second run on plain text`, async () => {
      const once = await clean(file.raw, { path: file.path })
      const twice = await clean(once.text, { path: file.path })
      const plainTwice = await clean((await plain).text, { path: 'dev.txt' })
      const again = appliedKeys(twice.corrections)
      expect(again.filter((key) => !appliedKeys(plainTwice.corrections).includes(key))).toEqual([])
      if (again.length === 0) expect(twice.text).toBe(once.text)
    })
  }

  it('a caption file with nothing to correct comes back byte-identical', async () => {
    const raw = [
      '\uFEFFWEBVTT',
      '',
      'NOTE IGF 2017, main session',
      '',
      'c1',
      '00:00:01.000 --> 00:00:03.000 align:start',
      '<v Chair>Good morning, and welcome to',
      'this session on <i>cybersecurity</i>.',
      '',
      'c2',
      '00:00:03.000 --> 00:00:05.500',
      'We will hear from Q&amp;A panelists',
      '<00:00:04.000>from governments and civil society.',
      '',
    ].join('\r\n')
    const result = await clean(raw, { path: 'clean.vtt' })
    expect(result.corrections.filter((c) => c.applied)).toEqual([])
    expect(result.text).toBe(raw)
  })

  it('Whisper JSON stays valid JSON through clean(), with only segment text corrected', async () => {
    const asr = {
      text: ' Fourthly, the the norms apply.',
      segments: [
        {
          id: 0,
          start: 0.0,
          end: 2.5,
          text: ' 4thly, the the norms apply.',
          words: [' 4thly,', ' the', ' the', ' norms', ' apply.'].map((word, k) => ({ word, start: k / 2, end: (k + 1) / 2, probability: 0.9 })),
        },
      ],
    }
    const raw = JSON.stringify(asr, null, 2)
    const result = await clean(raw, { path: 'talk.json' })
    const parsed = JSON.parse(result.text) as typeof asr
    expect(parsed.segments[0]!.text).toBe(' Fourthly, the norms apply.')
    expect(parsed.text).toBe(asr.text)
    expect(parsed.segments[0]!.words).toEqual(asr.segments[0]!.words)
    expect(result.text.replace(' Fourthly, the norms apply.', asr.segments[0]!.text)).toBe(raw)
  })

  it('the corrections clean() makes on generated captions, written through adaptRawEdits, keep every cue', async () => {
    await fc.assert(
      fc.asyncProperty(fc.oneof(srtFile.map((f) => ({ ...f, path: 'x.srt' })), vttFile.map((f) => ({ ...f, path: 'x.vtt' }))), async (file) => {
        const result = await clean(file.raw, { path: file.path })
        const before = result.document
        const edits = adaptRawEdits(before, result.corrections.filter((c) => c.applied).flatMap(editsOf))
        const after = parseDocument(applyRawEdits(file.raw, edits), { path: file.path })
        expect(after.cues).toEqual(before.cues)
        const layout = (text: string): string => text.replace(/[\u0000\r\n \t]/g, '')
        expect(layout(skeleton(after))).toBe(layout(skeleton(before)))
      }),
      { numRuns: 60 },
    )
  })

  it('a correction that ends where a tag begins leaves the tag alone ("4g<i>" → "4G<i>")', async () => {
    const raw = 'WEBVTT\n\n00:00:00.000 --> 00:00:01.000\nover <i>4g<i> networks\n'
    const result = await clean(raw, { path: 'x.vtt' })
    const fix = result.corrections.find((c) => c.applied && c.actual === '4g')
    expect(fix?.expected[0]).toBe('4G')
    expect(raw.slice(fix!.range[0], fix!.range[1])).toBe('4g')
    expect(result.text).toBe(raw.replace('4g', '4G'))
  })

  // Known bug, kept visible: the pipeline writes `rawEditsFor` edits as they are, so a correction
  // across cue lines that empties a line ("governance\ngovernance" -> "governance") leaves a blank
  // line inside the cue and orphans the lines after it. Passing the edits through `adaptRawEdits`
  // (src/formats/cue-text.ts) in src/pipeline/pipeline.ts fixes it; then drop `.fails`.
  it('clean() keeps every cue when a correction empties a cue line', async () => {
    const raw = '1\n00:00:01,000 --> 00:00:02,000\nwe talk about governance\n\n2\n00:00:02,000 --> 00:00:03,000\ngovernance\nof the internet today\n'
    const result = await clean(raw, { path: 'x.srt', minConfidence: 0.2 })
    expect(result.corrections.some((c) => c.applied && c.actual.includes('\n'))).toBe(true)
    expect(parseDocument(result.text, { path: 'x.srt' }).cues).toHaveLength(2)
  })
})
