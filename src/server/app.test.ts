import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { sql } from 'kysely'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { pipelineDeps } from '../cli/open.js'
import { runIngestItems } from '../pipeline/index.js'
import { rawDocument } from '../pipeline/ingest/index.js'
import { openStore, type Store } from '../store/db.js'
import { ledgerSink } from '../store/sink.js'
import { DIALECTS, freshStore, TEST_PG_URL } from '../store/test-dialects.js'
import { type Api, buildApp } from './app.js'
import { expectError } from './testing/expect-error.js'
import { fixtureItems } from './testing/fixtures.js'

const TOKEN = 'test-token-0123456789abcdef'
const AUTH = { authorization: `Bearer ${TOKEN}` }
const deps = pipelineDeps()

async function currentSchema(store: Store): Promise<string> {
  const r = await sql<{ s: string }>`select current_schema() as s`.execute(store.db)
  return r.rows[0]!.s
}

// a real web server on the loopback interface for the URL-ingest tests
let pages: Server
let pagesUrl: string
beforeAll(async () => {
  pages = createServer((req, res) => {
    if (req.url === '/article.html') {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' })
      res.end(
        '<!doctype html><html><head><title>Bridge reopens</title></head><body><article><h1>Bridge reopens in Lviv</h1><p>The bridge in Lviv reopened on Monday after repairs, the city council said.</p><p>"Traffic can flow again," said Petro Hnatyuk, the mayor of the city.</p></article></body></html>',
      )
    } else if (req.url === '/image.png') {
      res.writeHead(200, { 'content-type': 'image/png' })
      res.end(Buffer.from([0x89, 0x50, 0x4e, 0x47]))
    } else if (req.url === '/huge.html') {
      res.writeHead(200, { 'content-type': 'text/html' })
      res.end(`<p>${'x'.repeat(300_000)}</p>`)
    } else {
      res.writeHead(404, { 'content-type': 'text/plain' })
      res.end('missing')
    }
  })
  await new Promise<void>((r) => pages.listen(0, '127.0.0.1', () => r()))
  pagesUrl = `http://127.0.0.1:${(pages.address() as AddressInfo).port}`
})
afterAll(async () => {
  await new Promise<void>((r) => pages.close(() => r()))
})

describe.each(DIALECTS)('HTTP API on a ledger read by the pipeline (%s)', (dialect) => {
  let store: Awaited<ReturnType<typeof freshStore>>
  let app: Api
  const get = (url: string) => app.inject({ method: 'GET', url })
  let disputeId: string
  let disputeText: string
  let placeId: string
  let placeName: string
  let speakerId: string
  let speakerName: string
  let articleId: string

  beforeAll(async () => {
    store = await freshStore(dialect)
    const s = await runIngestItems(fixtureItems(), {}, deps, ledgerSink(store.db))
    expect(s.added).toBe(4)
    app = await buildApp({
      store,
      token: TOKEN,
      webRoot: null,
      pipelineDeps: () => deps,
      maxBytes: 200_000,
      fetchTimeoutMs: 5000,
    })
  })
  afterAll(async () => {
    await app.close()
    await store.drop()
  })

  test('GET /health', async () => {
    const res = await get('/api/v1/health')
    expect(res.statusCode).toBe(200)
    expect(res.json()).toMatchObject({
      status: 'ok',
      dialect,
      writes: 'enabled',
      counts: { articles: 4 },
    })
    expect(res.json().counts.statements).toBeGreaterThan(5)
  })

  test('GET /disputes: claims one side supports and another refutes, with speakers and sources per side', async () => {
    const res = await get('/api/v1/disputes')
    expect(res.statusCode).toBe(200)
    const body = res.json()
    expect(body).toMatchObject({ limit: 20, offset: 0, next: null })
    // the fixtures hold a capture that one side claims and the other denies
    const d = body.items.find((c: { places: unknown[] }) => c.places.length > 0)
    expect(d).toBeDefined()
    expect(d.disputed).toBe(true)
    expect(d.status).toBe('contested')
    const pro = d.sides.find((s: { stance: string }) => s.stance === 'supports')
    const con = d.sides.find((s: { stance: string }) => s.stance === 'refutes')
    expect(pro.affiliation).toMatch(/^[A-Z]{2}$/)
    expect(con.affiliation).toMatch(/^[A-Z]{2}$/)
    expect(pro.affiliation).not.toBe(con.affiliation)
    expect(pro.sources).toBeGreaterThanOrEqual(1)
    expect(con.speakers.length).toBeGreaterThanOrEqual(1)
    disputeId = d.id
    disputeText = d.text
    placeId = d.places[0].id
    placeName = d.places[0].name
    for (const c of body.items) expect(c.disputed).toBe(true)
    // most recent activity first
    const last = body.items.map((c: { lastSeen: string }) => c.lastSeen)
    expect([...last].sort().reverse()).toEqual(last)
  })

  test('GET /disputes: paging and bad parameters', async () => {
    const one = (await get('/api/v1/disputes?limit=1')).json()
    expect(one.items).toHaveLength(1)
    if (one.next !== null) {
      const two = (await get(`/api/v1/disputes?limit=1&offset=${one.next}`)).json()
      expect(two.items[0].id).not.toBe(one.items[0].id)
    }
    expectError(await get('/api/v1/disputes?limit=0'), 400, 'bad_request')
    expectError(await get('/api/v1/disputes?limit=201'), 400, 'bad_request')
    expectError(await get('/api/v1/disputes?limit=ten'), 400, 'bad_request')
    expectError(await get('/api/v1/disputes?offset=-1'), 400, 'bad_request')
    expectError(await get('/api/v1/disputes?side=Ukraine'), 400, 'bad_request')
    expectError(await get('/api/v1/disputes?from=March'), 400, 'bad_request')
    expectError(await get('/api/v1/disputes?place=Avdiivka'), 400, 'bad_request')
    expectError(await get('/api/v1/disputes?colour=red'), 400, 'bad_request')
  })

  test('GET /claims with each filter', async () => {
    const all = (await get('/api/v1/claims?limit=200')).json()
    const body0 = all
    expect(all.items.length).toBeGreaterThan(3)
    const contested = (await get('/api/v1/claims?status=contested')).json()
    for (const c of contested.items) expect(c.status).toBe('contested')
    const disputed = (await get('/api/v1/claims?disputed=true')).json()
    expect(disputed.items.map((c: { id: string }) => c.id)).toContain(disputeId)
    const notDisputed = (await get('/api/v1/claims?disputed=false&limit=200')).json()
    expect(notDisputed.items.map((c: { id: string }) => c.id)).not.toContain(disputeId)
    const byPlace = (await get(`/api/v1/claims?place=${placeId}`)).json()
    expect(byPlace.items.map((c: { id: string }) => c.id)).toContain(disputeId)
    for (const c of byPlace.items)
      expect(c.places.map((p: { id: string }) => p.id)).toContain(placeId)
    const bySide = (await get('/api/v1/claims?side=ua&limit=200')).json()
    expect(bySide.items.map((c: { id: string }) => c.id)).toContain(disputeId)
    for (const c of bySide.items)
      expect(c.sides.map((s: { affiliation: string }) => s.affiliation)).toContain('UA')
    const d = body0.items.find((c: { id: string }) => c.id === disputeId)
    const inRange = (
      await get(`/api/v1/claims?from=${d.firstSeen}&to=${d.lastSeen}&limit=200`)
    ).json()
    expect(inRange.items.map((c: { id: string }) => c.id)).toContain(disputeId)
    const before = (await get('/api/v1/claims?to=2020-01-01')).json()
    expect(before.items).toHaveLength(0)
    const kinds = (await get('/api/v1/claims?kind=control&limit=200')).json()
    for (const c of kinds.items) expect(c.kind).toBe('control')
    expectError(await get('/api/v1/claims?status=maybe'), 400, 'bad_request')
    expectError(await get('/api/v1/claims?disputed=perhaps'), 400, 'bad_request')
    expectError(await get('/api/v1/claims?entity=someone'), 400, 'bad_request')
    expectError(await get('/api/v1/claims?to=2024-3-1'), 400, 'bad_request')
  })

  test('GET /claims/:id: timeline by side, each statement with its sentence, article and why', async () => {
    const res = await get(`/api/v1/claims/${disputeId}`)
    expect(res.statusCode).toBe(200)
    const d = res.json()
    expect(d.claim.id).toBe(disputeId)
    expect(d.claim.text).toBe(disputeText)
    expect(d.claim.frame.type).toBe('control')
    expect(d.timeline.length).toBe(d.claim.statements)
    expect(d.statements.length).toBe(d.timeline.length)
    expect(new Set(d.statements.map((s: { affiliation: string }) => s.affiliation)).size).toBe(2)
    for (const s of d.statements) {
      expect(s.sentenceText).toContain(s.content.text.slice(0, 10))
      expect(s.article.id).toBe(s.articleId)
      expect(s.why.rule).toBeTruthy()
      expect(s.why.confidence).toBeGreaterThan(0)
      expect(s.stanceWhy.rule).toBeTruthy()
      expect(s.grouping.method).toBeTruthy()
      expect(s.groupedBecause.length).toBeGreaterThan(5)
      expect(['supports', 'refutes', 'reports']).toContain(s.stance)
    }
    const spoken = d.statements.find(
      (s: { stance: string; speaker: { entityId: string | null } | null }) =>
        s.stance === 'refutes' && s.speaker?.entityId,
    )
    speakerId = spoken.speaker.entityId
    speakerName = spoken.speaker.entityName
    const paged = (await get(`/api/v1/claims/${disputeId}?limit=1&offset=1`)).json()
    expect(paged.statements).toHaveLength(1)
    expect(paged.statements[0].id).toBe(d.statements[1].id)
    expectError(await get('/api/v1/claims/cl_000000000000'), 404, 'not_found')
    expectError(await get('/api/v1/claims/not-an-id'), 400, 'bad_request')
    expectError(await get(`/api/v1/claims/${disputeId}?limit=501`), 400, 'bad_request')
  })

  test('GET /articles and /articles/:id: clean text with statement and entity spans', async () => {
    const list = (await get('/api/v1/articles')).json()
    expect(list.items.length).toBeGreaterThanOrEqual(4)
    const a = list.items.find((x: { headline: string }) => /troops captured/.test(x.headline))
    expect(a.statements).toBeGreaterThan(0)
    articleId = a.id
    const res = await get(`/api/v1/articles/${articleId}`)
    expect(res.statusCode).toBe(200)
    const d = res.json()
    const text: string = d.article.text
    expect(d.article.outlet).toBe('Example Wire')
    expect(d.article.publishedAt).toMatch(/^2024-03-03/)
    expect(d.sentences.length).toBeGreaterThan(3)
    for (const s of d.statements) {
      expect(text.slice(s.content.start, s.content.end)).toBe(s.content.text)
      expect(text.slice(s.cue.start, s.cue.end)).toBe(s.cue.text)
      if (s.speaker) expect(text.slice(s.speaker.start, s.speaker.end)).toBe(s.speaker.text)
      const sentence = d.sentences.find((x: { idx: number }) => x.idx === s.sentence)
      expect(sentence.start).toBeLessThanOrEqual(s.cue.start)
    }
    for (const e of d.entities)
      for (const m of e.mentions) expect(text.slice(m.start, m.end)).toBe(m.text)
    expect(d.claims.length).toBeGreaterThan(0)
    expect(d.article.why.body.rule).toBeTruthy()
    const dated = (await get('/api/v1/articles?from=2024-03-04&to=2024-03-04')).json()
    expect(dated.items).toHaveLength(1)
    const outlet = (await get('/api/v1/articles?outlet=sample%20daily')).json()
    expect(outlet.items).toHaveLength(1)
    expectError(await get('/api/v1/articles/art_000000000000'), 404, 'not_found')
    expectError(await get('/api/v1/articles/42'), 400, 'bad_request')
    expectError(await get('/api/v1/articles?limit=-5'), 400, 'bad_request')
  })

  test('GET /statements with each filter', async () => {
    const byArticle = (await get(`/api/v1/statements?article=${articleId}&limit=200`)).json()
    expect(byArticle.items.length).toBeGreaterThan(2)
    for (const s of byArticle.items) expect(s.articleId).toBe(articleId)
    const bySpeaker = (await get(`/api/v1/statements?entity=${speakerId}`)).json()
    expect(bySpeaker.items.length).toBeGreaterThan(0)
    for (const s of bySpeaker.items) expect(s.speaker.entityId).toBe(speakerId)
    const byName = (
      await get(`/api/v1/statements?speaker=${encodeURIComponent(speakerName.toLowerCase())}`)
    ).json()
    expect(byName.items.length).toBeGreaterThan(0)
    const bySide = (await get('/api/v1/statements?side=RU&limit=200')).json()
    expect(bySide.items.length).toBeGreaterThan(0)
    for (const s of bySide.items) expect(s.affiliation).toBe('RU')
    const dated = (await get('/api/v1/statements?from=2024-03-04&limit=200')).json()
    expect(dated.items.length).toBeGreaterThan(0)
    for (const s of dated.items)
      expect((s.article.publishedAt ?? '9999') >= '2024-03-04').toBe(true)
    const denials = (await get('/api/v1/statements?polarity=denies')).json()
    for (const s of denials.items) expect(s.polarity).toBe('denies')
    expectError(await get('/api/v1/statements?polarity=shouts'), 400, 'bad_request')
    expectError(await get('/api/v1/statements?article=nope'), 400, 'bad_request')
    expectError(await get(`/api/v1/statements?speaker=${'x'.repeat(201)}`), 400, 'bad_request')
  })

  test('GET /entities and /entities/:id: statements and claims of a speaker', async () => {
    const list = (await get(`/api/v1/entities?q=${encodeURIComponent(speakerName)}`)).json()
    expect(list.items.map((e: { id: string }) => e.id)).toContain(speakerId)
    const people = (await get('/api/v1/entities?type=person&speakers=true&limit=200')).json()
    for (const e of people.items) expect(e.type).toBe('person')
    const ua = (await get('/api/v1/entities?affiliation=UA&limit=200')).json()
    for (const e of ua.items) expect(e.affiliation).toBe('UA')
    const d = (await get(`/api/v1/entities/${speakerId}?limit=10`)).json()
    expect(d.entity.id).toBe(speakerId)
    expect(d.entity.statements).toBeGreaterThan(0)
    expect(d.statements.length).toBeGreaterThan(0)
    expect(d.claims.map((c: { id: string }) => c.id)).toContain(disputeId)
    expectError(await get('/api/v1/entities?type=robot'), 400, 'bad_request')
    expectError(await get('/api/v1/entities/ent_000000000000'), 404, 'not_found')
    expectError(await get('/api/v1/entities/someone'), 400, 'bad_request')
  })

  test('GET /places and /places/:id: contested places with coordinates, and their claims', async () => {
    const res = await get('/api/v1/places')
    expect(res.statusCode).toBe(200)
    const place = res.json().items.find((p: { id: string }) => p.id === placeId)
    expect(place).toMatchObject({ name: placeName })
    expect(place.country).toMatch(/^[A-Z]{2}$/)
    expect(place.disputed).toBeGreaterThanOrEqual(1)
    expect(Math.abs(place.lat)).toBeLessThanOrEqual(90)
    expect(Math.abs(place.lon)).toBeLessThanOrEqual(180)
    const all = (await get('/api/v1/places?all=true')).json()
    expect(all.items.length).toBeGreaterThanOrEqual(res.json().items.length)
    const d = (await get(`/api/v1/places/${placeId}`)).json()
    expect(d.place.name).toBe(placeName)
    expect(d.claims.map((c: { id: string }) => c.id)).toContain(disputeId)
    expectError(await get(`/api/v1/places/${speakerId}`), 404, 'not_found')
    expectError(await get('/api/v1/places?all=maybe'), 400, 'bad_request')
    expectError(await get('/api/v1/places/x'), 400, 'bad_request')
  })

  test('GET /search: one query across claims, statements, articles and names', async () => {
    const res = await get(`/api/v1/search?q=${encodeURIComponent(placeName)}`)
    expect(res.statusCode).toBe(200)
    const r = res.json()
    expect(r.terms).toEqual([placeName.toLowerCase()])
    expect(r.claims.items.map((h: { id: string }) => h.id)).toContain(disputeId)
    expect(r.articles.items.length).toBeGreaterThan(0)
    expect(r.statements.items.length).toBeGreaterThan(0)
    const hit = r.articles.items[0]
    for (const [s, e] of hit.snippet.marks) expect(e).toBeGreaterThan(s)
    const who = (
      await get(`/api/v1/search?q=${encodeURIComponent(speakerName.slice(0, -2))}`)
    ).json()
    expect(who.entities.items.map((h: { id: string }) => h.id)).toContain(speakerId)
    const onlyClaims = (await get('/api/v1/search?q=captured&kind=claims&limit=1')).json()
    expect(onlyClaims.claims.items).toHaveLength(1)
    expect(onlyClaims.articles.items).toHaveLength(0)
    // query syntax is never syntax
    for (const q of [
      'AND OR NOT',
      'avdiivka*',
      'NEAR(a b)',
      "'; drop table claims; --",
      '<script>',
    ])
      expect((await get(`/api/v1/search?q=${encodeURIComponent(q)}`)).statusCode).toBe(200)
    expectError(await get('/api/v1/search'), 400, 'bad_request')
    expectError(await get('/api/v1/search?q=%21%21%21'), 400, 'bad_request')
    expectError(await get('/api/v1/search?q=%22'), 400, 'bad_request')
    expectError(await get(`/api/v1/search?q=${'a'.repeat(501)}`), 400, 'bad_request')
    expectError(await get('/api/v1/search?q=a&kind=videos'), 400, 'bad_request')
  })

  test('GET /openapi.json describes every route with its schemas', async () => {
    const doc = (await get('/api/v1/openapi.json')).json()
    expect(doc.openapi).toBe('3.1.0')
    for (const p of [
      '/api/v1/disputes',
      '/api/v1/claims',
      '/api/v1/claims/{id}',
      '/api/v1/claims/{id}/merge',
      '/api/v1/claims/{id}/split',
      '/api/v1/articles',
      '/api/v1/articles/{id}',
      '/api/v1/statements',
      '/api/v1/entities',
      '/api/v1/entities/{id}',
      '/api/v1/places',
      '/api/v1/places/{id}',
      '/api/v1/search',
      '/api/v1/ingest',
      '/api/v1/health',
    ])
      expect(doc.paths[p], p).toBeDefined()
    expect(doc.paths['/api/v1/disputes'].get.responses['200'].content).toBeDefined()
    expect(doc.paths['/api/v1/disputes'].get.parameters.length).toBeGreaterThan(3)
    expect(doc.paths['/api/v1/ingest'].post.security).toEqual([{ bearer: [] }])
  })

  test('unknown routes and methods answer in the error shape, with security headers', async () => {
    const res = await get('/api/v1/nothing-here')
    expectError(res, 404, 'not_found')
    expect(res.headers['content-security-policy']).toMatch(/script-src 'self'/)
    expect(res.headers['x-content-type-options']).toBe('nosniff')
    const wrong = await app.inject({ method: 'DELETE', url: '/api/v1/claims' })
    expectError(wrong, 405, 'method_not_allowed')
    expect(wrong.headers.allow).toMatch(/GET/)
    expectError(
      await app.inject({ method: 'PUT', url: `/api/v1/claims/${disputeId}` }),
      405,
      'method_not_allowed',
    )
    expectError(await get('/api/v1/claims/x/merge'), 405, 'method_not_allowed')
    expectError(await get('/some/page'), 404, 'not_found')
  })

  test('read answers are kept until the ledger changes, also when another process writes', async () => {
    const first = await get('/api/v1/articles?limit=200')
    const second = await get('/api/v1/articles?limit=200')
    expect(second.headers['x-cache']).toBe('hit')
    expect(second.headers.etag).toBe(first.headers.etag)
    expect(second.body).toBe(first.body)
    const revalidated = await app.inject({
      method: 'GET',
      url: '/api/v1/articles?limit=200',
      headers: { 'if-none-match': String(first.headers.etag) },
    })
    expect(revalidated.statusCode).toBe(304)
    // another connection to the same ledger, as a separate `counterclaim ingest` would be
    const other = await openStore(store.location.includes('***') ? TEST_PG_URL : store.location, {
      ...(dialect === 'postgres' ? { schema: await currentSchema(store) } : {}),
    })
    try {
      const doc = rawDocument(
        'fixture://other-writer',
        'Library extends its hours\n\nBy Example Wire\n\nThe city library will stay open until nine on weekdays from next month, the head librarian said on Tuesday.\n\n"Students asked for more time to study," said Ana Lopes, the head librarian.\n',
      )
      expect(
        (await runIngestItems([{ ok: true, doc }], {}, deps, ledgerSink(other.db))).added,
      ).toBe(1)
    } finally {
      await other.close()
    }
    const after = await get('/api/v1/articles?limit=200')
    expect(after.headers['x-cache']).toBe('miss')
    expect(after.json().items.map((a: { headline: string }) => a.headline)).toContain(
      'Library extends its hours',
    )
  })

  test('writes need the bearer token', async () => {
    const body = { content: 'Nothing to see.' }
    expectError(
      await app.inject({ method: 'POST', url: '/api/v1/ingest', payload: body }),
      401,
      'unauthorized',
    )
    const wrong = await app.inject({
      method: 'POST',
      url: '/api/v1/ingest',
      payload: body,
      headers: { authorization: 'Bearer not-the-token-at-all' },
    })
    expectError(wrong, 401, 'unauthorized')
    expect(wrong.headers['www-authenticate']).toMatch(/Bearer/)
    expectError(
      await app.inject({
        method: 'POST',
        url: `/api/v1/claims/${disputeId}/merge`,
        payload: { into: disputeId },
      }),
      401,
      'unauthorized',
    )
    expectError(
      await app.inject({
        method: 'POST',
        url: `/api/v1/claims/${disputeId}/split`,
        payload: { statementIds: [] },
      }),
      401,
      'unauthorized',
    )
    const readOnly = await buildApp({ store, webRoot: null })
    try {
      const res = await readOnly.inject({
        method: 'POST',
        url: '/api/v1/ingest',
        payload: body,
        headers: AUTH,
      })
      expectError(res, 403, 'forbidden')
      expect(res.json().error.message).toMatch(/COUNTERCLAIM_TOKEN/)
      expect((await readOnly.inject({ method: 'GET', url: '/api/v1/health' })).json().writes).toBe(
        'disabled',
      )
    } finally {
      await readOnly.close()
    }
  })

  test('POST /ingest: posted text through the pipeline, then the same again is a duplicate', async () => {
    const content =
      'Ferry service resumes\n\nBy Example Wire\n\nThe ferry between the two islands resumed on Thursday, the operator said.\n\n"We are glad to sail again," said Tomas Berg, the captain of the ferry.\n'
    const post = () =>
      app.inject({
        method: 'POST',
        url: '/api/v1/ingest',
        payload: { content, outlet: 'Example Wire' },
        headers: AUTH,
      })
    const res = await post()
    expect(res.statusCode, res.body).toBe(200)
    expect(res.json()).toMatchObject({ read: 1, added: 1, duplicates: 0, failed: 0 })
    const id = res.json().articleIds[0]
    const a = (await get(`/api/v1/articles/${id}`)).json()
    expect(a.article.headline).toBe('Ferry service resumes')
    expect(a.statements.length).toBeGreaterThan(0)
    expect((await post()).json()).toMatchObject({ added: 0, duplicates: 1 })
    const found = (await get('/api/v1/search?q=ferry')).json()
    expect(found.articles.items.map((h: { id: string }) => h.id)).toContain(id)
  })

  test('POST /ingest: bad bodies are refused', async () => {
    const post = (payload: unknown, headers: Record<string, string> = {}) =>
      app.inject({
        method: 'POST',
        url: '/api/v1/ingest',
        payload: payload as string,
        headers: { ...AUTH, ...headers },
      })
    expectError(await post({}), 400, 'bad_request')
    expectError(await post({ content: '' }), 400, 'bad_request')
    expectError(await post({ content: 'x', extra: 1 }), 400, 'bad_request')
    expectError(await post({ url: 'ftp://example.org/a' }), 400, 'bad_request')
    expectError(await post({ url: 'http://user:pw@127.0.0.1/a' }), 400, 'bad_request')
    expectError(await post({ content: 'x', publishedAt: 'last week' }), 400, 'bad_request')
    expectError(
      await post('{"content": ', { 'content-type': 'application/json' }),
      400,
      'bad_request',
    )
    expectError(
      await post('plain words', { 'content-type': 'text/plain' }),
      415,
      'unsupported_media_type',
    )
    expectError(await post({ content: 'y'.repeat(250_000) }), 413, 'payload_too_large')
    expectError(await post({ content: 'y'.repeat(500_000) }), 413, 'payload_too_large')
  })

  test('POST /ingest: a URL is fetched, checked and read', async () => {
    const post = (url: string) =>
      app.inject({ method: 'POST', url: '/api/v1/ingest', payload: { url }, headers: AUTH })
    const res = await post(`${pagesUrl}/article.html`)
    expect(res.statusCode, res.body).toBe(200)
    expect(res.json()).toMatchObject({ added: 1 })
    const a = (await get(`/api/v1/articles/${res.json().articleIds[0]}`)).json()
    expect(a.article.text).toContain('The bridge in Lviv reopened')
    expect(a.article.url).toBe(`${pagesUrl}/article.html`)
    expectError(await post(`${pagesUrl}/image.png`), 502, 'bad_gateway')
    expectError(await post(`${pagesUrl}/missing.html`), 502, 'bad_gateway')
    expectError(await post(`${pagesUrl}/huge.html`), 413, 'payload_too_large')
    expectError(await post('http://127.0.0.1:1/nothing'), 502, 'bad_gateway')
  })

  test('POST /claims/:id/split and /merge', async () => {
    const before = (await get(`/api/v1/claims/${disputeId}`)).json()
    const [first, ...rest] = before.statements.map((s: { id: string }) => s.id)
    const post = (path: string, payload: unknown) =>
      app.inject({
        method: 'POST',
        url: `/api/v1/claims/${path}`,
        payload: payload as string,
        headers: AUTH,
      })
    expectError(
      await post(`${disputeId}/split`, {
        statementIds: before.statements.map((s: { id: string }) => s.id),
      }),
      400,
      'bad_request',
    )
    expectError(
      await post(`${disputeId}/split`, { statementIds: ['st_000000000000'] }),
      400,
      'bad_request',
    )
    expectError(await post(`${disputeId}/split`, { statementIds: [] }), 400, 'bad_request')
    expectError(await post('cl_000000000000/split', { statementIds: [first] }), 404, 'not_found')

    const split = await post(`${disputeId}/split`, { statementIds: [first] })
    expect(split.statusCode, split.body).toBe(200)
    const into = split.json().into
    expect(into.statements).toBe(1)
    expect(split.json().from.statements).toBe(rest.length)
    const moved = (await get(`/api/v1/claims/${into.id}`)).json()
    expect(moved.statements[0].grouping.method).toBe('user-split')

    expectError(await post(`${into.id}/merge`, { into: into.id }), 400, 'bad_request')
    expectError(await post(`${into.id}/merge`, { into: 'cl_000000000000' }), 404, 'not_found')
    expectError(await post(`${into.id}/merge`, { into: 'nope' }), 400, 'bad_request')
    const merge = await post(`${into.id}/merge`, { into: disputeId })
    expect(merge.statusCode, merge.body).toBe(200)
    expect(merge.json().into.statements).toBe(before.claim.statements)
    const gone = (await get(`/api/v1/claims/${into.id}`)).json()
    expect(gone.claim.status).toBe('merged')
    expect(gone.claim.mergedInto).toBe(disputeId)
    expectError(await post(`${into.id}/merge`, { into: disputeId }), 409, 'conflict')
    const after = (await get(`/api/v1/claims/${disputeId}`)).json()
    expect(after.claim.disputed).toBe(true)
  })
})

describe('the dashboard files', () => {
  let dir: string
  let app: Api
  let store: Awaited<ReturnType<typeof freshStore>>
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'cc-web-'))
    mkdirSync(join(dir, 'assets'))
    writeFileSync(
      join(dir, 'index.html'),
      '<!doctype html><title>t</title><script type="module" src="/assets/app-1.js"></script>',
    )
    writeFileSync(join(dir, 'assets', 'app-1.js'), 'export {}')
    store = await freshStore('sqlite')
    app = await buildApp({ store, webRoot: dir })
  })
  afterAll(async () => {
    await app.close()
    await store.drop()
    rmSync(dir, { recursive: true, force: true })
  })

  test('pages of the dashboard get index.html with a strict CSP; assets are cached; missing files are 404', async () => {
    for (const url of ['/', '/disputes', '/claims/cl_0123456789ab', '/search?q=x']) {
      const res = await app.inject({ method: 'GET', url })
      expect(res.statusCode, url).toBe(200)
      expect(res.headers['content-type']).toMatch(/text\/html/)
      const csp = String(res.headers['content-security-policy'])
      expect(csp).toContain("script-src 'self'")
      expect(csp).not.toMatch(/unsafe-inline|unsafe-eval/)
      expect(res.headers['x-frame-options']).toBe('DENY')
      expect(res.headers['referrer-policy']).toBe('no-referrer')
    }
    const js = await app.inject({ method: 'GET', url: '/assets/app-1.js' })
    expect(js.headers['content-type']).toMatch(/text\/javascript/)
    expect(js.headers['cache-control']).toMatch(/immutable/)
    const again = await app.inject({
      method: 'GET',
      url: '/assets/app-1.js',
      headers: { 'if-none-match': String(js.headers.etag) },
    })
    expect(again.statusCode).toBe(304)
    expectError(await app.inject({ method: 'GET', url: '/assets/nope.js' }), 404, 'not_found')
    const outside = await app.inject({ method: 'GET', url: '/assets/%2e%2e/%2e%2e/etc/passwd' })
    expect(outside.body).not.toMatch(/root:/)
    expectError(await app.inject({ method: 'POST', url: '/disputes' }), 405, 'method_not_allowed')
  })
})

describe('a failure inside the server', () => {
  test('answers 500 in the error shape, without its details', async () => {
    const store = await freshStore('sqlite')
    const app = await buildApp({ store, webRoot: null, responseCache: false })
    await store.close()
    try {
      const res = await app.inject({ method: 'GET', url: '/api/v1/health' })
      expectError(res, 500, 'internal')
      expect(res.json().error.message).not.toMatch(/destroyed|sqlite/i)
    } finally {
      await app.close()
      await store.drop().catch(() => {})
    }
  })
})
