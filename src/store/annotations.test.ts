import { sql } from 'kysely'
import { afterEach, beforeEach, describe, expect, test } from 'vitest'
import {
  AnnotationError,
  addAnnotation,
  cleanNote,
  listAnnotations,
  MAX_NOTE_CHARS,
} from './annotations.js'
import { findClaim, listClaims, mergeClaims, splitClaim } from './claims.js'
import { ledgerVersion } from './read/ledger-version.js'
import { removeArticles } from './remove-articles.js'
import { DIALECTS, freshStore } from './test-dialects.js'
import { ingestTexts as ingest } from './test-ingest.js'

// stories written for these tests
const ferries =
  'Harbour staff say ferries are late\n\nDock workers said the ferries had been late every morning this week because of the storms.'
const fares =
  'Ferry fares to rise\n\nThe ferry company said ticket prices would rise by a fifth in March to pay for new boats.'

const HOSTILE = '<script>alert(1)</script><img src=x onerror=alert(2)>'

async function refused(p: Promise<unknown>): Promise<string> {
  const e = await p.then(
    () => null,
    (err: unknown) => err,
  )
  expect(e).toBeInstanceOf(AnnotationError)
  return (e as AnnotationError).problem
}

describe('cleanNote', () => {
  test('trims, collapses the author, and refuses empty, long or control-character text', () => {
    expect(
      cleanNote({ text: '  Checked.\n\nSee the video.  ', author: '  Ana \n Lopes ' }),
    ).toEqual({ text: 'Checked.\n\nSee the video.', author: 'Ana Lopes' })
    expect(cleanNote({ text: 'x', author: '   ' }).author).toBeNull()
    expect(cleanNote({ text: HOSTILE }).text).toBe(HOSTILE)
    // characters, not UTF-16 units: 5000 emoji are 5000 characters
    expect(cleanNote({ text: '🛳'.repeat(MAX_NOTE_CHARS) }).text).toHaveLength(2 * MAX_NOTE_CHARS)
    for (const text of [' \n\t ', 'x'.repeat(MAX_NOTE_CHARS + 1), 'a\u0000b', 'a\u0007b'])
      expect(() => cleanNote({ text })).toThrow(AnnotationError)
    expect(() => cleanNote({ text: 'x', author: 'y'.repeat(201) })).toThrow(AnnotationError)
  })
})

describe.each(DIALECTS)('analysts’ notes on claims (%s)', (dialect) => {
  let store: Awaited<ReturnType<typeof freshStore>>
  beforeEach(async () => {
    store = await freshStore(dialect)
  })
  afterEach(async () => {
    await store.drop()
  })

  async function twoClaims() {
    const s = await ingest(store, ['one.txt', ferries], ['two.txt', fares])
    const claims = await listClaims(store.db, { limit: 50, offset: 0 })
    const a = claims.find((c) => /ferries/.test(c.text))!
    const b = claims.find((c) => /ticket prices would rise/.test(c.text))!
    expect(a.id).not.toBe(b.id)
    return { s, a, b }
  }

  test('a note is added, listed oldest first, and shown on the claim record', async () => {
    const { a } = await twoClaims()
    const statementId = a.stances[0]!.statementId
    const first = await addAnnotation(store.db, {
      claimId: a.id,
      text: `  ${HOSTILE}  `,
      author: 'Ana',
    })
    const second = await addAnnotation(store.db, {
      claimId: a.id,
      text: 'The storms were on Monday only.',
      statementId,
    })
    expect(first).toMatchObject({
      claimId: a.id,
      statementId: null,
      statement: null,
      text: HOSTILE,
      author: 'Ana',
    })
    expect(first.id).toMatch(/^an_[0-9a-f]{12}$/)
    expect(first.createdAt).toMatch(/^\d{4}-\d{2}-\d{2}T/)
    expect(second.statementId).toBe(statementId)
    expect(second.statement?.content).toMatch(/ferries/)
    expect(second.author).toBeNull()
    // written in the same millisecond or not, the first stays first
    expect(second.createdAt > first.createdAt).toBe(true)
    expect((await listAnnotations(store.db, a.id)).map((n) => n.id)).toEqual([first.id, second.id])
    expect((await findClaim(store.db, a.id))!.annotations.map((n) => n.text)).toEqual([
      HOSTILE,
      'The storms were on Monday only.',
    ])
  })

  test('refused: no such claim, a merged claim, a statement of another claim, bad text', async () => {
    const { a, b } = await twoClaims()
    expect(await refused(addAnnotation(store.db, { claimId: 'cl_000000000000', text: 'x' }))).toBe(
      'no-claim',
    )
    expect(
      await refused(
        addAnnotation(store.db, {
          claimId: a.id,
          text: 'x',
          statementId: b.stances[0]!.statementId,
        }),
      ),
    ).toBe('statement')
    expect(await refused(addAnnotation(store.db, { claimId: a.id, text: '   ' }))).toBe('text')
    await mergeClaims(store.db, b.id, a.id)
    expect(await refused(addAnnotation(store.db, { claimId: b.id, text: 'x' }))).toBe('merged')
    const n = await sql<{ n: number }>`select count(*) as n from annotations`.execute(store.db)
    expect(Number(n.rows[0]!.n)).toBe(0)
  })

  test('a merge moves the notes to the claim merged into; a split takes notes about its statements', async () => {
    const { a, b } = await twoClaims()
    const onA = await addAnnotation(store.db, { claimId: a.id, text: 'about the late ferries' })
    const bStatement = b.stances[0]!.statementId
    const onB = await addAnnotation(store.db, { claimId: b.id, text: 'about B as a whole' })
    const onBStatement = await addAnnotation(store.db, {
      claimId: b.id,
      text: 'about the fares statement',
      statementId: bStatement,
    })
    await mergeClaims(store.db, b.id, a.id)
    expect(await listAnnotations(store.db, b.id)).toEqual([])
    const merged = await listAnnotations(store.db, a.id)
    expect(merged.map((n) => n.id)).toEqual([onA.id, onB.id, onBStatement.id])
    expect(merged.every((n) => n.claimId === a.id)).toBe(true)
    // the statement came along, so the note about it still belongs to its claim
    expect((await findClaim(store.db, a.id))!.stances.map((s) => s.statementId)).toContain(
      bStatement,
    )

    const into = await splitClaim(store.db, a.id, [bStatement])
    expect((await listAnnotations(store.db, into)).map((n) => n.id)).toEqual([onBStatement.id])
    expect((await listAnnotations(store.db, a.id)).map((n) => n.id)).toEqual([onA.id, onB.id])
  })

  test('notes survive removing and reading the articles again', async () => {
    const { s, b } = await twoClaims()
    const statementId = b.stances[0]!.statementId
    const note = await addAnnotation(store.db, {
      claimId: b.id,
      text: 'The company denied this a day later.',
      statementId,
    })
    await removeArticles(store.db, [s.articleIds[1]!])
    // the claim has no statement left but stays, with its note
    const empty = await findClaim(store.db, b.id)
    expect(empty?.stances).toEqual([])
    const kept = await listAnnotations(store.db, b.id)
    expect(kept.map((n) => n.id)).toEqual([note.id])
    expect(kept[0]!.statement).toBeNull()

    await ingest(store, ['two.txt', fares])
    const back = (await findClaim(store.db, b.id))!
    expect(back.stances.map((x) => x.statementId)).toEqual([statementId])
    const again = await listAnnotations(store.db, b.id)
    expect(again.map((n) => n.id)).toEqual([note.id])
    expect(again[0]!.statement?.content).toMatch(/ticket prices would rise/)
    // a claim with no note and no decision still goes with its articles
    const other = (await listClaims(store.db, { limit: 50, offset: 0 })).find((c) =>
      /ferries/.test(c.text),
    )!
    await removeArticles(store.db, [s.articleIds[0]!])
    expect(await findClaim(store.db, other.id)).toBeUndefined()
  })

  test('a note written by another process moves the ledger version', async () => {
    const { a } = await twoClaims()
    const before = await ledgerVersion(store.db, 0)
    expect(await ledgerVersion(store.db, 0)).toBe(before)
    const other = await store.reopen()
    try {
      await addAnnotation(other.db, { claimId: a.id, text: 'written elsewhere' })
    } finally {
      await other.close()
    }
    expect(await ledgerVersion(store.db, 0)).not.toBe(before)
  })
})
