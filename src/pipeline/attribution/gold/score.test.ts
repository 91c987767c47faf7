import { expect, test } from 'vitest'
import { loadGazetteer } from '../../language/geo/index.js'
import { scoreHedgesEvidence } from './score.js'

// the dev set was used to write the rules: a floor here catches regressions, the test set's
// figures are reported by bench/eval-hedges-evidence.ts
test('hedges and evidence on the hand-written dev set stay where they were', () => {
  const s = scoreHedgesEvidence(loadGazetteer(), 'dev')
  expect(s.sentences).toBeGreaterThanOrEqual(60)
  expect(s.hedges.precision).toBeGreaterThanOrEqual(0.95)
  expect(s.hedges.recall).toBeGreaterThanOrEqual(0.9)
  expect(s.evidence.precision).toBeGreaterThanOrEqual(0.9)
  expect(s.evidence.recall).toBeGreaterThanOrEqual(0.9)
})

test('the held-out test set has at least 60 sentences and is scored', () => {
  const s = scoreHedgesEvidence(loadGazetteer(), 'test')
  expect(s.sentences).toBeGreaterThanOrEqual(60)
  expect(s.hedges.tp + s.hedges.fn).toBeGreaterThan(20)
  expect(s.evidence.tp + s.evidence.fn).toBeGreaterThan(20)
})
