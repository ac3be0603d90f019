import { describe, expect, it } from 'vitest'
import { parseVtt } from '../src/formats/vtt.js'
import { spliceThroughSegments, vttFile } from './helpers/captions.js'
import { describeGeneratedFileProperties, expectInputError, expectVerbatimSegments } from './helpers/formats.js'

describe('parseVtt', () => {
  const sample = [
    'WEBVTT - IGF main session',
    'Kind: captions',
    '',
    'STYLE',
    '::cue(v[voice="Chair"]) { color: yellow }',
    '',
    'NOTE the chair speaks first',
    '',
    'intro',
    '00:01.000 --> 00:03.500 align:start line:85%',
    '<v Chair>we must address <c.hl>ransom</c>',
    '',
    '00:00:03.600 --> 00:00:05.000',
    'wear <00:00:04.000>attacks &amp; Q&amp;A&nbsp;now</v>',
    '',
  ].join('\n')

  it('reads cue text without tags, header, notes or styles', () => {
    const document = parseVtt(sample, 'talk.vtt')
    expect(document.format).toBe('vtt')
    expect(document.text).toBe('we must address ransom\nwear attacks & Q&A\u00A0now')
    expect(document.cues).toEqual([
      { index: 0, id: 'intro', start: '00:01.000', end: '00:03.500' },
      { index: 1, start: '00:00:03.600', end: '00:00:05.000' },
    ])
    expectVerbatimSegments(document)
  })

  it('writes a correction across two cues into the first cue only, leaving tags and timings', () => {
    const document = parseVtt(sample)
    const start = document.text.indexOf('ransom')
    const out = spliceThroughSegments(document, start, start + 'ransom\nwear'.length, 'ransomware')
    expect(out).toBe(sample.replace('<c.hl>ransom</c>', '<c.hl>ransomware</c>').replace('\nwear <00', '\n <00'))
  })

  it('reads CRLF, CR-only and BOM files', () => {
    for (const newline of ['\r\n', '\r']) {
      const raw = `\uFEFFWEBVTT${newline}${newline}1${newline}00:01.000 --> 00:02.000${newline}one${newline}two${newline}`
      const document = parseVtt(raw)
      expect(document.text).toBe('one\ntwo')
      expect(document.cues?.[0]?.id).toBe('1')
      expectVerbatimSegments(document)
    }
  })

  it('starts a new cue at a line with "-->" even without a blank line, as the WebVTT parser does', () => {
    const document = parseVtt('WEBVTT\n\n00:01.000 --> 00:02.000\none\n00:02.000 --> 00:03.000\ntwo\n')
    expect(document.text).toBe('one\ntwo')
    expect(document.cues).toHaveLength(2)
  })

  it('reads a header with no blank line before the first cue', () => {
    const document = parseVtt('WEBVTT\n00:01.000 --> 00:02.000\nhi\n')
    expect(document.text).toBe('hi')
  })

  describe('malformed files', () => {
    const cases: [string, string, number, RegExp][] = [
      ['no signature', '00:01.000 --> 00:02.000\nhi\n', 1, /expected `WEBVTT` on the first line/],
      ['signature glued to text', 'WEBVTTX\n\n00:01.000 --> 00:02.000\nhi\n', 1, /expected `WEBVTT`/],
      ['empty file', '', 1, /expected `WEBVTT`/],
      ['broken timing line', 'WEBVTT\n\n00:01.000 --> 00:02.0\nhi\n', 3, /broken timing line/],
      ['comma in a timestamp', 'WEBVTT\n\n00:00:01,000 --> 00:00:02,000\nhi\n', 3, /broken timing line/],
      ['seconds out of range', 'WEBVTT\n\n00:75.000 --> 00:76.000\nhi\n', 3, /broken timing line/],
      ['cue without timing', 'WEBVTT\n\nintro\nwelcome everyone\n', 4, /cue "intro" has no timing/],
      ['identifier at end of file', 'WEBVTT\n\n00:01.000 --> 00:02.000\nhi\n\nlast', 6, /cue "last" has no timing/],
    ]
    it.each(cases)('%s', (_name, raw, line, message) => {
      expectInputError(() => parseVtt(raw, 'bad.vtt'), 'bad.vtt', line, message)
    })
  })

  it('starts a new paragraph where a cue line opens another speaker\'s voice, and only there', () => {
    const raw = 'WEBVTT\n\n00:01.000 --> 00:02.000\n<v Chair>we take into\n\n00:02.000 --> 00:03.000\n<v Chair>account\n\n00:03.000 --> 00:04.000\n<v.loud Ana Ruiz>a count\n'
    expect(parseVtt(raw).text).toBe('we take into\naccount\n\na count')
  })

  describeGeneratedFileProperties(parseVtt, vttFile, /\d\d:\d\d\.\d\d\d|::cue|Kind:|NOTE/)
})
