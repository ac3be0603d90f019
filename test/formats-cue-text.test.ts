import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { adaptRawEdits, keepLineStructure, lineOf, readCueText, splitLines } from '../src/formats/cue-text.js'
import { parseSrt } from '../src/formats/srt.js'
import { parseVtt } from '../src/formats/vtt.js'
import { parseWhisper } from '../src/formats/whisper.js'
import { applyRawEdits, rawEditsFor } from '../src/pipeline/apply.js'
import { skeleton, srtFile, vttFile } from './helpers/captions.js'

describe('splitLines and lineOf', () => {
  it('splits on CRLF, LF and CR alike and counts lines the same way', () => {
    const raw = 'a\r\nbb\ncc\rd'
    expect(splitLines(raw).map((line) => raw.slice(line.start, line.end))).toEqual(['a', 'bb', 'cc', 'd'])
    expect(splitLines(raw).map((line) => lineOf(raw, line.start))).toEqual([1, 2, 3, 4])
    expect(splitLines('x\n')).toHaveLength(1)
  })
})

describe('readCueText', () => {
  const read = (text: string, ass = false): string[] =>
    readCueText(text, { start: 0, end: text.length, next: text.length }, { assOverrides: ass }).map((p) => (p.verbatim ? p.text : `[${p.text}]`))

  it('drops tags, decodes references as synthetic pieces, keeps everything else verbatim', () => {
    expect(read('<v.loud Mary>Hi <b>there</b>&amp;<00:01.000>you')).toEqual(['Hi ', 'there', '[&]', 'you'])
    expect(read('x &#8209; y &#x41; &nbsp;')).toEqual(['x ', '[\u2011]', ' y ', '[A]', ' ', '[\u00A0]'])
    expect(read('a < b, c <3 &nope; &#0; & {\\an8}')).toEqual(['a < b, c <3 &nope; &#0; & {\\an8}'])
    expect(read('{\\an8}top {\\i1}line', true)).toEqual(['top ', 'line'])
  })
})

describe('keepLineStructure', () => {
  const raw = '1\r\n00:00:01,000 --> 00:00:02,000\r\nthe threat of ransom\r\n\r\n2\r\n00:00:02,000 --> 00:00:03,000\r\n<i>wear</i>  \r\nis growing fast\r\n'

  it('removes the line break before a cue line that a correction across cues empties', () => {
    const document = parseSrt(raw)
    const start = document.text.indexOf('ransom')
    const edits = rawEditsFor(document.segments, start, start + 'ransom\nwear  '.length, 'ransomware')
    // The applier's edits alone leave "<i></i>" on the line: it is not blank, the file stays valid.
    expect(parseSrt(applyRawEdits(raw, edits)).text).toBe('the threat of ransomware\n\nis growing fast')
    const bare = raw.replace('<i>wear</i>', 'wear')
    const bareDocument = parseSrt(bare)
    const bareEdits = rawEditsFor(bareDocument.segments, start, start + 'ransom\nwear  '.length, 'ransomware')
    expect(() => parseSrt(applyRawEdits(bare, bareEdits))).toThrow(/found text outside a cue/)
    const fixed = applyRawEdits(bare, keepLineStructure(bareDocument, bareEdits))
    expect(fixed).toBe(bare.replace('ransom\r\n', 'ransomware\r\n').replace('\r\nwear  \r\n', '\r\n'))
    expect(parseSrt(fixed).cues).toEqual(bareDocument.cues)
  })

  it('gives edits it has adapted back as they are', () => {
    // "the" on one cue line and again on the next: the repeat removed with the line it was on.
    const vtt = parseVtt('WEBVTT\n\n00:00:00.000 --> 00:00:00.001\nthe\nthe')
    const once = adaptRawEdits(vtt, rawEditsFor(vtt.segments, 0, 7, 'the', vtt.text))
    expect(adaptRawEdits(vtt, once)).toEqual(once)
    expect(applyRawEdits(vtt.raw, once)).toBe('WEBVTT\n\n00:00:00.000 --> 00:00:00.001\nthe')
  })

  it('leaves edits alone for other formats and for lines that keep text', () => {
    const document = parseSrt(raw)
    const edits = rawEditsFor(document.segments, 0, 3, 'a')
    expect(keepLineStructure(document, edits)).toEqual(edits)
    const text = { ...document, format: 'text' as const }
    expect(keepLineStructure(text, [{ range: [0, 1], text: '' }])).toEqual([{ range: [0, 1], text: '' }])
  })

  for (const [name, arbitrary, parse] of [
    ['SRT', srtFile, parseSrt],
    ['WebVTT', vttFile, parseVtt],
  ] as const) {
    it(`${name}: any correction written by the applier keeps cues, ids and timings`, () => {
      fc.assert(
        fc.property(arbitrary, fc.nat(), fc.nat(), fc.constantFrom('', 'x', 'ransomware'), (file, a, b, replacement) => {
          const document = parse(file.raw)
          fc.pre(document.text.length > 0)
          const start = a % document.text.length
          const end = Math.min(document.text.length, start + 1 + (b % 40))
          const edits = keepLineStructure(document, rawEditsFor(document.segments, start, end, replacement))
          const after = parse(applyRawEdits(file.raw, edits))
          expect(after.cues).toEqual(document.cues)
          // Only cue text changed: outside segments the same bytes remain, less the breaks of emptied lines.
          const layout = (text: string): string => text.replace(/[\u0000\r\n \t]/g, '')
          expect(layout(skeleton(after))).toBe(layout(skeleton(document)))
        }),
        { numRuns: 400 },
      )
    })
  }
})

describe('rawEditsFor', () => {
  const raw = '1\r\n00:00:01,000 --> 00:00:02,000\r\nunder the <i>UN</i>\r\n\r\n2\r\n00:00:02,000 --> 00:00:03,000\r\ncharter and the African\r\nunion &amp; others\r\n'

  it('writes a change of letters in place, each word in its own cue and line', () => {
    const document = parseSrt(raw)
    const span = (phrase: string): [number, number] => {
      const start = document.text.indexOf(phrase)
      return [start, start + phrase.length]
    }
    const [a, b] = span('UN\ncharter')
    const [c, d] = span('African\nunion')
    const edits = [
      ...rawEditsFor(document.segments, a, b, 'UN\nCharter', document.text),
      ...rawEditsFor(document.segments, c, d, 'African\nUnion', document.text),
    ]
    expect(edits.map((edit) => edit.text)).toEqual(['Charter', 'Union'])
    const fixed = applyRawEdits(raw, edits)
    expect(fixed).toBe(raw.replace('charter', 'Charter').replace('union', 'Union'))
    expect(skeleton(parseSrt(fixed))).toBe(skeleton(document))
  })

  it('moves the words to where the span starts when the replacement changes what lies between segments', () => {
    const document = parseSrt(raw)
    const start = document.text.indexOf('UN\ncharter')
    const edits = rawEditsFor(document.segments, start, start + 'UN\ncharter'.length, 'UN Charter', document.text)
    expect(edits.map((edit) => edit.text)).toEqual(['UN Charter', ''])
  })
})

describe('adaptRawEdits', () => {
  it('encodes replacements as WebVTT references and JSON escapes, and leaves SRT and text as written', () => {
    const vtt = parseVtt('WEBVTT\n\n00:01.000 --> 00:02.000\nthe Q and A session\n')
    const start = vtt.text.indexOf('Q and A')
    const vttOut = applyRawEdits(vtt.raw, adaptRawEdits(vtt, rawEditsFor(vtt.segments, start, start + 7, 'Q&A <live>')))
    expect(vttOut).toContain('the Q&amp;A &lt;live&gt; session')
    expect(parseVtt(vttOut).text).toBe('the Q&A <live> session')

    const json = parseWhisper('{"segments":[{"id":0,"text":" so called norms"}]}')
    const out = applyRawEdits(json.raw, adaptRawEdits(json, rawEditsFor(json.segments, 0, 9, 'so-called "norms"\\')))
    expect((JSON.parse(out) as { segments: { text: string }[] }).segments[0]!.text).toBe(' so-called "norms"\\ norms')

    const srt = parseSrt('1\n00:00:01,000 --> 00:00:02,000\nQ and A\n')
    expect(adaptRawEdits(srt, [{ range: [31, 38], text: 'Q&A' }])).toEqual([{ range: [31, 38], text: 'Q&A' }])
  })
})
