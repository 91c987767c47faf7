import { describe, expect, it } from 'vitest'
import { decode, type LineModel, loadModel } from './classifier.js'
import { FEATURE_NAMES } from './features.js'

const stub = (smoothing: number): LineModel => ({
  name: 'stub',
  features: [...FEATURE_NAMES],
  base: 0,
  trees: [],
  transitions: [
    [Math.log(0.9), Math.log(0.1)],
    [Math.log(0.1), Math.log(0.9)],
  ],
  threshold: 0.5,
  smoothing,
})

describe('decode', () => {
  it('thresholds the probabilities when there is no smoothing', () => {
    expect(decode(stub(0), [0.9, 0.4, 0.8, 0.1])).toEqual([true, false, true, false])
  })
  it('keeps a doubtful line inside the body and drops a lone one outside it', () => {
    expect(decode(stub(1), [0.1, 0.6, 0.1, 0.1, 0.95, 0.4, 0.95, 0.02])).toEqual([
      false,
      false,
      false,
      false,
      true,
      true,
      true,
      false,
    ])
  })
  it('handles an empty page', () => {
    expect(decode(stub(1), [])).toEqual([])
  })
})

describe('loadModel', () => {
  it('loads the shipped model, trained on the current feature list', () => {
    const m = loadModel()
    expect(m.features).toEqual([...FEATURE_NAMES])
    expect(m.trees.length).toBeGreaterThan(0)
  })
  it('refuses a model trained on other features', () => {
    expect(() => loadModel({ ...stub(1), features: ['other'] })).toThrow(/retrain/)
  })
})
