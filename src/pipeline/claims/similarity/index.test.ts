import { existsSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { dataDir, loadEmergent } from '../stance/model/corpora.js'
import { adjustedRand, bcubed } from './cluster-metrics.js'
import { claimKey, createGrouping, loadParams, similarity } from './index.js'

describe('claimKey', () => {
  it('normalises numbers and flags negation', () => {
    const k = claimKey('The harbour tunnel did not cost 40M euros, officials say')
    expect(k.numbers).toContain('40')
    expect(k.negated).toBe(true)
    expect(k.terms).toContain('tunnel')
    expect(k.terms).not.toContain('the')
  })

  it('keeps capitalised names outside title-case headlines', () => {
    const k = claimKey('Residents of Eastvale say the mayor, Dana Whitlock, will resign.')
    expect(k.names).toEqual(expect.arrayContaining(['eastval', 'dana', 'whitlock']))
    expect(claimKey('Mayor Of Eastvale Will Resign Next Week').names).toEqual([])
  })
})

describe('similarity', () => {
  const a = claimKey('City council approves a new tram line for the harbour district')
  const b = claimKey('Harbour district tram line wins council approval')
  const c = claimKey('Heavy snowfall closes the mountain pass for three days')
  const d = claimKey('Council denies approving the harbour tram line')

  it('scores paraphrases above the threshold and different claims below it', () => {
    const t = loadParams().threshold
    expect(similarity(a, b)).toBeGreaterThan(t)
    expect(similarity(a, c)).toBeLessThan(t)
  })

  it('keeps a denial with the claim it denies', () => {
    expect(similarity(a, d)).toBeGreaterThan(loadParams().threshold)
  })

  it('is symmetric and within 0..1', () => {
    expect(similarity(a, b)).toBeCloseTo(similarity(b, a), 10)
    expect(similarity(a, a)).toBeLessThanOrEqual(1)
    expect(similarity(a, c)).toBeGreaterThanOrEqual(0)
  })
})

describe('createGrouping', () => {
  it('groups paraphrases and separates different claims', () => {
    const g = createGrouping()
    const r1 = g.add('1', 'Drought forces the water board to ban garden hoses across the valley')
    const r2 = g.add('2', 'Valley water board bans garden hoses as drought bites')
    const r3 = g.add('3', 'Local bakery wins national prize for its rye bread')
    const r4 = g.add('4', 'Garden hose ban: the valley water board denies it was caused by drought')
    expect(r1).toEqual({ groupId: '1', score: 0, matchedId: null })
    expect(r2.groupId).toBe('1')
    expect(r2.matchedId).toBe('1')
    expect(r3.groupId).toBe('3')
    expect(r4.groupId).toBe('1')
  })

  it('stays fast as groups grow', () => {
    const g = createGrouping()
    const topics = [
      'bridge',
      'ferry',
      'stadium',
      'library',
      'airport',
      'harbour',
      'museum',
      'tunnel',
    ]
    const places = ['Northfield', 'Ashby', 'Corran', 'Lindale', 'Mirefort', 'Oakhurst', 'Pellham']
    const t0 = performance.now()
    for (let i = 0; i < 10_000; i++) {
      const topic = topics[i % topics.length]!
      const place = places[(i * 7) % places.length]!
      g.add(String(i), `${place} opens a new ${topic} after ${i % 97} months of work, item ${i}`)
    }
    expect(performance.now() - t0).toBeLessThan(15_000)
  })
})

describe('cluster metrics', () => {
  it('scores a perfect grouping 1 and a split one lower', () => {
    expect(bcubed(['a', 'a', 'b'], ['x', 'x', 'y']).f1).toBe(1)
    expect(adjustedRand(['a', 'a', 'b'], ['x', 'x', 'y'])).toBe(1)
    const split = bcubed(['a', 'a', 'b', 'b'], ['x', 'y', 'z', 'z'])
    expect(split.precision).toBe(1)
    expect(split.recall).toBe(0.75)
  })
})

const haveEmergent = existsSync(dataDir('emergent', 'url-versions-2015-06-14-clean-test.csv'))

describe.skipIf(!haveEmergent)('grouping Emergent test headlines (needs ../shared)', () => {
  it('reaches B-cubed F1 0.85 on the 524 test-split headlines', () => {
    const rows = loadEmergent('test')
    const g = createGrouping()
    const pred = rows.map((r) => g.add(r.articleId, r.text).groupId)
    const b = bcubed(
      rows.map((r) => r.claimId),
      pred,
    )
    expect(b.f1).toBeGreaterThan(0.85)
  })
})
