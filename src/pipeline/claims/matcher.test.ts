import { describe, expect, test } from 'vitest'
import { LEDGER_THRESHOLD, ledgerMatcher as m } from './matcher.js'

// sentences written for these tests
describe('the ledger matcher', () => {
  test('the same claim in other words still matches', () => {
    const a = m.key('Russian forces captured the village of Lesnoy on the east bank of the river')
    const b = m.key('Russian forces have captured the village of Lesnoy on the river’s east bank')
    expect(m.similarity(a, b)).toBeGreaterThanOrEqual(LEDGER_THRESHOLD)
  })

  test('actors of two countries make two claims, however many words they share', () => {
    const a = m.key('Russian forces captured the village of Lesnoy on the east bank of the river')
    const b = m.key('Ukrainian forces captured the village of Lesnoy on the east bank of the river')
    expect(a.actor).toBe('RU')
    expect(b.actor).toBe('UA')
    expect(m.similarity(a, b)).toBe(0)
  })
})
