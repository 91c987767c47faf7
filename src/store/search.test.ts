import { Migrator } from 'kysely'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { pipelineDeps } from '../cli/open.js'
import { runIngestItems } from '../pipeline/index.js'
import { rawDocument } from '../pipeline/ingest/index.js'
import { fixtureItems } from '../server/testing/fixtures.js'
import { migrations } from './db.js'
import { makeSnippet, queryTerms, SEARCH_KINDS, searchIndex } from './search.js'
import { ledgerSink } from './sink.js'
import { DIALECTS, freshStore } from './test-dialects.js'

const deps = pipelineDeps()

describe('query terms and snippets', () => {
  test('only words reach the engine, lower-cased, at most twelve', () => {
    expect(queryTerms('"Kharkiv" OR drone* NEAR(a b)')).toEqual([
      'kharkiv',
      'or',
      'drone',
      'near',
      'a',
      'b',
    ])
    expect(queryTerms("'; drop table x; --")).toEqual(['drop', 'table', 'x'])
    expect(queryTerms('Zaporizhzhia’s')).toEqual(['zaporizhzhia', 's'])
    expect(queryTerms('!!! ***')).toEqual([])
    expect(queryTerms('a '.repeat(30))).toHaveLength(12)
  })
  test('a snippet is a window around the first match, with matches marked', () => {
    const text = `${'Earlier words fill the start of this text. '.repeat(5)}Troops captured the town, and the capture was denied.`
    const s = makeSnippet(text, queryTerms('captured'), 80)
    expect(s.text.startsWith('…')).toBe(true)
    expect(s.marks.map(([a, b]) => s.text.slice(a, b))).toEqual(['captured', 'capture'])
    expect(makeSnippet('short', ['x'], 80)).toEqual({ text: 'short', marks: [] })
  })
})

describe.each(DIALECTS)('full-text search (%s)', (dialect) => {
  let store: Awaited<ReturnType<typeof freshStore>>
  const search = (q: string) =>
    searchIndex(store.db).search({ q, kinds: SEARCH_KINDS, limit: 10, offset: 0 })

  beforeAll(async () => {
    store = await freshStore(dialect)
    // rows stored before the search migration must be found after it: stored, then the
    // schema taken back to before search (and up again, which rebuilds the index from them)
    const migrator = new Migrator({
      db: store.db,
      provider: { getMigrations: async () => migrations },
    })
    const s = await runIngestItems(fixtureItems(), {}, deps, ledgerSink(store.db))
    expect(s.added).toBe(4)
    const down = await migrator.migrateTo('0002-claims-index')
    expect(down.error).toBeUndefined()
    const up = await migrator.migrateToLatest()
    expect(up.error).toBeUndefined()
  })
  afterAll(async () => {
    await store.drop()
  })

  test('rows stored before the index existed are found', async () => {
    const r = await search('harbour reopened')
    expect(r.articles.items.map((h) => h.title)).toContain('Harbour reopens after repairs')
    expect(r.statements.items.length).toBeGreaterThan(0)
    expect(r.claims.items.length).toBeGreaterThan(0)
    const hit = r.articles.items[0]!
    expect(hit.snippet.marks.length).toBeGreaterThan(0)
    for (const [a, b] of hit.snippet.marks)
      expect(hit.snippet.text.slice(a, b).toLowerCase()).toMatch(/^(harbour|reopen)/)
  })

  test('rows stored later are indexed as they are written', async () => {
    const doc = rawDocument(
      'fixture://orchard',
      'Orchard blossoms early\n\nBy Example Wire\n\nThe apricot orchard near the river blossomed two weeks early, growers said.\n\n"We have never seen apricots this early," said Olena Moroz, a grower.\n',
    )
    await runIngestItems([{ ok: true, doc }], {}, deps, ledgerSink(store.db))
    const r = await search('apricot')
    expect(r.articles.items.map((h) => h.title)).toContain('Orchard blossoms early')
    expect(r.statements.items.length).toBeGreaterThan(0)
    const who = await search('moro')
    expect(who.entities.items.map((h) => h.title)).toContain('Olena Moroz')
  })

  test('every word must match; the last may be a prefix; pages do not overlap', async () => {
    expect((await search('harbour apricot')).articles.items).toHaveLength(0)
    expect((await search('harb')).articles.items.length).toBeGreaterThan(0)
    const idx = searchIndex(store.db)
    const p1 = await idx.search({ q: 'said', kinds: ['articles'], limit: 2, offset: 0 })
    const p2 = await idx.search({ q: 'said', kinds: ['articles'], limit: 2, offset: 2 })
    expect(p1.articles.next).toBe(2)
    expect(p2.articles.items.length).toBeGreaterThan(0)
    const ids = new Set(p1.articles.items.map((h) => h.id))
    for (const h of p2.articles.items) expect(ids.has(h.id)).toBe(false)
  })

  test('markup and query syntax in the query are only words', async () => {
    for (const q of ['"unbalanced', 'a AND (b OR', 'x:* & !y', '<script>alert(1)</script>'])
      await expect(search(q)).resolves.toBeDefined()
  })
})
