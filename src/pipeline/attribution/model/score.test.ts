import { describe, expect, it } from 'vitest'
import {
  charToTokens,
  emptyScores,
  prf,
  relationMatches,
  scoreRelations,
  scoreRoles,
  type TokAttribution,
} from './score.js'

const attr = (
  source: Array<[number, number]>,
  cue: [number, number],
  content: Array<[number, number]>,
): TokAttribution => ({
  source,
  cue: [cue],
  content,
})

describe('charToTokens', () => {
  const starts = Int32Array.from([0, 4, 10])
  const ends = Int32Array.from([3, 9, 15])
  it('maps a range to the tokens it touches', () => {
    expect(charToTokens(starts, ends, 0, 9)).toEqual([0, 1])
    expect(charToTokens(starts, ends, 5, 12)).toEqual([1, 2])
    expect(charToTokens(starts, ends, 3, 4)).toBeNull()
  })
})

describe('per-role scores', () => {
  it('counts exact and overlapping spans per role independently', () => {
    const gold = [attr([[0, 1]], [2, 2], [[3, 8]]), attr([], [10, 10], [[11, 15]])]
    const pred = [attr([[1, 1]], [2, 2], [[3, 8]]), attr([[20, 20]], [12, 12], [[13, 15]])]
    const s = emptyScores()
    scoreRoles(gold, pred, s)
    expect(s.roles.source).toEqual({ gold: 1, pred: 2, exact: 0, predHit: 1, goldHit: 1 })
    expect(s.roles.cue).toEqual({ gold: 2, pred: 2, exact: 1, predHit: 1, goldHit: 1 })
    expect(s.roles.content).toEqual({ gold: 2, pred: 2, exact: 1, predHit: 2, goldHit: 2 })
  })

  it('counts a source shared by two predictions once', () => {
    const gold = [attr([[0, 0]], [1, 1], [[2, 4]])]
    const pred = [attr([[0, 0]], [1, 1], [[2, 4]]), attr([[0, 0]], [6, 6], [[7, 9]])]
    const s = emptyScores()
    scoreRoles(gold, pred, s)
    expect(s.roles.source.pred).toBe(1)
    expect(s.roles.source.exact).toBe(1)
  })

  it('computes precision, recall and F1 in percent', () => {
    expect(prf(1, 2, 1, 4)).toEqual([50, 25, (2 * 50 * 25) / 75])
    expect(prf(0, 0, 0, 3)).toEqual([0, 0, 0])
  })
})

describe('relation score', () => {
  it('needs overlapping cue and source and most of the content', () => {
    const gold = attr([[0, 1]], [2, 2], [[3, 10]])
    expect(relationMatches(gold, attr([[1, 1]], [2, 2], [[3, 7]]))).toBe(true)
    expect(relationMatches(gold, attr([[1, 1]], [2, 2], [[3, 5]]))).toBe(false)
    expect(relationMatches(gold, attr([], [2, 2], [[3, 10]]))).toBe(false)
    expect(relationMatches(gold, attr([[0, 1]], [11, 11], [[3, 10]]))).toBe(false)
  })

  it('matches one prediction to at most one gold relation', () => {
    const gold = [attr([], [2, 2], [[3, 4]]), attr([], [2, 2], [[3, 4]])]
    const s = emptyScores()
    scoreRelations(gold, [attr([], [2, 2], [[3, 4]])], s)
    expect(s.relation).toEqual({ gold: 2, pred: 1, matched: 1 })
  })
})
