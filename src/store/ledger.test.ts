import { afterEach, beforeEach, describe, expect, test } from 'vitest'
import { findArticle } from './articles.js'
import { findClaim, listClaims, mergeClaims, splitClaim } from './claims.js'
import { removeArticles } from './remove-articles.js'
import { DIALECTS, freshStore } from './test-dialects.js'
import { ingestTexts as ingest } from './test-ingest.js'

// stories written for these tests
const wire = `The council of Portmere said on Tuesday that the old harbour bridge would stay closed until spring, after engineers found cracks in two of its pillars. Jane Roe, the head of the harbour authority, said ferries would run every hour while the bridge was shut. Shop owners near the bridge said they had lost half their customers since the closure began in January.`
const copy = (headline: string, extra: string) => `${headline}\n\n${wire}\n\n${extra}`

describe.each(DIALECTS)('the ledger across articles (%s)', (dialect) => {
  let store: Awaited<ReturnType<typeof freshStore>>
  beforeEach(async () => {
    store = await freshStore(dialect)
  })
  afterEach(async () => {
    await store.drop()
  })

  test('a syndicated copy is the same story: one source, not two', async () => {
    const s = await ingest(
      store,
      ['a.txt', copy('Bridge to stay shut until spring', 'Read more: weather')],
      ['b.txt', copy('Portmere bridge closed for months', 'Share this story')],
    )
    expect(s.added).toBe(2)
    const [a, b] = await Promise.all(s.articleIds.map((id) => findArticle(store.db, id)))
    expect(a).toBeDefined()
    expect(b).toBeDefined()
    const claims = await listClaims(store.db, { limit: 50, offset: 0 })
    const roe = claims.find((c) => /ferries would run/.test(c.text))!
    expect(roe.stances).toHaveLength(2)
    expect(roe.sides.reduce((n, x) => n + x.sources, 0)).toBe(1)
  })

  test('a person tied to an organisation takes the side another article gave it', async () => {
    await ingest(
      store,
      [
        'org.txt',
        "Militia grows\n\nRussia's private Zorvath Group recruited hundreds of new fighters this spring, officials said on Monday.",
      ],
      [
        'person.txt',
        'Town taken, militia says\n\nZorvath Group founder Ivo Marek said on Tuesday that his fighters had taken the town of Lesnoy.',
      ],
    )
    const marek = await store.db
      .selectFrom('entities')
      .select(['affiliation', 'affiliation_rule'])
      .where('name', '=', 'Ivo Marek')
      .executeTakeFirst()
    expect(marek).toEqual({ affiliation: 'RU', affiliation_rule: 'member-of:Zorvath Group' })
  })

  test('a surname alone takes the side of the one full name with it, stored before or after', async () => {
    const side = async (name: string) =>
      store.db
        .selectFrom('entities')
        .select(['affiliation', 'affiliation_rule'])
        .where('name', '=', name)
        .executeTakeFirst()
    await ingest(
      store,
      [
        'full.txt',
        'Talks in Warsaw\n\nPolish President Jana Kowalczyk said on Monday that the border crossings would reopen next week.',
      ],
      [
        'lone.txt',
        'Border to reopen\n\n“The crossings will reopen within days,” Kowalczyk said on Tuesday. She added that the ferries would run again.',
      ],
      [
        'lone-first.txt',
        'Port deal\n\n“The port will stay open all winter,” Brandt said on Wednesday. He added that the deal was close.',
      ],
      [
        'full-later.txt',
        'Port stays open\n\nGerman Chancellor Otto Brandt said on Thursday that the port deal had been signed.',
      ],
    )
    expect(await side('Kowalczyk')).toEqual({
      affiliation: 'PL',
      affiliation_rule: 'surname-of:Jana Kowalczyk',
    })
    expect(await side('Brandt')).toEqual({
      affiliation: 'DE',
      affiliation_rule: 'surname-of:Otto Brandt',
    })
  })

  test('a rejection of "Russian claims that X" in a later article disputes the claim X', async () => {
    await ingest(
      store,
      [
        'claim.txt',
        'Depot hit, says Moscow\n\nRussian officials said on Monday that a fuel depot in the port of Lesnoy had been destroyed by a missile strike.',
      ],
      [
        'denial.txt',
        'Kyiv rejects report\n\nUkraine rejected Russian claims that a fuel depot in the port of Lesnoy had been destroyed by a missile strike.',
      ],
    )
    const claims = await listClaims(store.db, { limit: 50, offset: 0 })
    const depot = claims.find((c) => /fuel depot/.test(c.text))!
    expect(depot.disputed).toBe(true)
    const side = (a: string) => depot.sides.find((x) => x.affiliation === a)
    expect(side('RU')?.supports).toBeGreaterThan(0)
    expect(side('UA')?.refutes).toBe(1)
  })

  test('a denial that only shares the place with a claim does not dispute it', async () => {
    await ingest(
      store,
      [
        'strikes.txt',
        'Batteries destroyed\n\nRegional officials said on Monday that strikes on enemy positions on the east bank of the Lesnoy river had destroyed three artillery batteries.',
      ],
      [
        'denial.txt',
        'Officials deny crossing\n\nThe regional command denied that forces had established positions on the east bank of the Lesnoy river near the artillery.',
      ],
    )
    const claims = await listClaims(store.db, { limit: 50, offset: 0 })
    expect(claims.length).toBeGreaterThanOrEqual(2)
    expect(claims.filter((c) => c.disputed)).toEqual([])
  })

  test('a merge and a split survive reading the articles again', async () => {
    const one =
      'Harbour staff say ferries are late\n\nDock workers said the ferries had been late every morning this week because of the storms.'
    const two =
      'Ferry fares to rise\n\nThe ferry company said ticket prices would rise by a fifth in March to pay for new boats.'
    const s = await ingest(store, ['one.txt', one], ['two.txt', two])
    const claims = await listClaims(store.db, { limit: 50, offset: 0 })
    const c1 = claims.find((c) => /ferries/.test(c.text))!
    const c2 = claims.find((c) => /ticket prices would rise/.test(c.text))!
    expect(c1.id).not.toBe(c2.id)
    const n1 = c1.stances.length
    const n2 = c2.stances.length
    await mergeClaims(store.db, c2.id, c1.id)
    expect((await findClaim(store.db, c1.id))!.stances).toHaveLength(n1 + n2)

    // read article two again from scratch: its statement joins the merged claim by itself
    await removeArticles(store.db, [s.articleIds[1]!])
    expect((await findClaim(store.db, c1.id))!.stances).toHaveLength(n1)
    await ingest(store, ['two.txt', two])
    const merged = (await findClaim(store.db, c1.id))!
    expect(merged.stances).toHaveLength(n1 + n2)
    expect(
      merged.stances.some((x) => (x.grouping as { method: string }).method === 'user-merge'),
    ).toBe(true)

    // split it back out, and read it again
    const moved = merged.stances.find(
      (x) => (x.grouping as { method: string }).method === 'user-merge',
    )!.statementId
    const into = await splitClaim(store.db, c1.id, [moved])
    await removeArticles(store.db, [s.articleIds[1]!])
    await ingest(store, ['two.txt', two])
    expect((await findClaim(store.db, into))!.stances.map((x) => x.statementId)).toEqual([moved])
    expect((await findClaim(store.db, c1.id))!.stances).toHaveLength(n1 + n2 - 1)
  })
})
