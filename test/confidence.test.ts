import { describe, expect, it } from 'vitest'
import shippedJson from '../dictionaries/confidence-weights.json' with { type: 'json' }
import {
  calibrate,
  crossValidatedProbabilities,
  deriveFeatureSpecs,
  featureValue,
  fitLogistic,
  groupFolds,
  logLoss,
  parseModel,
  predict,
  setCalibrationModel,
  shippedModel,
  sigmoid,
  trainModel,
  type FeatureInput,
} from '../src/confidence/index.js'
import { random } from './helpers/random.js'

/**
 * Synthetic proposals from a known process: two normalizers; `confusion` claims 0.9 everywhere but is
 * right only when its context ratio is high; `repetition` is right 95% of the time whatever it claims.
 * Rows come in paragraphs of 4.
 */
function synthetic(n: number, seed: number): { rows: FeatureInput[]; right: boolean[]; groups: number[] } {
  const rand = random(seed)
  const rows: FeatureInput[] = []
  const right: boolean[] = []
  const groups: number[] = []
  for (let i = 0; i < n; i++) {
    if (rand() < 0.5) {
      const ratio = Math.exp(rand() * 8 - 3) // 0.05 .. 150
      const p = sigmoid(-2 + 1.5 * Math.log1p(ratio))
      rows.push({ source: 'confusion', ruleId: rand() < 0.5 ? 'pair' : 'phrase', confidence: 0.9, evidence: { ratio, glossaryHit: rand() < 0.3 } })
      right.push(rand() < p)
    } else {
      rows.push({ source: 'repetition', ruleId: 'doubled', confidence: 0.5 + rand() * 0.3, evidence: {} })
      right.push(rand() < 0.95)
    }
    groups.push(Math.floor(i / 4))
  }
  return { rows, right, groups }
}

describe('fitLogistic', () => {
  it('recovers the weights of a logistic process', () => {
    const rand = random(3)
    const x: number[][] = []
    const y: number[] = []
    for (let i = 0; i < 4000; i++) {
      const a = rand() * 4 - 2
      const b = rand() * 4 - 2
      x.push([a, b])
      y.push(rand() < sigmoid(0.5 + 2 * a - 1 * b) ? 1 : 0)
    }
    const fit = fitLogistic(x, y, { l2: 0 })
    expect(fit.intercept).toBeCloseTo(0.5, 0)
    expect(fit.weights[0]).toBeGreaterThan(1.7)
    expect(fit.weights[0]).toBeLessThan(2.3)
    expect(fit.weights[1]).toBeGreaterThan(-1.3)
    expect(fit.weights[1]).toBeLessThan(-0.7)
  })
  it('stays finite on separable and one-class data, and shrinks with a larger penalty', () => {
    const x = [[-2], [-1], [1], [2]]
    const separable = fitLogistic(x, [0, 0, 1, 1], { l2: 1 })
    expect(Number.isFinite(separable.weights[0]!)).toBe(true)
    expect(separable.weights[0]!).toBeGreaterThan(0)
    expect(Math.abs(fitLogistic(x, [0, 0, 1, 1], { l2: 10 }).weights[0]!)).toBeLessThan(separable.weights[0]!)
    const oneClass = fitLogistic(x, [1, 1, 1, 1], { l2: 1 })
    expect(sigmoid(oneClass.intercept)).toBeGreaterThan(0.99)
  })
  it('rejects mismatched input', () => {
    expect(() => fitLogistic([[1]], [1, 0])).toThrow(TypeError)
  })
})

describe('features', () => {
  it('derives the prior, one-hots and varying evidence keys with enough support', () => {
    const { rows } = synthetic(200, 1)
    const names = deriveFeatureSpecs(rows).map((s) => s.name)
    expect([...names].sort()).toEqual(['confusion.glossaryHit', 'confusion.ratio', 'prior', 'rule=confusion/pair', 'rule=confusion/phrase', 'source=confusion', 'source=repetition'])
    expect(names).not.toContain('rule=repetition/doubled') // a single rule says nothing the source does not
    expect(deriveFeatureSpecs(rows.slice(0, 6), { minSupport: 5 }).map((s) => s.name)).toEqual(['prior'])
  })
  it('counts support away from the commonest value', () => {
    const rows = (nonZero: number): FeatureInput[] =>
      Array.from({ length: 20 }, (_, i) => ({ source: 'c', ruleId: 'r', confidence: 0.5, evidence: { against: i < nonZero ? 1 : 0 } }))
    expect(deriveFeatureSpecs(rows(1)).map((s) => s.name)).not.toContain('c.against')
    expect(deriveFeatureSpecs(rows(4)).map((s) => s.name)).not.toContain('c.against')
    expect(deriveFeatureSpecs(rows(5)).map((s) => s.name)).toContain('c.against')
  })
  it('puts ratios on a log scale and leaves other normalizers at the mean', () => {
    const [spec] = deriveFeatureSpecs(
      Array.from({ length: 6 }, (_, i) => ({ source: 'c', ruleId: 'r', confidence: 0.5, evidence: { ratio: i * 10 } })),
    ).filter((s) => s.kind === 'evidence')
    expect(spec).toMatchObject({ name: 'c.ratio', transform: 'log1p' })
    expect(featureValue(spec!, { source: 'c', ruleId: 'r', confidence: 0.5, evidence: { ratio: 9 } })).toBeCloseTo(Math.log(10))
    expect(featureValue(spec!, { source: 'other', ruleId: 'r', confidence: 0.5, evidence: { ratio: 9 } })).toBeUndefined()
    expect(featureValue({ name: 'prior', kind: 'prior' }, { source: 'c', ruleId: 'r', confidence: 1 })).toBeCloseTo(Math.log(999))
  })
})

describe('trainModel and cross-validation', () => {
  it('learns that an over-confident normalizer is right only with strong context', () => {
    const { rows, right } = synthetic(1500, 7)
    const model = trainModel(rows, right)
    const weak = predict(model, { source: 'confusion', ruleId: 'pair', confidence: 0.9, evidence: { ratio: 0.1, glossaryHit: false } })
    const strong = predict(model, { source: 'confusion', ruleId: 'pair', confidence: 0.9, evidence: { ratio: 100, glossaryHit: false } })
    const doubled = predict(model, { source: 'repetition', ruleId: 'doubled', confidence: 0.6, evidence: {} })
    expect(weak).toBeLessThan(0.3)
    expect(strong).toBeGreaterThan(0.8)
    expect(doubled).toBeGreaterThan(0.9)
    expect(model.features.find((f) => f.name === 'confusion.ratio')!.weight).toBeGreaterThan(0)
    // An unseen normalizer keeps its own confidence, and so does one with too few rows.
    expect(predict(model, { source: 'new', ruleId: 'x', confidence: 0.42 })).toBe(0.42)
    const rare = trainModel([...rows, { source: 'rare', ruleId: 'x', confidence: 0.3 }], [...right, false])
    expect(rare.sources).toEqual(['confusion', 'repetition'])
    expect(predict(rare, { source: 'rare', ruleId: 'x', confidence: 0.3 })).toBe(0.3)
  })
  it('keeps each paragraph in one fold and spreads paragraphs evenly', () => {
    const groups = [1, 1, 2, 2, 2, 3, 4, 5, 5, 6, 7, 8]
    const folds = groupFolds(groups, 4, 9)
    for (const g of new Set(groups)) expect(new Set(folds.filter((_, i) => groups[i] === g)).size).toBe(1)
    const perFold = [0, 1, 2, 3].map((f) => new Set(groups.filter((_, i) => folds[i] === f)).size)
    expect(perFold.sort()).toEqual([2, 2, 2, 2])
    expect(groupFolds(groups, 4, 9)).toEqual(folds)
    expect(() => groupFolds(groups, 1)).toThrow(TypeError)
  })
  it('gives held-out probabilities better calibrated than the normalizers\' own claims', () => {
    const { rows, right, groups } = synthetic(1200, 11)
    const folds = groupFolds(groups, 5)
    const p = crossValidatedProbabilities({ rows, right, folds }, { rows, folds }, 5)
    expect(p.every((q) => q >= 0 && q <= 1)).toBe(true)
    expect(logLoss(p, right)).toBeLessThan(logLoss(rows.map((r) => r.confidence), right) - 0.1)
  })
})

describe('the shipped model', () => {
  it('parses, and gives a probability in [0, 1] for every proposal', () => {
    const model = shippedModel()
    expect(model.version).toBe(1)
    for (const source of [...model.sources, 'unseen']) {
      for (const confidence of [0, 0.3, 0.99, 1]) {
        const p = calibrate({ source, ruleId: 'any', confidence, evidence: {} })
        expect(p).toBeGreaterThanOrEqual(0)
        expect(p).toBeLessThanOrEqual(1)
      }
    }
    expect(calibrate({ source: 'unseen-normalizer', ruleId: 'x', confidence: 0.77 })).toBe(0.77)
    expect(parseModel(shippedJson)).toBe(shippedJson)
  })
  it('can be turned off or replaced, and restored', () => {
    const { rows, right } = synthetic(300, 2)
    const fitted = trainModel(rows, right)
    const proposal = { source: 'repetition', ruleId: 'doubled', confidence: 0.55, evidence: {} }
    setCalibrationModel(fitted)
    expect(calibrate(proposal)).toBeCloseTo(predict(fitted, proposal))
    expect(calibrate(proposal)).toBeGreaterThan(0.9)
    setCalibrationModel(null)
    expect(calibrate(proposal)).toBe(0.55)
    setCalibrationModel(undefined)
    expect(calibrate(proposal)).toBe(predict(shippedModel(), proposal))
  })
  it('refuses a broken weights file, naming the key', () => {
    expect(() => parseModel({ ...shippedJson, version: 2 }, 'w.json')).toThrow(/w\.json: version/)
    expect(() => parseModel({ ...shippedJson, features: [{ name: 'x', kind: 'prior', center: 0, scale: 1 }] }, 'w.json')).toThrow(/features\[0\]\.weight/)
    expect(() => parseModel({ ...shippedJson, features: [{ name: 'x', kind: 'evidence', source: 's', key: 'k', transform: 'sqrt', center: 0, scale: 1, weight: 1 }] })).toThrow(/features\[0\]\.transform/)
  })
})

describe('text evidence', () => {
  it('becomes a present/absent feature', () => {
    const rows: FeatureInput[] = Array.from({ length: 15 }, (_, i): FeatureInput => ({ source: 'g', ruleId: 'r', confidence: 0.5, evidence: i % 3 ? { context: 'state' } : {} }))
    const spec = deriveFeatureSpecs(rows).find((s) => s.name === 'g.context?')
    expect(spec).toMatchObject({ kind: 'evidence', key: 'context', transform: 'present' })
    expect(featureValue(spec!, rows[1]!)).toBe(1)
    expect(featureValue(spec!, rows[0]!)).toBe(0)
    expect(featureValue(spec!, { ...rows[1]!, source: 'other' })).toBeUndefined()
  })
})

describe('edit shape', () => {
  it('tells case, join, split and deletion from substitution', async () => {
    const { editShape } = await import('../src/confidence/index.js')
    const shape = (actual: string, expected: string) => editShape({ source: 's', ruleId: 'r', confidence: 0.5, actual, expected: [expected] })
    expect(shape('member states', 'Member States')).toBe('case')
    expect(shape('ground work', 'groundwork')).toBe('join')
    expect(shape('war fair', 'warfare')).toBe('substitute') // letters change too
    expect(shape('multi\u2011stakeholder', 'multistakeholder')).toBe('join')
    expect(shape('inprevious', 'in previous')).toBe('split')
    expect(shape('counsel ', '')).toBe('delete')
    expect(shape('corporation', 'cooperation')).toBe('substitute')
    expect(editShape({ source: 's', ruleId: 'r', confidence: 0.5, expected: ['x'] })).toBeUndefined()
  })
  it('becomes a feature when the training rows carry the span text', () => {
    const rows: FeatureInput[] = Array.from({ length: 20 }, (_, i) => ({
      source: 's',
      ruleId: 'r',
      confidence: 0.6,
      actual: i % 2 ? 'member states' : 'corporation',
      expected: [i % 2 ? 'Member States' : 'cooperation'],
    }))
    expect(deriveFeatureSpecs(rows).map((s) => s.name)).toContain('shape=case')
    const model = trainModel(rows, rows.map((_, i) => i % 2 === 0))
    const caseOnly = predict(model, { ...rows[1]! })
    const substitution = predict(model, { ...rows[0]! })
    expect(caseOnly).toBeLessThan(0.3)
    expect(substitution).toBeGreaterThan(0.7)
  })
})
