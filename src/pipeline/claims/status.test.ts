import { describe, expect, test } from 'vitest'
import { claimState, type StanceRow } from './status.js'

const row = (
  id: string,
  stance: StanceRow['stance'],
  affiliation: string | null,
  date: string,
  voice = `ent_${id.padStart(12, '0')}`,
  syndicationId = `art_${id}`,
): StanceRow => ({
  statementId: id,
  stance,
  affiliation,
  voice,
  syndicationId,
  date,
})

describe('claim status', () => {
  test('asserted, then contested when another side refutes', () => {
    const s = claimState([
      row('1', 'supports', 'RU', '2023-05-20'),
      row('2', 'refutes', 'UA', '2023-05-21'),
    ])
    expect(s.timeline.map((t) => t.status)).toEqual(['asserted', 'contested'])
    expect(s.disputed).toBe(true)
    expect(s.firstSeen).toBe('2023-05-20')
    expect(s.lastSeen).toBe('2023-05-21')
  })

  test('conceded when a side that refuted later supports', () => {
    const s = claimState([
      row('1', 'supports', 'RU', '2023-05-20'),
      row('2', 'refutes', 'UA', '2023-05-21'),
      row('3', 'supports', 'UA', '2023-05-28'),
    ])
    expect(s.status).toBe('conceded')
  })

  test('corroborated by two sides, refuted when only denied', () => {
    expect(
      claimState([
        row('1', 'supports', 'US', '2023-01-01'),
        row('2', 'supports', 'GB', '2023-01-02'),
      ]).status,
    ).toBe('corroborated')
    expect(claimState([row('1', 'refutes', 'UA', '2023-01-01')]).status).toBe('refuted')
  })

  test('no dispute without two known sides', () => {
    const s = claimState([
      row('1', 'supports', 'RU', '2023-05-20'),
      row('2', 'refutes', null, '2023-05-21'),
    ])
    expect(s.disputed).toBe(false)
  })

  test('a voice counts once per side; an unnamed voice repeated in syndicated copies counts once', () => {
    const s = claimState([
      row('1', 'supports', 'RU', '2023-05-20', 'ent_aaaaaaaaaaaa', 'art_1'),
      row('2', 'supports', 'RU', '2023-05-20', 'ent_aaaaaaaaaaaa', 'art_2'),
      row('3', 'supports', 'RU', '2023-05-20', 'officials', 'art_1'),
      row('4', 'supports', 'RU', '2023-05-20', 'officials', 'art_1'),
      row('5', 'supports', 'RU', '2023-05-21', 'officials', 'art_9'),
    ])
    const ru = s.sides.find((x) => x.affiliation === 'RU')!
    expect(ru.supports).toBe(5)
    expect(ru.sources).toBe(3)
  })
})
