import { type Kysely, Migrator } from 'kysely'
import { afterEach, beforeEach, describe, expect, test } from 'vitest'
import type { ProcessedDocument } from '../pipeline/types.js'
import { countArticles, findArticle, hasDocument, iterateArticles } from './articles.js'
import { migrations, type Store } from './db.js'
import { articleEntities, iterateEntities } from './entities.js'
import { idFor } from './ids.js'
import { articleDetail } from './read/article-detail.js'
import { StoredEntities, saveDocument, saveDocuments } from './save-document.js'
import { searchIndex } from './search.js'
import { DIALECTS, freshStore } from './test-dialects.js'

// a made-up article: the offsets below point into this text
const headline = 'Rebels say they hold the harbour'
const body =
  'The Northland Defence Ministry said on Monday that its marines still held Portville. Jane Roe, the head of the group, disagreed.'
const text = `${headline}\n\n${body}`
const at = (s: string) => ({ start: text.indexOf(s), end: text.indexOf(s) + s.length })

function fixture(hash = 'a'.repeat(64)): ProcessedDocument {
  return {
    doc: {
      source: 'fixtures/harbour.txt',
      kind: 'text',
      content: text,
      bytes: text.length,
      charset: 'utf-8',
      charsetRule: 'utf8-valid',
      contentHash: hash,
      meta: {},
    },
    article: {
      headline,
      outlet: 'Example Wire',
      byline: 'By Example Wire',
      publishedAt: null,
      url: null,
      language: 'en',
      paragraphs: [body],
      captions: [{ text: 'Boats in the harbour.', credit: 'Example Photo' }],
      relatedHeadlines: ['Another story'],
      why: { headline: { rule: 'first-line', confidence: 0.9 } },
      text,
      bodyStart: headline.length + 2,
      paragraphSpans: [{ start: headline.length + 2, end: text.length }],
    },
    analysis: {
      language: 'en',
      tokens: [],
      sentences: [
        { index: 0, start: 0, end: headline.length },
        {
          index: 1,
          ...at(
            'The Northland Defence Ministry said on Monday that its marines still held Portville.',
          ),
        },
        { index: 2, ...at('Jane Roe, the head of the group, disagreed.') },
      ],
      entities: [
        {
          key: 'organization:northland defence ministry',
          name: 'Northland Defence Ministry',
          type: 'organization',
          aliases: [],
          affiliation: 'XN',
          affiliationWhy: { rule: 'demonym', confidence: 0.9 },
          geo: null,
          mentions: [
            {
              ...at('Northland Defence Ministry'),
              text: 'Northland Defence Ministry',
              kind: 'name',
              rule: 'org-keyword',
              confidence: 0.85,
            },
          ],
          why: { rule: 'org-keyword', confidence: 0.85 },
        },
        {
          key: 'place:test-1',
          name: 'Portville',
          type: 'place',
          aliases: [],
          affiliation: null,
          affiliationWhy: null,
          geo: {
            lat: 10.5,
            lon: 20.25,
            placeId: 'test-1',
            kind: 'city',
            country: 'XN',
            rule: 'gazetteer',
            confidence: 0.8,
          },
          mentions: [
            {
              ...at('Portville'),
              text: 'Portville',
              kind: 'name',
              rule: 'gazetteer',
              confidence: 0.8,
            },
          ],
          why: { rule: 'gazetteer', confidence: 0.8 },
        },
        {
          key: 'outlet:example wire',
          name: 'Example Wire',
          type: 'outlet',
          aliases: [],
          affiliation: null,
          affiliationWhy: null,
          geo: null,
          mentions: [],
          why: { rule: 'byline', confidence: 0.9 },
        },
      ],
      times: [
        {
          ...at('on Monday'),
          text: 'on Monday',
          value: null,
          granularity: 'day',
          relative: 'monday',
          rule: 'time:weekday',
          confidence: 0.75,
        },
      ],
    },
    statements: [
      {
        sentence: 1,
        speaker: {
          ...at('The Northland Defence Ministry'),
          text: 'The Northland Defence Ministry',
          entityKey: 'organization:northland defence ministry',
          resolvedBy: 'mention',
        },
        cue: { ...at('said'), text: 'said', lemma: 'say' },
        content: {
          ...at('its marines still held Portville'),
          text: 'its marines still held Portville',
        },
        mode: 'reported',
        polarity: 'asserts',
        hedges: [],
        evidence: [],
        time: { text: 'on Monday', value: null, relative: 'monday' },
        why: { rule: 'reported', confidence: 0.85 },
      },
    ],
    propositions: [],
    fingerprint: hash.slice(0, 16),
  }
}

describe.each(DIALECTS)('saveDocument on %s', (dialect) => {
  let store: Store & { drop(): Promise<void> }
  beforeEach(async () => {
    store = await freshStore(dialect)
  })
  afterEach(async () => {
    await store.drop()
  })

  test('stores an article with its entities, and a second copy adds nothing', async () => {
    const first = await saveDocument(store.db, fixture())
    expect(first.status).toBe('added')
    expect(await hasDocument(store.db, 'a'.repeat(64))).toBe(true)
    const again = await saveDocument(store.db, fixture())
    expect(again).toEqual({ status: 'duplicate', articleId: first.articleId })
    expect(await countArticles(store.db)).toBe(1)

    const a = await findArticle(store.db, first.articleId)
    expect(a?.headline).toBe(headline)
    expect(a?.outlet).toBe('Example Wire')
    expect(a?.captions).toEqual([{ text: 'Boats in the harbour.', credit: 'Example Photo' }])
    expect(a?.text.slice(a.text.indexOf('Portville'), a.text.indexOf('Portville') + 9)).toBe(
      'Portville',
    )

    const entities = await articleEntities(store.db, first.articleId)
    const names = entities.map((e) => e.name).sort()
    expect(names).toEqual(['Example Wire', 'Northland Defence Ministry', 'Portville'])
    const place = entities.find((e) => e.type === 'place')!
    expect(place.geo).toEqual({ lat: 10.5, lon: 20.25 })
    const m = place.mentions[0]!
    expect(a!.text.slice(m.start, m.end)).toBe('Portville')
    expect(entities.find((e) => e.type === 'organization')?.affiliation).toBe('XN')
  })

  test('mentions and sentence spans survive migration 0007 down and up', async () => {
    const { articleId } = await saveDocument(store.db, fixture())
    const before = await articleDetail(store.db, articleId)
    expect(before?.sentences.length).toBeGreaterThan(1)
    expect(before?.entities.some((e) => e.mentions.length > 0)).toBe(true)
    const migrator = new Migrator({
      db: store.db,
      provider: { getMigrations: async () => migrations },
    })
    expect((await migrator.migrateTo('0006-entity-search-batch-index')).error).toBeUndefined()
    // under the old design: a row per mention and per sentence
    const old = store.db as unknown as Kysely<Record<string, { article_id: string }>>
    const rows = async (t: string) =>
      (await old.selectFrom(t).selectAll().where('article_id', '=', articleId).execute()).length
    expect(await rows('sentences')).toBe(before!.sentences.length)
    expect(await rows('mentions')).toBe(before!.entities.reduce((n, e) => n + e.mentions.length, 0))
    expect((await migrator.migrateToLatest()).error).toBeUndefined()
    expect(await articleDetail(store.db, articleId)).toEqual(before)
  })

  test('paragraphs survive migration 0008 down and up', async () => {
    const { articleId } = await saveDocument(store.db, fixture())
    const before = await findArticle(store.db, articleId)
    expect(before?.paragraphs.length).toBeGreaterThan(0)
    const migrator = new Migrator({
      db: store.db,
      provider: { getMigrations: async () => migrations },
    })
    expect((await migrator.migrateTo('0007-compact-spans')).error).toBeUndefined()
    // under the old design: the paragraphs' own strings
    const old = store.db as unknown as Kysely<Record<string, { id: string; paragraphs: string }>>
    const row = await old
      .selectFrom('articles')
      .select('paragraphs')
      .where('id', '=', articleId)
      .executeTakeFirstOrThrow()
    expect(JSON.parse(row.paragraphs)).toEqual(before!.paragraphs)
    expect((await migrator.migrateToLatest()).error).toBeUndefined()
    expect(await findArticle(store.db, articleId)).toEqual(before)
  })

  test('a failure inside the transaction leaves nothing behind', async () => {
    const bad = fixture('b'.repeat(64))
    // an entity with no name breaks a NOT NULL constraint halfway through the article
    bad.analysis.entities.push({ ...bad.analysis.entities[0]!, key: 'x', name: null as never })
    await expect(saveDocument(store.db, bad)).rejects.toThrow()
    expect(await hasDocument(store.db, 'b'.repeat(64))).toBe(false)
    expect(await countArticles(store.db)).toBe(0)
    // and what was stored before survives
    await saveDocument(store.db, fixture())
    await expect(saveDocument(store.db, bad)).rejects.toThrow()
    expect(await countArticles(store.db)).toBe(1)
  })

  test('in a batch, a document that fails rolls back alone', async () => {
    const bad = fixture('e'.repeat(64))
    bad.analysis.entities.push({ ...bad.analysis.entities[0]!, key: 'x', name: null as never })
    const results = await saveDocuments(store.db, [
      fixture('f'.repeat(64)),
      bad,
      fixture('f'.repeat(64)),
      fixture('0'.repeat(64)),
    ])
    expect(results.map((r) => r.status)).toEqual(['added', 'failed', 'duplicate', 'added'])
    expect(await countArticles(store.db)).toBe(2)
    expect(await hasDocument(store.db, 'e'.repeat(64))).toBe(false)
    // the search index holds each stored article and statement once, and none of the failed one
    const search = (q: string) =>
      searchIndex(store.db).search({ q, kinds: ['articles', 'statements'], limit: 10, offset: 0 })
    const added = results.filter((r) => r.status === 'added').map((r) => r.articleId)
    expect((await search('harbour')).articles.items.map((h) => h.id).sort()).toEqual(added.sort())
    const said = (await search('marines')).statements.items
    expect(said.map((h) => h.articleId).sort()).toEqual(added.sort())
  })

  test('a writer that skips known entities still stores a side learned later', async () => {
    const known = new StoredEntities()
    const unsided = fixture('1'.repeat(64))
    unsided.analysis.entities[0] = {
      ...unsided.analysis.entities[0]!,
      affiliation: null,
      affiliationWhy: null,
    }
    await saveDocuments(store.db, [unsided], undefined, known)
    const org = async () =>
      (await articleEntities(store.db, idFor('article', '1'.repeat(64)))).find(
        (e) => e.type === 'organization',
      )
    expect((await org())?.affiliation).toBeNull()
    // the same key again, now with a side: written, not skipped
    await saveDocuments(store.db, [fixture('2'.repeat(64))], undefined, known)
    expect((await org())?.affiliation).toBe('XN')
  })

  test('an entity of a document that rolled back is written again by the next', async () => {
    const known = new StoredEntities()
    const bad = fixture('3'.repeat(64))
    bad.analysis.entities.push({ ...bad.analysis.entities[0]!, key: 'x', name: null as never })
    const results = await saveDocuments(store.db, [bad, fixture('4'.repeat(64))], undefined, known)
    expect(results.map((r) => r.status)).toEqual(['failed', 'added'])
    const names = (await articleEntities(store.db, results[1]!.articleId)).map((e) => e.name)
    expect(names).toContain('Northland Defence Ministry')
    expect(names).toContain('Portville')
  })

  test('entities seen in two articles are one entity with mentions in both', async () => {
    await saveDocument(store.db, fixture('c'.repeat(64)))
    await saveDocument(store.db, fixture('d'.repeat(64)))
    const all = []
    for await (const e of iterateEntities(store.db, 2)) all.push(e)
    expect(all).toHaveLength(3)
    const org = all.find((e) => e.type === 'organization')!
    expect(new Set(org.mentions.map((m) => m.articleId)).size).toBe(2)
    const arts = []
    for await (const x of iterateArticles(store.db, 1)) arts.push(x)
    expect(arts).toHaveLength(2)
  })
})
