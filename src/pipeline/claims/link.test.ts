import { describe, expect, test } from 'vitest'
import { linkClaims, type Matcher } from './link.js'
import type { ClaimCandidate, ClaimIndex, Proposition } from './types.js'

// a toy matcher: texts are their own keys, and one pair is moderately close
const matcher: Matcher<string> = {
  key: (t) => t,
  terms: (k) => k.split(' '),
  similarity: (a, b) => (a === b ? 1 : 0.6),
  threshold: 0.55,
  refuteThreshold: 0.75,
}

function index(claims: ClaimCandidate[]): ClaimIndex {
  return {
    candidates: async () => claims,
    mergedInto: async () => null,
    splitTo: async () => null,
  }
}

function prop(text: string, stance: Proposition['stance']): Proposition {
  return {
    statement: 0,
    frame: { type: 'general', roles: {}, predicate: null },
    key: null,
    text,
    places: [],
    stance,
    date: null,
    why: { rule: 'general', confidence: 0.6 },
  }
}

describe('linkClaims', () => {
  test('asserting what a claim was begun to deny needs the closeness a refutation needs', async () => {
    const claim = { id: 'cl_a', text: 'the depot was shelled', terms: [] }
    const assertion = [prop('the depot will answer shelling', 'supports')]
    const [loose] = await linkClaims(assertion, ['st_1'], index([claim]), matcher)
    expect(loose!.claimId).toBe('cl_a')
    const [strict] = await linkClaims(
      assertion,
      ['st_1'],
      index([{ ...claim, denied: true }]),
      matcher,
    )
    expect(strict!.claimId).not.toBe('cl_a')
    expect(strict!.grouping.method).toBe('new-claim')
  })

  test('the stance model may overrule a close statement, but not one that repeats the claim', async () => {
    const claim = { id: 'cl_a', text: 'the depot was shelled', terms: [] }
    // a model that always reads "reports", and is sure of it
    const check = () => ({
      stance: 'reports' as const,
      confidence: 0.9,
      why: { rule: 'stance-model', confidence: 0.9 },
    })
    const [close] = await linkClaims(
      [prop('the depot near the port was shelled', 'supports')],
      ['st_1'],
      index([claim]),
      matcher,
      check,
    )
    expect(close!.stance).toBe('reports')
    const [same] = await linkClaims(
      [prop('the depot was shelled', 'supports')],
      ['st_2'],
      index([claim]),
      matcher,
      check,
    )
    expect(same!.stance).toBe('supports')
  })
})
