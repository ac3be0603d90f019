import { describe, expect, it } from 'vitest'
import { parseSrt } from '../src/formats/srt.js'
import { spliceThroughSegments, srtFile } from './helpers/captions.js'
import { describeGeneratedFileProperties, expectInputError, expectVerbatimSegments } from './helpers/formats.js'

describe('parseSrt', () => {
  const sample = [
    '1',
    '00:00:01,000 --> 00:00:03,500',
    'the risk of <i>ransom</i>',
    '',
    '2',
    '00:00:03,600 --> 00:00:05,000  X1:100 X2:600 Y1:10 Y2:50',
    '{\\an8}wear attacks &amp; more',
    'on the <font color="#ffff00">grid</font>',
    '',
  ].join('\r\n')

  it('reads cue text without tags, joining lines and cues with newlines', () => {
    const document = parseSrt(sample, 'talk.srt')
    expect(document.format).toBe('srt')
    expect(document.path).toBe('talk.srt')
    expect(document.text).toBe('the risk of ransom\nwear attacks & more\non the grid')
    expect(document.cues).toEqual([
      { index: 0, id: '1', start: '00:00:01,000', end: '00:00:03,500' },
      { index: 1, id: '2', start: '00:00:03,600', end: '00:00:05,000' },
    ])
    expectVerbatimSegments(document)
    expect(document.segments.map((s) => s.cue)).toEqual([0, 0, 1, 1, 1, 1])
  })

  it('writes a correction across two cues into the first cue only', () => {
    const document = parseSrt(sample)
    const start = document.text.indexOf('ransom')
    const out = spliceThroughSegments(document, start, start + 'ransom\nwear'.length, 'ransomware')
    expect(out).toBe(sample.replace('<i>ransom</i>', '<i>ransomware</i>').replace('{\\an8}wear attacks', '{\\an8} attacks'))
  })

  it('keeps a BOM, bare cues without numbers and period timings', () => {
    const raw = '\uFEFF00:00:01.000 --> 00:00:02.000\nhello\n\n\n00:00:02.000 --> 00:00:03.000\nworld'
    const document = parseSrt(raw)
    expect(document.text).toBe('hello\nworld')
    expect(document.cues?.map((cue) => cue.id)).toEqual([undefined, undefined])
    expect(document.segments[0]!.rawStart).toBe(raw.indexOf('hello'))
    expectVerbatimSegments(document)
  })

  it('reads two SRT files concatenated, BOM and all', () => {
    const one = '\uFEFF1\r\n00:00:01,000 --> 00:00:02,000\r\nfirst part\r\n\r\n'
    const document = parseSrt(one + one.replace('first', 'second'))
    expect(document.text).toBe('first part\nsecond part')
    expect(document.cues?.map((cue) => cue.id)).toEqual(['1', '1'])
  })

  it('gives an empty transcript for an empty file or a cue without text', () => {
    expect(parseSrt('').text).toBe('')
    const document = parseSrt('1\n00:00:01,000 --> 00:00:02,000\n\n2\n00:00:02,000 --> 00:00:03,000\nsaid\n')
    expect(document.text).toBe('said')
    expect(document.cues).toHaveLength(2)
    expect(document.segments[0]!.cue).toBe(1)
  })

  it('keeps `<` and `&` that start no tag or reference as text', () => {
    const document = parseSrt('1\n00:00:01,000 --> 00:00:02,000\nQ&A: 3 < 4 &unknown; {not a tag}\n')
    expect(document.text).toBe('Q&A: 3 < 4 &unknown; {not a tag}')
    expect(document.segments).toHaveLength(1)
  })

  describe('malformed files', () => {
    const cases: [string, string, number, RegExp][] = [
      ['broken timing line', '1\n00:00:01,000 --> 00:00:0x,000\nhello\n', 2, /broken timing line in cue 1/],
      ['arrow missing', '1\n00:00:01,000 - 00:00:02,000\nhello\n', 2, /cue 1 has no timing: expected a timing line/],
      ['minutes out of range', '1\n00:61:01,000 --> 00:61:02,000\nhello\n', 2, /broken timing line/],
      ['cue without timing', '1\n00:00:01,000 --> 00:00:02,000\nhi\n\n2\nno timing here\n', 6, /cue 2 has no timing/],
      ['number at end of file', '1\n00:00:01,000 --> 00:00:02,000\nhi\n\n2\n', 5, /cue 2 has no timing/],
      ['text outside a cue', 'just some words\nand more\n', 1, /expected a cue number or a timing line/],
      ['timing line without number, broken', '00:00:01,000 --> soon\nhello\n', 1, /broken timing line/],
      ['missing blank line', '1\n00:00:01,000 --> 00:00:02,000\nhi\n00:00:02,000 --> 00:00:03,000\nthere\n', 4, /expected a blank line/],
    ]
    it.each(cases)('%s', (_name, raw, line, message) => {
      const error = expectInputError(() => parseSrt(raw, 'bad.srt'), 'bad.srt', line, message)
      expect(error.message.startsWith(`bad.srt:${line}: `)).toBe(true)
    })
  })

  describeGeneratedFileProperties(parseSrt, srtFile, /\d\d:\d\d:\d\d,\d|<font|\{\\/)
})
