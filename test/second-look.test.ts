import { describe, expect, it } from 'vitest'
import { parseDocument } from '../src/formats/index.js'
import { applyCorrections } from '../src/pipeline/apply.js'
import { clean } from '../src/pipeline/clean.js'
import { composeSecondLook } from '../src/pipeline/second-look.js'
import type { Proposal } from '../src/types.js'
import { skeleton, toCues, toSrt } from './helpers/captions.js'

// From the dev transcript: a re-stroke ("counsel council") inside the name of a UN organ, with the
// UN named in the next sentence.
const restrokedName =
  'Finally, you know, for instance, the new issue or ongoing issue on preventing use of ICTs for terrorist purposes, ' +
  'which is a great concern to the security counsel council, as we all know, there the civil society organization ' +
  'was invited but to start a dialogue with a private sector.\nThese are the international principles of cooperation and the UN core values.\n'

const applied = async (text: string) => (await clean(text)).corrections.filter((c) => c.applied)

describe('second look', () => {
  it('writes a re-stroke and the name it reveals as one correction, so a second run changes nothing', async () => {
    const result = await clean(restrokedName)
    const records = result.corrections.filter((c) => c.applied)
    expect(records.map((c) => [c.actual, c.expected[0]])).toEqual([['security counsel council', 'Security Council']])
    const [record] = records
    expect(record!.source).toBe('repetition')
    expect(record!.evidence.thenSource).toBe('term-case')
    expect(record!.reason).toMatch(/counsel council.*Then .*Security Council/s)
    expect(record!.confidence).toBeLessThanOrEqual(Number(record!.evidence.thenConfidence))
    expect(result.text).toContain('a great concern to the Security Council, as we all know')
    expect(applyCorrections(restrokedName, result.corrections)).toBe(result.text)
    expect(await applied(result.text)).toEqual([])
  })

  it('looks again after composing: a name written right by one composition supports the next', async () => {
    const filler = 'We then heard from the floor about capacity building in small island states and what the private sector can do to help them. '
    const text = `${restrokedName}${filler.repeat(4)}Later that day the security counsel council was mentioned again by a speaker from the floor.\n`
    const once = await clean(text)
    expect(once.corrections.filter((c) => c.applied).map((c) => [c.actual, c.expected[0]])).toEqual([
      ['security counsel council', 'Security Council'],
      ['security counsel council', 'Security Council'],
    ])
    expect(await applied(once.text)).toEqual([])
  })

  it('leaves the re-stroke alone where nothing nearby makes the name likely', async () => {
    const text = 'Which is a great concern to the security counsel council, as we all know.\n'
    expect((await applied(text)).map((c) => [c.actual, c.expected[0]])).toEqual([['counsel council', 'council']])
  })

  it('writes a composed correction across a caption line break by the cue rule, timings untouched', async () => {
    // Lines of 40 characters put "security counsel" on one line and "council," on the next.
    const raw = toSrt(toCues(restrokedName.replace('\n', ' '), { maxLineLength: 40 }), { newline: '\r\n' })
    const result = await clean(raw, { format: 'srt' })
    expect(result.document.text).toContain('security counsel\ncouncil,')
    const record = result.corrections.find((c) => c.applied && c.actual.includes('counsel'))
    expect(record?.expected[0]).toBe('Security Council')
    expect(applyCorrections(raw, result.corrections)).toBe(result.text)
    expect(skeleton(parseDocument(result.text, { format: 'srt' }))).toBe(skeleton(result.document))
    const cleaned = parseDocument(result.text, { format: 'srt' }).text
    expect(cleaned).toContain('the Security Council\n, as we all know')
  })

  describe('composeSecondLook', () => {
    const text = 'The the internet governance forum met in Geneva.'
    const restroke: Proposal = { source: 'repetition', ruleId: 'repeated-word', start: 0, end: 7, expected: ['The'], confidence: 0.8, reason: 'A repeated word.' }
    const isApplied = (p: Proposal) => p.confidence >= 0.5
    const found = (start: number, end: number, expected: string, confidence = 0.9): Proposal => ({
      source: 'term-case', ruleId: 'name-case', start, end, expected: [expected], confidence, reason: 'A name.',
    })

    it('gives the windows written as corrected to the second look', () => {
      const seen: string[] = []
      composeSecondLook(text, [restroke], isApplied, (joined) => (seen.push(joined), []))
      expect(seen).toEqual(['The internet governance forum met in Geneva.'])
    })

    it('composes only what touches the words a correction wrote, and only what would be applied', () => {
      const far = found(4, 29, 'Internet Governance Forum')
      expect(composeSecondLook(text, [restroke], isApplied, () => [far])).toEqual([restroke])
      const weak = found(0, 12, 'The Internet', 0.3)
      expect(composeSecondLook(text, [restroke], isApplied, () => [weak])).toEqual([restroke])
      const near = found(0, 29, 'The Internet Governance Forum')
      const [composed] = composeSecondLook(text, [restroke], isApplied, () => [near])
      expect(composed).toMatchObject({ start: 0, end: 33, expected: ['The Internet Governance Forum'], confidence: 0.8, source: 'repetition' })
    })

    it('drops a suggestion the composed correction covers and keeps corrections elsewhere', () => {
      const suggestion: Proposal = { ...restroke, source: 'spelling', start: 8, end: 16, expected: ['Internet'], confidence: 0.3 }
      const geneva: Proposal = { ...restroke, source: 'confusables', start: 41, end: 47, expected: ['Genoa'], confidence: 0.7 }
      const result = composeSecondLook(text, [restroke, suggestion, geneva], isApplied, () => [found(0, 29, 'The Internet Governance Forum')])
      expect(result.map((p) => [p.source, text.slice(p.start, p.end), p.expected[0]])).toEqual([
        ['repetition', 'The the internet governance forum', 'The Internet Governance Forum'],
        ['confusables', 'Geneva', 'Genoa'],
      ])
    })
  })
})
