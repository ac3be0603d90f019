/**
 * Caption formats through the real pipeline: everything outside corrected words survives, fixing is
 * idempotent, and captions corrected as SRT or WebVTT score like the same transcript as plain text.
 */
import { readFileSync } from 'node:fs'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { scoreTranscript } from '../src/eval/score.js'
import { parseDocument } from '../src/formats/index.js'
import { clean } from '../src/pipeline/clean.js'
import { linesFromCaptions, skeleton, srtFile, toCues, toSrt, toVtt, vttFile } from './helpers/captions.js'

const dir = new URL('../fixtures/igf2017-cybersecurity/', import.meta.url)
const devText = readFileSync(new URL('dev.txt', dir), 'utf8')
const devGold = readFileSync(new URL('dev.gold.jsonl', dir), 'utf8')
const lineCount = devText.split('\n').length

describe('caption formats through clean()', () => {
  const cues = toCues(devText)
  const files = {
    srt: { path: 'dev.srt', raw: toSrt(cues) },
    'srt (CRLF, BOM)': { path: 'dev.srt', raw: toSrt(cues, { newline: '\r\n', bom: true }) },
    vtt: { path: 'dev.vtt', raw: toVtt(cues) },
  }

  it('lays the fixture out as real captions: two lines of at most 37 characters, phrases across cues', () => {
    expect(cues.length).toBeGreaterThan(500)
    for (const cue of cues) {
      expect(cue.lines.length).toBeLessThanOrEqual(2)
      for (const line of cue.lines) expect(line.length).toBeLessThanOrEqual(37)
    }
    const document = parseDocument(files.srt.raw, { path: files.srt.path })
    expect(linesFromCaptions(document, cues, lineCount).join('\n').replace(/\s+/g, ' ')).toBe(devText.replace(/\s+/g, ' '))
  })

  const textResult = clean(devText, { path: 'dev.txt' })

  for (const [name, file] of Object.entries(files)) {
    it(`${name}: corrects the fixture with F0.5 within 0.02 of plain text, touching only cue text`, async () => {
      const plain = scoreTranscript(devGold, (await textResult).text).result
      const result = await clean(file.raw, { path: file.path })
      const before = parseDocument(file.raw, { path: file.path })
      const after = parseDocument(result.text, { path: file.path })
      expect(after.cues).toEqual(before.cues)
      expect(skeleton(after)).toBe(skeleton(before))
      const captions = scoreTranscript(devGold, linesFromCaptions(after, cues, lineCount).join('\n')).result
      console.info(`${name}: F0.5 ${captions.f05} (text ${plain.f05}), edits ${captions.hypEdits} (text ${plain.hypEdits}), correct ${captions.correct} (text ${plain.correct})`)
      expect(Math.abs(captions.f05 - plain.f05)).toBeLessThanOrEqual(0.02)
      expect(Math.abs(captions.hypEdits - plain.hypEdits)).toBeLessThanOrEqual(Math.max(2, plain.hypEdits * 0.1))
    })

    it(`${name}: fixing twice changes nothing more`, async () => {
      const once = await clean(file.raw, { path: file.path })
      const twice = await clean(once.text, { path: file.path })
      expect(twice.text).toBe(once.text)
      expect(twice.corrections.filter((c) => c.applied)).toEqual([])
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

  it('generated SRT and WebVTT files keep their structure through clean()', async () => {
    await fc.assert(
      fc.asyncProperty(fc.oneof(srtFile.map((f) => ({ ...f, path: 'x.srt' })), vttFile.map((f) => ({ ...f, path: 'x.vtt' }))), async (file) => {
        const result = await clean(file.raw, { path: file.path })
        const before = parseDocument(file.raw, { path: file.path })
        const after = parseDocument(result.text, { path: file.path })
        expect(after.cues).toEqual(before.cues)
        expect(skeleton(after)).toBe(skeleton(before))
      }),
      { numRuns: 60 },
    )
  })
})
