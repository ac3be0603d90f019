/**
 * Test helpers shared by the format parsers' tests (SRT, WebVTT, Whisper JSON): the segment contract,
 * located input errors, and the property tests every caption parser must pass on generated files.
 */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { InputError, type CaptionDocument } from '../../src/types.js'
import { skeleton, spliceThroughSegments, type GeneratedCaptions } from './captions.js'

/** Every segment is a verbatim copy of the raw input, segments are sorted and do not overlap. */
export function expectVerbatimSegments(document: CaptionDocument): void {
  let textEnd = 0
  let rawEnd = 0
  for (const segment of document.segments) {
    const length = segment.textEnd - segment.textStart
    expect(length).toBeGreaterThan(0)
    expect(document.text.slice(segment.textStart, segment.textEnd)).toBe(document.raw.slice(segment.rawStart, segment.rawStart + length))
    expect(segment.textStart).toBeGreaterThanOrEqual(textEnd)
    expect(segment.rawStart).toBeGreaterThanOrEqual(rawEnd)
    textEnd = segment.textEnd
    rawEnd = segment.rawStart + length
  }
}

/** The InputError `run` throws; fails when it throws nothing, rethrows any other error. */
export function errorOf(run: () => unknown): InputError {
  try {
    run()
  } catch (error) {
    if (error instanceof InputError) return error
    throw error
  }
  throw new Error('expected an InputError')
}

/** Expects `run` to fail with an InputError located at `path` and `line` whose message matches `message`. */
export function expectInputError(run: () => unknown, path: string, line: number, message: RegExp): InputError {
  const error = errorOf(run)
  expect(error.path).toBe(path)
  expect(error.line).toBe(line)
  expect(error.message).toMatch(message)
  return error
}

/**
 * Registers `properties of generated files` for a caption parser: on files from `files` the segments
 * are verbatim, the transcript is exactly the cue text (and matches nothing of `markup`: timings,
 * tags, headers), the cues are the generated ones; a replacement inside cue text changes only cue-text
 * bytes.
 */
export function describeGeneratedFileProperties(parse: (raw: string) => CaptionDocument, files: fc.Arbitrary<GeneratedCaptions>, markup: RegExp): void {
  describe('properties of generated files', () => {
    it('segments are verbatim and the transcript is exactly the cue text', () => {
      fc.assert(
        fc.property(files, (file) => {
          const document = parse(file.raw)
          expectVerbatimSegments(document)
          expect(document.text).toBe(file.text)
          expect(document.text).not.toMatch(markup)
          expect(document.cues?.map(({ id, start, end }) => (id === undefined ? { start, end } : { id, start, end }))).toEqual(file.cues)
        }),
        { numRuns: 300 },
      )
    })

    it('a replacement inside cue text changes only cue-text bytes', () => {
      fc.assert(
        fc.property(files, fc.nat(), fc.nat(), fc.stringMatching(/^[A-Za-z]{1,8}( [A-Za-z]{1,8})?$/), (file, a, b, replacement) => {
          const document = parse(file.raw)
          fc.pre(document.segments.length > 0)
          const segment = document.segments[a % document.segments.length]!
          const from = segment.textStart + (b % (segment.textEnd - segment.textStart))
          const to = from + 1 + (a % (segment.textEnd - from))
          const out = spliceThroughSegments(document, from, to, replacement)
          const after = parse(out)
          expect(after.cues).toEqual(document.cues)
          expect(skeleton(after)).toBe(skeleton(document))
          expect(after.text).toBe(document.text.slice(0, from) + replacement + document.text.slice(to))
        }),
        { numRuns: 300 },
      )
    })
  })
}
