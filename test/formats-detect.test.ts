import { describe, expect, it } from 'vitest'
import { decodeInput } from '../src/formats/decode.js'
import { detectFormat, formatOfPath, parseFormatOption } from '../src/formats/detect.js'
import { errorOf } from './helpers/formats.js'


describe('detectFormat', () => {
  const srt = '1\n00:00:01,000 --> 00:00:02,000\nhello\n'
  const vtt = 'WEBVTT\n\n00:01.000 --> 00:02.000\nhello\n'
  const json = '{\n  "text": " hello",\n  "segments": []\n}'

  it('chooses by extension first, whatever the content', () => {
    expect(detectFormat(vtt, 'talk.srt')).toBe('srt')
    expect(detectFormat(srt, 'dir.v2/talk.VTT')).toBe('vtt')
    expect(detectFormat('plain', 'out/asr.json')).toBe('whisper')
    expect(detectFormat(srt, 'notes.txt')).toBe('text')
    expect(formatOfPath('C:\\captions\\day1.webvtt')).toBe('vtt')
    expect(formatOfPath('README')).toBeUndefined()
    expect(formatOfPath('.srt')).toBeUndefined()
  })

  it('sniffs content when there is no telling extension', () => {
    expect(detectFormat(vtt)).toBe('vtt')
    expect(detectFormat(`\uFEFF${vtt}`, 'stdin')).toBe('vtt')
    expect(detectFormat(srt, 'captions.sub')).toBe('srt')
    expect(detectFormat('\r\n\r\n7\r\n00:10:01,000 --> 00:10:02,000\r\nx\r\n')).toBe('srt')
    expect(detectFormat('00:00:01,000 --> 00:00:02,000\nbare cue\n')).toBe('srt')
    expect(detectFormat(json)).toBe('whisper')
    expect(detectFormat('WEBVTTish notes about captions\n')).toBe('text')
    expect(detectFormat('2017\nwas the year of the twelfth IGF.\n')).toBe('text')
    expect(detectFormat('{curly} remarks, not JSON\n')).toBe('text')
  })
})

describe('parseFormatOption', () => {
  it('reads format names and auto, and refuses others naming the option', () => {
    expect(parseFormatOption('SRT')).toBe('srt')
    expect(parseFormatOption('json')).toBe('whisper')
    expect(parseFormatOption('auto')).toBeUndefined()
    expect(() => parseFormatOption('ass')).toThrow(/--format must be one of auto, text, srt, vtt, whisper; got "ass"/)
  })
})

describe('decodeInput', () => {
  const encode = (text: string): Uint8Array => new TextEncoder().encode(text)

  it('decodes UTF-8 and keeps a BOM', () => {
    expect(decodeInput(encode('\uFEFFcafé ‑‑ ok'))).toBe('\uFEFFcafé ‑‑ ok')
  })

  it('refuses invalid UTF-8 naming line and column', () => {
    const bytes = new Uint8Array([...encode('line one\nsé'), 0xe9, ...encode(' latin-1\n')])
    const error = errorOf(() => decodeInput(bytes, 'latin1.srt'))
    expect(error.path).toBe('latin1.srt')
    expect(error.line).toBe(2)
    expect(error.column).toBe(3)
    expect(error.message).toMatch(/^latin1\.srt:2:3: expected UTF-8 text, found the byte 0xe9/)
  })

  it('refuses a truncated sequence at the end and overlong encodings', () => {
    expect(errorOf(() => decodeInput(new Uint8Array([0x61, 0xe2, 0x80]))).column).toBe(2)
    expect(errorOf(() => decodeInput(new Uint8Array([0xc0, 0xaf]))).column).toBe(1)
    expect(errorOf(() => decodeInput(new Uint8Array([0xed, 0xa0, 0x80]))).message).toMatch(/0xed/)
  })

  it('refuses binary data and UTF-16', () => {
    const binary = errorOf(() => decodeInput(new Uint8Array([...encode('WEBVTT\n\nab'), 0, 1, 2]), 'video.vtt'))
    expect(binary.message).toMatch(/^video\.vtt:3:3: expected text, found a NUL byte/)
    const utf16 = errorOf(() => decodeInput(new Uint8Array([0xff, 0xfe, 0x57, 0x00])))
    expect(utf16.message).toMatch(/UTF-16/)
  })
})
