import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { pipelineDeps } from '../cli/open.js'
import { runIngestItems } from '../pipeline/index.js'
import { addAnnotation } from '../store/annotations.js'
import { ledgerSink } from '../store/sink.js'
import { DIALECTS, freshStore } from '../store/test-dialects.js'
import { type Api, buildApp } from './app.js'
import { expectError } from './testing/expect-error.js'
import { fixtureItems } from './testing/fixtures.js'

const TOKEN = 'test-token-0123456789abcdef'
const AUTH = { authorization: `Bearer ${TOKEN}` }
const HOSTILE = '<script>alert(1)</script><img src=x onerror=alert(2)>'

describe.each(DIALECTS)('analysts’ notes through the API (%s)', (dialect) => {
  let store: Awaited<ReturnType<typeof freshStore>>
  let app: Api
  let claimId: string
  let otherId: string
  let statementId: string
  let foreignStatementId: string
  const get = (url: string) => app.inject({ method: 'GET', url })
  const annotate = (id: string, payload: unknown, headers: Record<string, string> = AUTH) =>
    app.inject({
      method: 'POST',
      url: `/api/v1/claims/${id}/annotations`,
      payload: payload as string,
      headers,
    })

  beforeAll(async () => {
    store = await freshStore(dialect)
    const deps = pipelineDeps()
    expect((await runIngestItems(fixtureItems(), {}, deps, ledgerSink(store.db))).added).toBe(4)
    app = await buildApp({ store, token: TOKEN, webRoot: null, pipelineDeps: () => deps })
    const claims = (await get('/api/v1/claims?limit=200')).json().items as {
      id: string
      statements: number
      disputed: boolean
    }[]
    const dispute = claims.find((c) => c.disputed)!
    const other = claims.find((c) => !c.disputed && c.statements > 0)!
    claimId = dispute.id
    otherId = other.id
    statementId = (await get(`/api/v1/claims/${claimId}`)).json().statements[0].id
    foreignStatementId = (await get(`/api/v1/claims/${otherId}`)).json().statements[0].id
  })
  afterAll(async () => {
    await app.close()
    await store.drop()
  })

  test('POST adds a note (201); GET lists it; the claim detail shows it; hostile text stays text', async () => {
    const res = await annotate(claimId, {
      text: `  ${HOSTILE}\n`,
      author: '  Ana Lopes ',
      statementId,
    })
    expect(res.statusCode, res.body).toBe(201)
    expect(res.headers['content-type']).toMatch(/^application\/json/)
    const note = res.json()
    expect(note).toMatchObject({
      claimId,
      statementId,
      text: HOSTILE,
      author: 'Ana Lopes',
    })
    expect(note.id).toMatch(/^an_[0-9a-f]{12}$/)
    expect(note.statement.content.length).toBeGreaterThan(0)
    // JSON carries the characters as they are; nothing turns them into markup
    expect(res.body).toContain(JSON.stringify(HOSTILE).slice(1, -1))
    const plain = (await annotate(claimId, { text: 'On the claim as a whole.' })).json()
    expect(plain).toMatchObject({ statementId: null, statement: null, author: null })

    const list = (await get(`/api/v1/claims/${claimId}/annotations`)).json()
    expect(list).toMatchObject({ limit: 20, offset: 0, next: null })
    expect(list.items.map((n: { id: string }) => n.id)).toEqual([note.id, plain.id])
    const page = (await get(`/api/v1/claims/${claimId}/annotations?limit=1`)).json()
    expect(page.items.map((n: { id: string }) => n.id)).toEqual([note.id])
    expect(page.next).toBe(1)

    const detail = (await get(`/api/v1/claims/${claimId}`)).json()
    expect(detail.annotations.map((n: { text: string }) => n.text)).toEqual([
      HOSTILE,
      'On the claim as a whole.',
    ])
  })

  test('the token is required: missing 401, wrong 401, writes disabled 403', async () => {
    const body = { text: 'no token' }
    const missing = await annotate(claimId, body, {})
    expectError(missing, 401, 'unauthorized')
    expect(missing.headers['www-authenticate']).toMatch(/Bearer/)
    expectError(
      await annotate(claimId, body, { authorization: 'Bearer not-the-token-at-all' }),
      401,
      'unauthorized',
    )
    const readOnly = await buildApp({ store, webRoot: null })
    try {
      const res = await readOnly.inject({
        method: 'POST',
        url: `/api/v1/claims/${claimId}/annotations`,
        payload: body,
        headers: AUTH,
      })
      expectError(res, 403, 'forbidden')
    } finally {
      await readOnly.close()
    }
    const texts = (await get(`/api/v1/claims/${claimId}/annotations?limit=200`))
      .json()
      .items.map((n: { text: string }) => n.text)
    expect(texts).not.toContain('no token')
  })

  test('bad bodies are refused in the error shape (400)', async () => {
    const bad = async (payload: unknown, headers: Record<string, string> = {}) =>
      expectError(await annotate(claimId, payload, { ...AUTH, ...headers }), 400, 'bad_request')
    await bad({})
    await bad({ text: '' })
    await bad({ text: ' \n\t ' })
    await bad({ text: 'x'.repeat(5001) })
    await bad({ text: 'a\u0000b' })
    await bad({ text: 'x', extra: 1 })
    await bad({ text: 'x', statementId: 'st_nope' })
    await bad({ text: 'x', author: 'y'.repeat(201) })
    await bad('{"text": ', { 'content-type': 'application/json' })
    const foreign = await annotate(claimId, { text: 'x', statementId: foreignStatementId })
    expectError(foreign, 400, 'bad_request')
    expect(foreign.json().error.message).toContain(foreignStatementId)
    expectError(
      await app.inject({
        method: 'POST',
        url: `/api/v1/claims/${claimId}/annotations`,
        payload: 'a note',
        headers: { ...AUTH, 'content-type': 'text/plain' },
      }),
      415,
      'unsupported_media_type',
    )
    // 5000 characters once trimmed is the limit, white space around it aside
    expect((await annotate(claimId, { text: ` ${'x'.repeat(5000)} ` })).statusCode).toBe(201)
  })

  test('unknown claim 404; malformed id 400', async () => {
    expectError(await annotate('cl_000000000000', { text: 'x' }), 404, 'not_found')
    expectError(await get('/api/v1/claims/cl_000000000000/annotations'), 404, 'not_found')
    expectError(await annotate('cl_nope', { text: 'x' }), 400, 'bad_request')
  })

  test('read answers are invalidated by a note, ours or another process’s', async () => {
    const url = `/api/v1/claims/${claimId}`
    await get(url)
    expect((await get(url)).headers['x-cache']).toBe('hit')
    await get(`${url}/annotations?limit=200`)
    const ours = await annotate(claimId, { text: 'written through the API' })
    expect(ours.statusCode).toBe(201)
    const after = await get(url)
    expect(after.headers['x-cache']).toBe('miss')
    expect(after.json().annotations.at(-1).text).toBe('written through the API')
    const list = await get(`${url}/annotations?limit=200`)
    expect(list.headers['x-cache']).toBe('miss')
    expect(list.json().items.at(-1).text).toBe('written through the API')

    expect((await get(url)).headers['x-cache']).toBe('hit')
    // another connection, as `counterclaim annotate` beside the running server would be
    const other = await store.reopen()
    try {
      await addAnnotation(other.db, { claimId, text: 'written by another process' })
    } finally {
      await other.close()
    }
    const later = await get(url)
    expect(later.headers['x-cache']).toBe('miss')
    expect(later.json().annotations.at(-1).text).toBe('written by another process')
  })

  test('a merged claim answers 409; its notes show on the claim it was merged into', async () => {
    const note = (await annotate(otherId, { text: 'before the merge' })).json()
    await get(`/api/v1/claims/${claimId}`)
    expect((await get(`/api/v1/claims/${claimId}`)).headers['x-cache']).toBe('hit')
    const merge = await app.inject({
      method: 'POST',
      url: `/api/v1/claims/${otherId}/merge`,
      payload: { into: claimId },
      headers: AUTH,
    })
    expect(merge.statusCode, merge.body).toBe(200)
    const res = await annotate(otherId, { text: 'after the merge' })
    expectError(res, 409, 'conflict')
    const into = (await get(`/api/v1/claims/${claimId}`)).json()
    expect(into.annotations.map((n: { id: string }) => n.id)).toContain(note.id)
    expect((await get(`/api/v1/claims/${otherId}/annotations`)).json().items).toEqual([])
    // a note about a statement that came with the merge is accepted on the claim merged into
    const moved = await annotate(claimId, {
      text: 'about a merged statement',
      statementId: foreignStatementId,
    })
    expect(moved.statusCode, moved.body).toBe(201)
  })

  test('GET /openapi.json describes both routes, the POST with its token and 201', async () => {
    const doc = (await get('/api/v1/openapi.json')).json()
    const path = doc.paths['/api/v1/claims/{id}/annotations']
    expect(path.get.responses['200'].content).toBeDefined()
    expect(path.post.security).toEqual([{ bearer: [] }])
    expect(path.post.responses['201'].content).toBeDefined()
    expect(path.post.requestBody.content['application/json'].schema.required).toEqual(['text'])
    const detail = doc.paths['/api/v1/claims/{id}'].get.responses['200'].content
    expect(JSON.stringify(detail)).toContain('annotations')
  })
})
