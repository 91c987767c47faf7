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

  test('reports of two different days are two claims; a text without a day can still match', () => {
    const a = m.key(
      'Russian forces did not conduct any offensive operations north of Lesnoy on March 15',
    )
    const b = m.key(
      'Russian forces did not conduct any offensive operations north of Lesnoy on March 18',
    )
    const c = m.key(
      'Russian forces did not conduct any offensive operations north of Lesnoy on 15 March',
    )
    const d = m.key('Russian forces did not conduct any offensive operations north of Lesnoy')
    expect(a.days).toEqual(['3-15'])
    expect(m.similarity(a, b)).toBe(0)
    expect(m.similarity(a, c)).toBeGreaterThanOrEqual(LEDGER_THRESHOLD)
    expect(m.similarity(a, d)).toBeGreaterThanOrEqual(LEDGER_THRESHOLD)
  })

  test('sharing only country names is no shared claim', () => {
    const a = m.key('the goals of Russia’s war in Ukraine')
    const b = m.key('Russia was isolated more than two years into its invasion of Ukraine')
    expect(a.countries).toEqual(expect.arrayContaining(b.countries))
    expect(m.similarity(a, b)).toBe(0)
  })
})
