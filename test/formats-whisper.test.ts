import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { escapeJsonText, parseJsonWithOffsets, parseWhisper } from '../src/formats/whisper.js'
import { spliceThroughSegments } from './helpers/captions.js'
import { expectInputError } from './helpers/formats.js'

/** A file as openai-whisper writes it with `--word_timestamps True` (indented here for reading). */
const whisperJson = JSON.stringify(
  {
    text: ' The risk of ransom wear is "real".\n And due indigenous matters.',
    segments: [
      {
        id: 0,
        seek: 0,
        start: 0.0,
        end: 2.5,
        text: ' The risk of ransom wear is "real".',
        tokens: [50364, 440],
        avg_logprob: -0.21,
        words: [
          { word: ' The', start: 0.0, end: 0.2, probability: 0.99 },
          { word: ' risk', start: 0.2, end: 0.5, probability: 0.97 },
          { word: ' of', start: 0.5, end: 0.6, probability: 0.99 },
          { word: ' ransom', start: 0.6, end: 1.0, probability: 0.62 },
          { word: ' wear', start: 1.0, end: 1.3, probability: 0.41 },
          { word: ' is', start: 1.3, end: 1.5, probability: 0.98 },
          { word: ' "real".', start: 1.5, end: 2.5, probability: 0.9 },
        ],
      },
      {
        id: 1,
        start: 2.5,
        end: 4.0,
        text: ' And due indigenous matters.',
        words: [
          { word: ' And', start: 2.5, end: 2.7, probability: 0.95 },
          { word: ' due', start: 2.7, end: 2.9, probability: 0.88 },
          { word: ' indigenous', start: 2.9, end: 3.5, probability: 0.37 },
          { word: ' matters.', start: 3.5, end: 4.0, probability: 0.93 },
        ],
      },
    ],
    language: 'en',
  },
  null,
  2,
)

describe('parseWhisper', () => {
  it('reads the segment texts, trimmed and joined by newlines, with cue times as written', () => {
    const document = parseWhisper(whisperJson, 'talk.json')
    expect(document.format).toBe('whisper')
    expect(document.text).toBe('The risk of ransom wear is "real".\nAnd due indigenous matters.')
    expect(document.cues).toEqual([
      { index: 0, id: '0', start: '0', end: '2.5' },
      { index: 1, id: '1', start: '2.5', end: '4' },
    ])
    for (const segment of document.segments) {
      const length = segment.textEnd - segment.textStart
      expect(document.text.slice(segment.textStart, segment.textEnd)).toBe(document.raw.slice(segment.rawStart, segment.rawStart + length))
    }
  })

  it('keeps escapes out of segments', () => {
    const document = parseWhisper(whisperJson)
    const quote = document.text.indexOf('"')
    expect(document.segments.some((s) => s.textStart <= quote && quote < s.textEnd)).toBe(false)
  })

  it('keys word probabilities by the transcript offset of each word', () => {
    const document = parseWhisper(whisperJson)
    const probability = document.wordProbability!
    expect(probability.get(document.text.indexOf('ransom'))).toBe(0.62)
    expect(probability.get(document.text.indexOf('wear'))).toBe(0.41)
    expect(probability.get(document.text.indexOf('indigenous'))).toBe(0.37)
    expect(probability.get(document.text.indexOf('"real"'))).toBe(0.9)
    expect(probability.size).toBe(11)
  })

  it('writes corrections into the segment text only and keeps the JSON valid', () => {
    const document = parseWhisper(whisperJson)
    const start = document.text.indexOf('ransom wear')
    let out = spliceThroughSegments(document, start, start + 'ransom wear'.length, 'ransomware')
    const again = parseWhisper(out)
    const due = again.text.indexOf('due indigenous')
    out = spliceThroughSegments(again, due, due + 'due indigenous'.length, 'due diligence')
    const parsed = JSON.parse(out) as { text: string; segments: { text: string; words: { word: string }[] }[] }
    expect(parsed.segments[0]!.text).toBe(' The risk of ransomware is "real".')
    expect(parsed.segments[1]!.text).toBe(' And due diligence matters.')
    // The recogniser's record stays as it was.
    expect(parsed.text).toBe(' The risk of ransom wear is "real".\n And due indigenous matters.')
    expect(parsed.segments[0]!.words[3]!.word).toBe(' ransom')
    expect(out.replace('ransomware', 'ransom wear').replace('due diligence', 'due indigenous')).toBe(whisperJson)
  })

  it('reads segments without text from their words, WhisperX scores and whisper.cpp output', () => {
    const whisperX = parseWhisper('{"segments":[{"start":1.2,"end":2,"words":[{"word":"Hello","score":0.8},{"word":" world","score":0.5}]}]}')
    expect(whisperX.text).toBe('Hello world')
    expect(whisperX.wordProbability?.get(6)).toBe(0.5)
    const cpp = parseWhisper('{"transcription":[{"timestamps":{"from":"00:00:00,000","to":"00:00:02,000"},"offsets":{"from":0,"to":2000},"text":" Good morning."}]}')
    expect(cpp.text).toBe('Good morning.')
    expect(cpp.cues).toEqual([{ index: 0, start: '00:00:00,000', end: '00:00:02,000' }])
    const bare = parseWhisper('\uFEFF{"text":" only text "}')
    expect(bare.text).toBe('only text')
    expect(bare.segments[0]!.rawStart).toBe(bare.raw.indexOf('only'))
  })

  describe('malformed files', () => {
    const cases: [string, string, number, RegExp][] = [
      ['not JSON', 'hello', 1, /invalid JSON: expected a JSON value/],
      ['trailing comma', '{\n "segments": [\n  {"text": "a"},\n ]\n}', 4, /invalid JSON: expected a JSON value, found "]"/],
      ['unterminated string', '{"segments": [{"text": "a}]}', 1, /expected a closing `"`/],
      ['raw newline in a string', '{"segments": [{"text": "a\nb"}]}', 1, /control character/],
      ['not an object', '[1, 2]', 1, /expected a Whisper JSON object/],
      ['segments not an array', '{\n"segments": {"text": "a"}}', 2, /`segments` to be an array/],
      ['segment without text or words', '{"segments": [\n{"start": 0, "end": 1}]}', 2, /`text` string or `words`/],
      ['text not a string', '{"segments": [{"text": 42}]}', 1, /segment `text` to be a string/],
      ['trailing garbage', '{"text": "a"} x', 1, /end of the file/],
    ]
    it.each(cases)('%s', (_name, raw, line, message) => {
      expectInputError(() => parseWhisper(raw, 'bad.json'), 'bad.json', line, message)
    })
  })

  it('decodes JSON like JSON.parse, and every segment maps verbatim', () => {
    fc.assert(
      fc.property(
        fc.array(fc.record({ text: fc.string({ unit: 'grapheme', maxLength: 30 }), start: fc.double({ min: 0, max: 1e4, noNaN: true }) }), { maxLength: 6 }),
        fc.constantFrom(0, 2),
        (segments, indent) => {
          const raw = JSON.stringify({ segments }, null, indent)
          const root = parseJsonWithOffsets(raw)
          const list = root.kind === 'object' ? root.entries.get('segments') : undefined
          expect(list?.kind === 'array' ? list.items.length : -1).toBe(segments.length)
          const document = parseWhisper(raw)
          expect(document.text).toBe(segments.map((s) => s.text.trim()).filter((t) => t.length > 0).join('\n'))
          for (const segment of document.segments) {
            const length = segment.textEnd - segment.textStart
            expect(document.text.slice(segment.textStart, segment.textEnd)).toBe(raw.slice(segment.rawStart, segment.rawStart + length))
          }
        },
      ),
      { numRuns: 200 },
    )
  })

  it('a replacement escaped with escapeJsonText keeps the file valid JSON', () => {
    fc.assert(
      fc.property(fc.array(fc.string({ minLength: 1, maxLength: 20 }), { minLength: 1, maxLength: 4 }), fc.nat(), fc.string({ maxLength: 6 }), (texts, a, replacement) => {
        const raw = JSON.stringify({ segments: texts.map((text, id) => ({ id, text })) })
        const document = parseWhisper(raw)
        fc.pre(document.segments.length > 0)
        const segment = document.segments[a % document.segments.length]!
        const out = spliceThroughSegments(document, segment.textStart, segment.textEnd, escapeJsonText(replacement))
        const parsed = JSON.parse(out) as { segments: { text: string }[] }
        expect(parsed.segments.map((s) => s.text).join('')).toContain(replacement)
      }),
      { numRuns: 200 },
    )
  })
})
