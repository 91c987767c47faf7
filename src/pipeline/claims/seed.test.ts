import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { sharedPath } from '../../../bench/lib/shared-data.js'
import { listClaims } from '../../store/claims.js'
import { ledgerSink } from '../../store/sink.js'
import { listStatementsByIds } from '../../store/statements.js'
import { DIALECTS, freshStore } from '../../store/test-dialects.js'
import { runIngest } from '../index.js'
import { loadGazetteer } from '../language/geo/index.js'

const seed = sharedPath('seeds', '000_45e12265194c461f.txt')
if (!seed) console.log('skipped: the seed page ../shared/seeds/000_45e12265194c461f.txt is missing')

// the seed is read from ../shared at run time; none of its text is in the repository
describe.skipIf(!seed).each(DIALECTS)('claims and disputes on the seed page (%s)', (dialect) => {
  let store: Awaited<ReturnType<typeof freshStore>>
  beforeAll(async () => {
    store = await freshStore(dialect)
    const s = await runIngest(
      [seed!],
      { maxBytes: 1e7 },
      { gazetteer: loadGazetteer() },
      ledgerSink(store.db),
    )
    expect(s.added).toBe(1)
  })
  afterAll(async () => {
    await store.drop()
  })

  test('exactly one dispute: the capture of the city, Russian side for, Ukrainian side against', async () => {
    const disputes = await listClaims(store.db, { disputed: true, limit: 10, offset: 0 })
    expect(disputes).toHaveLength(1)
    const d = disputes[0]!
    expect(d.frame.type).toBe('control')
    expect(d.places.map((p) => p.name)).toEqual(['Bakhmut'])
    expect(d.status).toBe('contested')
    const ru = d.sides.find((s) => s.affiliation === 'RU')
    const ua = d.sides.find((s) => s.affiliation === 'UA')
    expect(ru?.stance).toBe('supports')
    expect(ua?.stance).toBe('refutes')
    expect(ru?.refutes).toBe(0)
    expect(ua?.supports).toBe(0)

    const statements = await listStatementsByIds(
      store.db,
      d.stances.map((s) => s.statementId),
    )
    const stanceOf = new Map(d.stances.map((s) => [s.statementId, s.stance]))
    const speakers = (stance: string) =>
      new Set(
        statements.filter((s) => stanceOf.get(s.id) === stance).map((s) => s.speaker?.entityName),
      )
    const support = speakers('supports')
    expect(support.has('Yevgeny Prigozhin') || support.has('Wagner Group')).toBe(true)
    expect(support.has('Russian forces')).toBe(true)
    const refute = speakers('refutes')
    for (const name of [
      'General Staff of the Armed Forces of Ukraine',
      'Ukrainian border guards',
      'Ukraine',
    ])
      expect(refute.has(name)).toBe(true)
    // independent sources: each voice once
    expect(ru!.sources).toBe(2)
    expect(ua!.sources).toBe(3)
  })

  test('every grouping explains itself', async () => {
    const claims = await listClaims(store.db, { limit: 100, offset: 0 })
    for (const c of claims)
      for (const s of c.stances) expect((s.grouping as { method: string }).method).toBeTruthy()
  })
})
