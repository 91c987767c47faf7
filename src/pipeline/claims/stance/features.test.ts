import { describe, expect, it } from 'vitest'
import { analyse, type Idf, pairFeatures, STANCE_NAMES, stanceFeatures } from './features.js'

const idf: Idf = { map: new Map(), unseen: 1 }
const claim = analyse('A bridge over the river collapsed', idf)

function features(text: string): Record<string, number> {
  const t = analyse(text, idf)
  const { top } = pairFeatures(claim, t, idf, null)
  const f = stanceFeatures(claim, t, top)
  return Object.fromEntries(STANCE_NAMES.map((n, i) => [n, f[i]!]))
}

describe('stance-only features', () => {
  it('sees attribution in the sentences that carry the claim', () => {
    const f = features(
      'The weather was calm. Residents said the bridge over the river collapsed at dawn, according to the mayor.',
    )
    expect(f.best_sent_report_rate).toBeGreaterThan(0)
    expect(f.near_report).toBeGreaterThan(0)
    expect(f.claim_sents_attributed).toBe(1)
    expect(f.best_sent_refute_rate).toBe(0)
  })

  it('sees a denial in the best sentence and the lead', () => {
    const f = features(
      'Engineers denied that the bridge over the river collapsed, calling the photos a hoax.',
    )
    expect(f.best_sent_refute_rate).toBeGreaterThan(0)
    expect(f.lead3_refute_rate).toBeGreaterThan(0)
    expect(f.sents_with_refute).toBe(1)
    expect(f.best_sent_report_rate).toBe(0)
  })

  it('places the first claim term and stays zero without one', () => {
    expect(
      features('Nothing happened. Later the bridge fell.').first_claim_term_pos,
    ).toBeGreaterThan(0)
    const none = features('Markets rose on Tuesday.')
    expect(none.first_claim_term_pos).toBe(1)
    expect(none.claim_sents_log).toBe(0)
    expect(none.best_sent_hedge_rate).toBe(0)
  })
})
