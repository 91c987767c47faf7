import { describe, expect, it } from 'vitest'
import { decode, type LineModel, loadModel, NEVER } from './classifier.js'
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
  it('with four states, bridges a short gap inside the article but not a long tail', () => {
    // before, body, gap inside, after: gaps are short and return to the body, the tail does not
    const four: LineModel = {
      ...stub(1),
      transitions: [
        [Math.log(0.95), Math.log(0.05), NEVER, NEVER],
        [NEVER, Math.log(0.8), Math.log(0.15), Math.log(0.05)],
        [NEVER, Math.log(0.6), Math.log(0.4), NEVER],
        [NEVER, NEVER, NEVER, 0],
      ],
    }
    const gap = [0.02, 0.95, 0.95, 0.3, 0.95, 0.95, 0.1, 0.1, 0.1]
    expect(decode(four, gap)).toEqual([false, true, true, true, true, true, false, false, false])
    expect(decode(stub(0), gap)[3]).toBe(false)
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
