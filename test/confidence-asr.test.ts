import { describe, expect, it } from 'vitest'
import { spanProbability, withAsrEvidence } from '../src/confidence/asr.js'
import { clean } from '../src/pipeline/clean.js'
import type { Proposal } from '../src/types.js'

const whisper = (probability: number) =>
  JSON.stringify({
    text: ' The the risk of ransomware is growing.',
    segments: [
      {
        id: 0,
        start: 0,
        end: 2.5,
        text: ' The the risk of ransomware is growing.',
        words: [
          { word: ' The', start: 0, end: 0.2, probability: 0.98 },
          { word: ' the', start: 0.2, end: 0.4, probability },
          { word: ' risk', start: 0.4, end: 0.7, probability: 0.97 },
          { word: ' of', start: 0.7, end: 0.8, probability: 0.99 },
          { word: ' ransomware', start: 0.8, end: 1.5, probability: 0.9 },
          { word: ' is', start: 1.5, end: 1.7, probability: 0.99 },
          { word: ' growing.', start: 1.7, end: 2.5, probability: 0.96 },
        ],
      },
    ],
  })

describe('ASR word probabilities as evidence', () => {
  const proposal: Proposal = { source: 's', ruleId: 'r', start: 10, end: 20, expected: ['x'], confidence: 0.6, reason: 'a reason.' }

  it('raises the confidence where the recogniser was unsure and lowers it where it was sure', () => {
    const unsure = withAsrEvidence(proposal, new Map([[12, 0.2]]))
    const sure = withAsrEvidence(proposal, new Map([[12, 0.99]]))
    expect(unsure.confidence).toBeGreaterThan(0.6)
    expect(sure.confidence).toBeLessThan(0.6)
    expect(unsure.evidence).toMatchObject({ asrProbability: 0.2, confidenceBeforeAsr: 0.6 })
    expect(unsure.reason).toMatch(/recogniser was unsure of these words \(p = 20%\)/)
  })

  it('changes nothing without probabilities, or for flags', () => {
    expect(withAsrEvidence(proposal, undefined)).toBe(proposal)
    expect(withAsrEvidence({ ...proposal, expected: [] }, new Map([[12, 0.2]])).confidence).toBe(0.6)
    expect(spanProbability(new Map([[5, 0.1], [12, 0.5], [15, 0.3]]), 10, 20)).toBe(0.3)
  })

  it('carries a Whisper word probability into the record of a correction through clean()', async () => {
    const unsure = await clean(whisper(0.3), { path: 'talk.json' })
    const sure = await clean(whisper(0.99), { path: 'talk.json' })
    const [a] = unsure.corrections
    const [b] = sure.corrections
    expect(a).toMatchObject({ source: 'repetition', actual: 'The the' })
    expect(a!.evidence.asrProbability).toBe(0.3)
    expect(b!.evidence.asrProbability).toBe(0.98)
    expect(a!.confidence).toBeGreaterThan(b!.confidence)
    expect(JSON.parse(unsure.text).segments[0].text).toBe(' The risk of ransomware is growing.')
  })
})
