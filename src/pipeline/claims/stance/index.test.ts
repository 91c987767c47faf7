import { existsSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { loadStanceModel } from './index.js'
import { dataDir, loadEmergent, loadFncFormat } from './model/corpora.js'
import { classScores, fncScore } from './model/metrics.js'

const claim = 'A dog was elected mayor of a small town'

const denialBody = [
  'The story spread quickly on social media this week.',
  'Town officials denied on Monday that any dog had been elected mayor, calling the report a hoax.',
  'The town clerk confirmed the last election was won by a retired teacher.',
  'Several websites that shared the claim have since removed it.',
].join(' ')

const supportBody = [
  'Voters in the small mountain town picked an unusual new mayor on Tuesday: a nine-year-old golden retriever.',
  'The dog won the election by a wide margin, the town clerk confirmed.',
  'Residents said the dog had been a popular figure at the town hall for years.',
  'The new mayor will serve a one-year term.',
].join(' ')

const reportBody = [
  'A local news site reported that a dog may have been elected mayor of a small town, according to residents.',
  'The claim could not be independently verified.',
  'Officials did not respond to requests for comment.',
  'It is unclear whether the vote was official.',
].join(' ')

const otherBody = [
  'The central bank cut interest rates by half a point on Wednesday.',
  'Stock markets rose sharply in response.',
  'Analysts said further cuts were possible later this year.',
].join(' ')

describe('stance model on headlines', () => {
  const m = loadStanceModel()

  it('reads a headline restating the claim as supports', () => {
    expect(m.predict(claim, 'Small town elects a dog as its new mayor').stance).toBe('supports')
  })

  it('reads a debunking headline as refutes', () => {
    expect(m.predict(claim, 'Town says story of dog elected mayor is a hoax').stance).toBe(
      'refutes',
    )
  })

  it('reads a hedged headline as reports', () => {
    expect(
      m.predict(claim, 'Reports claim a dog may have been elected mayor of a small town').stance,
    ).toBe('reports')
  })

  it('reads a headline on another subject as unrelated', () => {
    const r = m.predict(claim, 'Stock markets rise after the central bank cuts interest rates')
    expect(r.stance).toBe('unrelated')
  })
})

describe('stance model on article bodies', () => {
  const m = loadStanceModel()

  it('separates denial, support, reporting and another subject', () => {
    expect(m.predict(claim, denialBody).stance).toBe('refutes')
    expect(m.predict(claim, supportBody).stance).toBe('supports')
    expect(m.predict(claim, reportBody).stance).toBe('reports')
    expect(m.predict(claim, otherBody).stance).toBe('unrelated')
  })

  it('records the model and path with a confidence in 0..1', () => {
    const r = m.predict(claim, supportBody)
    expect(r.why.rule).toMatch(/^stance-mlp@\d+\/body$/)
    expect(r.confidence).toBeGreaterThan(0)
    expect(r.confidence).toBeLessThanOrEqual(1)
    expect(r.why.confidence).toBe(r.confidence)
  })

  it('gives the same answers in a batch as one by one', () => {
    const texts = [
      denialBody,
      supportBody,
      reportBody,
      otherBody,
      'Small town elects a dog as mayor',
    ]
    const batch = m.predictBatch!(texts.map((text) => ({ claim, text })))
    expect(batch).toEqual(texts.map((t) => m.predict(claim, t)))
  })

  it('handles empty and odd input', () => {
    expect(m.predict('', '').stance).toBe('unrelated')
    expect(m.predict(claim, '!!! ???').stance).toBe('unrelated')
  })

  it('takes well under a few milliseconds per body', () => {
    const t0 = performance.now()
    for (let i = 0; i < 200; i++) m.predict(claim, `${supportBody} Item ${i}.`)
    expect((performance.now() - t0) / 200).toBeLessThan(5)
  })
})

const haveFnc = existsSync(dataDir('fnc-1', 'competition_test_stances.csv'))
const haveEmergent = existsSync(dataDir('emergent', 'url-versions-2015-06-14-clean-test.csv'))

describe.skipIf(!haveEmergent)('Emergent test split (needs ../shared)', () => {
  it('gets at least 72% of headline stances right', () => {
    const rows = loadEmergent('test')
    const m = loadStanceModel()
    const pred = rows.map((r) => m.predict(r.claim, r.text).stance)
    expect(
      classScores(
        rows.map((r) => r.stance),
        pred,
      ).accuracy,
    ).toBeGreaterThan(0.72)
  })
})

describe.skipIf(!haveFnc)('FNC-1 competition test sample (needs ../shared)', () => {
  it('scores above 78% FNC on every fifth pair', () => {
    const pairs = loadFncFormat(
      dataDir('fnc-1', 'competition_test_stances.csv'),
      dataDir('fnc-1', 'competition_test_bodies.csv'),
    ).filter((_, i) => i % 5 === 0)
    const pred = loadStanceModel().predictBatch!(pairs).map((r) => r.stance)
    expect(
      fncScore(
        pairs.map((p) => p.stance),
        pred,
      ).relative,
    ).toBeGreaterThan(0.78)
  })
})
