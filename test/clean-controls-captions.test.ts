/**
 * Clean controls for caption files: correct SRT and WebVTT captions of IGF / UN sessions
 * (fixtures/clean-controls/*.srt, *.vtt), laid out in broadcast style (two lines of at most 40
 * characters, sentences broken across lines and cues, speaker changes as ">>", "- " or `<v Speaker>`).
 * They hold the look-alikes captidy corrects elsewhere, used rightly ("in the main", "the main hall",
 * "on the mind of", "a principal reason", "the corporation's board", "a count of", "a dress code",
 * "past conflicts", "counsel"/"council", "effect"/"affect", "few"/"new", "incidence rate").
 * Nothing may change: an applied correction or a flag is a false positive, and the file must come
 * back byte for byte (CRLF, header, NOTE blocks, ids, settings, tags and `&amp;` included).
 */
import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { clean } from '../src/pipeline/clean.js'

const folder = fileURLToPath(new URL('../fixtures/clean-controls/', import.meta.url))

interface Reviewed {
  actual: string
  expected: readonly string[]
  source: string
  ruleId: string
  place: { start: { line: number } }
  cue?: { index: number }
}

/** What a reviewer would see of a record: line, cue, rule, what and what into. */
function summary(record: Reviewed): string {
  const cue = record.cue ? ` (cue ${record.cue.index + 1})` : ''
  return `${record.place.start.line}${cue}: ${record.source}/${record.ruleId} '${record.actual}' -> '${record.expected[0] ?? ''}'`
}

async function cleanFixture(name: string) {
  const path = `${folder}${name}`
  const text = readFileSync(path, 'utf8')
  const result = await clean(text, { path })
  return { text, result }
}

/** Applied corrections and flags, which must both be empty on a correct file. */
function falsePositives(result: Awaited<ReturnType<typeof clean>>): string[] {
  return [...result.corrections.filter((c) => c.applied), ...result.flags].map(summary)
}

describe('clean caption controls: nothing applied, nothing flagged, the file comes back byte for byte', () => {
  it('the fixtures are the caption layouts they claim to be', () => {
    const crlf = readFileSync(`${folder}oewg-ict-security.srt`, 'utf8')
    expect(crlf.split('\n').slice(0, -1).every((line) => line.endsWith('\r'))).toBe(true)
    const vtt = readFileSync(`${folder}igf-ai-human-rights.vtt`, 'utf8')
    expect(vtt).toMatch(/^WEBVTT - /)
    expect(vtt).toMatch(/\nNOTE/)
    expect(vtt).toMatch(/ line:90% align:center\n<v [^>]+>/)
    expect(vtt).toMatch(/<i>[^<]+<\/i>/)
  })

  it('igf-ai-human-rights.vtt (header, NOTE blocks, ids, settings, voice tags, italics)', async () => {
    const { text, result } = await cleanFixture('igf-ai-human-rights.vtt')
    expect(falsePositives(result)).toEqual([])
    expect(result.text).toBe(text)
  })

  it('dns-abuse-routing-ipv6.srt (LF, ">>" speaker changes)', async () => {
    const { text, result } = await cleanFixture('dns-abuse-routing-ipv6.srt')
    expect(falsePositives(result)).toEqual([])
    expect(result.text).toBe(text)
  })

  // Cues 27 and 155, "the Points of Contact / directory": UN reports write the directory's name with a
  // lower-case head noun too, so the glossary allows it as house style.
  it('oewg-ict-security.srt (CRLF, ">> DELEGATION:" labels)', async () => {
    const { text, result } = await cleanFixture('oewg-ict-security.srt')
    expect(falsePositives(result)).toEqual([])
    expect(result.text).toBe(text)
  })

  // "we've seen that / again and again and I should say": the fixed reduplication "again and again"
  // followed by "and" (ASR writes no comma) is not a restarted coordination.
  it('shutdowns-elections-asr.vtt (ASR style, "- " speaker changes, &amp;)', async () => {
    const { text, result } = await cleanFixture('shutdowns-elections-asr.vtt')
    expect(falsePositives(result)).toEqual([])
    expect(result.text).toBe(text)
  })
})

describe('clean caption controls: passages found while probing', () => {
  const vtt = (...cues: string[]) =>
    `WEBVTT\n\n${cues.map((cue, i) => `00:0${i}.000 --> 00:0${i}.900\n${cue}\n`).join('\n')}`
  const srt = (...cues: string[]) =>
    cues.map((cue, i) => `${i + 1}\n00:00:0${i},000 --> 00:00:0${i},900\n${cue}\n`).join('\n')

  // A speaker cut off mid-sentence ("take into") and the next speaker starting "a count of": a line
  // opening another voice starts a new paragraph of the transcript, so the frame "into …" is not read.
  it('a frame is not read across a change of WebVTT voice', async () => {
    const text = vtt('<v Chair>so we will have to take into', '<v Ana>a count of the votes was taken.')
    const result = await clean(text, { path: 'probe.vtt' })
    expect(falsePositives(result)).toEqual([])
    expect(result.text).toBe(text)
  })

  it('a frame is not read across a change of speaker marked ">>" in SRT', async () => {
    const text = srt('so we will have to take into', '>> a count of the votes was taken.')
    const result = await clean(text, { path: 'probe.srt' })
    expect(falsePositives(result)).toEqual([])
    expect(result.text).toBe(text)
  })

  it('the same frame inside one speaker\'s cues is still corrected', async () => {
    // The control that the probes above are about the speaker change, not a frame that never fires.
    const text = vtt('<v Chair>so we will have to take into', '<v Chair>a count the views of all.')
    const result = await clean(text, { path: 'probe.vtt' })
    expect(result.corrections.filter((c) => c.applied).map((c) => c.expected[0])).toEqual(['account'])
  })
})
