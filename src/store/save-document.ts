import { CompiledQuery, type Kysely, sql, type Transaction } from 'kysely'
import { bands, hamming, NEAR_DUPLICATE_BITS } from '../pipeline/claims/fingerprint.js'
import type { ClaimLink } from '../pipeline/claims/types.js'
import type { Linker } from '../pipeline/index.js'
import { normName } from '../pipeline/language/entities/normalize.js'
import type { ProcessedDocument } from '../pipeline/types.js'
import { bulkInsert } from './bulk-insert.js'
import { claimIndex } from './claim-index.js'
import { refreshClaims } from './claim-state.js'
import { isPostgres } from './dialect.js'
import { idFor } from './ids.js'
import type { Database } from './schema.js'

export type SaveResult = { status: 'added' | 'duplicate'; articleId: string }

export type BatchSaveResult = SaveResult | { status: 'failed'; articleId: string; reason: string }

/**
 * Saves several documents in one transaction, each inside a savepoint of its own: a document
 * that fails rolls back alone and is reported, the others are kept. One commit for many
 * articles is what makes a large batch fast; the savepoints keep every article whole.
 */
export async function saveDocuments(
  db: Kysely<Database>,
  ps: ProcessedDocument[],
  link?: Linker,
  known: StoredEntities = new StoredEntities(),
): Promise<BatchSaveResult[]> {
  const out: BatchSaveResult[] = []
  const sqlite = !isPostgres(db)
  const batch = known.batch()
  await db.transaction().execute(async (trx) => {
    const search = sqlite ? await searchIndexState(trx) : null
    const index = claimIndex(trx)
    const touched: string[] = []
    const added: string[] = []
    for (const p of ps) {
      const articleId = idFor('article', p.doc.contentHash)
      await sql`savepoint doc`.execute(trx)
      const stored = batch.document()
      try {
        const inserted = await insertDocument(trx, p)
        if (inserted) {
          const statementIds = await insertArticle(trx, p, articleId, stored)
          if (link) touched.push(...(await writeLinks(trx, await link(p, statementIds, index))))
        }
        await sql`release savepoint doc`.execute(trx)
        stored.keep()
        if (inserted) added.push(articleId)
        out.push({ status: inserted ? 'added' : 'duplicate', articleId })
      } catch (e) {
        await sql`rollback to savepoint doc`.execute(trx)
        await sql`release savepoint doc`.execute(trx)
        out.push({
          status: 'failed',
          articleId,
          reason: `could not store (${(e as Error).message})`,
        })
      }
    }
    if (search) await indexForSearch(trx, added, search)
    // one refresh per claim per batch, not per statement
    await refreshClaims(trx, touched)
  })
  batch.keep()
  return out
}

/**
 * The entity keys and aliases one writer knows are stored, and whether each key's row has a
 * side. Entity rows are never deleted and a side, once set, is never cleared, so an upsert
 * of a known key without a new side changes nothing and can be skipped: most articles name
 * the same few places and bodies. What a document adds counts only once its savepoint is
 * released, and what a batch adds only once it commits.
 */
export class StoredEntities {
  private readonly sided = new Map<string, boolean>()
  private readonly aliases = new Set<string>()
  private static readonly LIMIT = 200_000

  batch() {
    const sided = new Map<string, boolean>()
    const aliases = new Set<string>()
    const has = (key: string) => sided.get(key) ?? this.sided.get(key)
    return {
      document: () => {
        const docSided = new Map<string, boolean>()
        const docAliases: string[] = []
        return {
          /** Would this row add a key, or a side to a key stored without one? */
          needsEntity: (key: string, affiliation: string | null): boolean => {
            const k = has(key)
            if (k === undefined || (!k && affiliation !== null)) {
              docSided.set(key, affiliation !== null)
              return true
            }
            return false
          },
          needsAlias: (entityId: string, alias: string): boolean => {
            const k = `${entityId}\u0001${alias}`
            if (aliases.has(k) || this.aliases.has(k)) return false
            docAliases.push(k)
            return true
          },
          keep: () => {
            mergeSides(sided, docSided)
            for (const a of docAliases) aliases.add(a)
          },
        }
      },
      keep: () => {
        if (this.sided.size + sided.size > StoredEntities.LIMIT) this.sided.clear()
        if (this.aliases.size + aliases.size > StoredEntities.LIMIT) this.aliases.clear()
        mergeSides(this.sided, sided)
        for (const a of aliases) this.aliases.add(a)
      },
    }
  }
}

/** A key keeps its side once one is known. */
function mergeSides(into: Map<string, boolean>, from: Map<string, boolean>): void {
  for (const [k, v] of from) into.set(k, v || into.get(k) === true)
}

type DocumentEntities = ReturnType<ReturnType<StoredEntities['batch']>['document']>

/** What saveDocuments must add to SQLite's search indexes itself, and where new entity rows start. */
interface SearchIndexState {
  /** Migration 0005 dropped the article and statement insert triggers. */
  articles: boolean
  /** Migration 0006 dropped the entity and alias insert triggers. */
  entities: boolean
  entitiesAfter: number
  aliasesAfter: number
}

async function searchIndexState(trx: Transaction<Database>): Promise<SearchIndexState> {
  // tests store rows under older schemas too, where triggers still do this work
  const { rows } = await sql<{ name: string }>`select name from sqlite_master where name in
    ('articles_fts', 'articles_fts_insert', 'entities_fts', 'entities_fts_insert')`.execute(trx)
  const has = new Set(rows.map((r) => r.name))
  const entities = has.has('entities_fts') && !has.has('entities_fts_insert')
  // rows added from here on get larger rowids (SQLite gives a new row max(rowid) + 1)
  const after = entities
    ? (
        await sql<{ e: number; a: number }>`select
          (select coalesce(max(rowid), 0) from entities) as e,
          (select coalesce(max(rowid), 0) from entity_aliases) as a`.execute(trx)
      ).rows[0]
    : undefined
  return {
    articles: has.has('articles_fts') && !has.has('articles_fts_insert'),
    entities,
    entitiesAfter: after?.e ?? 0,
    aliasesAfter: after?.a ?? 0,
  }
}

/**
 * SQLite: adds a batch's new articles, statements, entities and aliases to their FTS5 tables,
 * one statement each, in the order they were stored. FTS5 writes its pending terms out as a new
 * index segment at every savepoint and at every statement that opens one, so indexing each
 * document as it is stored (by trigger) wrote and merged segments per document. Migrations 0005
 * and 0006 replaced those insert triggers with this; update and delete triggers remain.
 */
async function indexForSearch(
  trx: Transaction<Database>,
  articleIds: string[],
  state: SearchIndexState,
): Promise<void> {
  if (state.articles && articleIds.length > 0) {
    const ids = sql.join(articleIds)
    await sql`insert into articles_fts (id, headline, text) select id, headline, text from articles where id in (${ids}) order by rowid`.execute(
      trx,
    )
    await sql`insert into statements_fts (id, speaker_text, content_text) select id, speaker_text, content_text from statements where article_id in (${ids}) order by rowid`.execute(
      trx,
    )
  }
  if (state.entities) {
    await sql`insert into entities_fts (id, name) select id, name from entities where rowid > ${state.entitiesAfter} order by rowid`.execute(
      trx,
    )
    await sql`insert into entity_aliases_fts (entity_id, alias) select entity_id, alias from entity_aliases where rowid > ${state.aliasesAfter} order by rowid`.execute(
      trx,
    )
  }
}

/** Writes claims a batch creates and the stances that join statements to claims; returns the claims touched. */
async function writeLinks(trx: Transaction<Database>, links: ClaimLink[]): Promise<string[]> {
  const now = new Date().toISOString()
  const created = links.filter((l) => l.create)
  await bulkInsert(
    trx,
    'claims',
    [...new Map(created.map((l) => [l.claimId, l])).values()].map((l) => ({
      id: l.claimId,
      key: l.create!.key,
      text: l.create!.text,
      frame: JSON.stringify(l.create!.frame),
      kind: l.create!.frame.type,
      places: JSON.stringify(l.create!.places),
      status: 'asserted',
      disputed: 0,
      first_seen: null,
      last_seen: null,
      created_at: now,
      updated_at: now,
    })),
    'on conflict do nothing',
  )
  const terms = new Map<string, { term: string; claim_id: string }>()
  // every statement of a general claim indexes it under its own terms
  for (const l of links)
    for (const term of l.indexTerms)
      terms.set(`${term}|${l.claimId}`, { term, claim_id: l.claimId })
  await bulkInsert(trx, 'claim_terms', [...terms.values()], 'on conflict do nothing')
  const stances = new Map<string, Record<string, unknown>>()
  for (const l of links) {
    stances.set(`${l.claimId}|${l.statementId}`, {
      claim_id: l.claimId,
      statement_id: l.statementId,
      stance: l.stance,
      rule: l.rule,
      confidence: l.confidence,
      grouping: JSON.stringify(l.grouping),
    })
  }
  await bulkInsert(trx, 'stances', [...stances.values()], 'on conflict do nothing')
  return links.map((l) => l.claimId)
}

/**
 * Saves one processed document in one transaction: document, article with its sentence spans,
 * entities with their aliases and mentions, statements and time expressions. A document whose
 * content hash is already stored adds nothing. Throws when the document cannot be stored.
 */
export async function saveDocument(
  db: Kysely<Database>,
  p: ProcessedDocument,
): Promise<SaveResult> {
  const [r] = await saveDocuments(db, [p])
  if (!r || r.status === 'failed') throw new Error(r?.reason ?? 'not stored')
  return r
}

async function insertDocument(trx: Transaction<Database>, p: ProcessedDocument): Promise<boolean> {
  const { doc } = p
  const added = await bulkInsert(
    trx,
    'documents',
    [
      {
        id: idFor('document', doc.contentHash),
        source: doc.source,
        url: doc.meta.url ?? p.article.url ?? null,
        kind: doc.kind,
        content_hash: doc.contentHash,
        bytes: doc.bytes,
        charset: doc.charset,
        charset_rule: doc.charsetRule,
        raw: doc.content,
        ingested_at: new Date().toISOString(),
      },
    ],
    'on conflict ("content_hash") do nothing',
  )
  return added > 0
}

async function upsertOutlet(trx: Transaction<Database>, name: string): Promise<string> {
  // the outlet row shares its id with the outlet's entity
  const id = idFor('entity', `outlet:${normName(name)}`)
  await bulkInsert(
    trx,
    'outlets',
    [{ id, name, domain: null, created_at: new Date().toISOString() }],
    'on conflict ("name") do nothing',
  )
  const { rows } = await trx.executeQuery<{ id: string }>(
    CompiledQuery.raw(`select "id" from "outlets" where "name" = ${isPostgres(trx) ? '$1' : '?'}`, [
      name,
    ]),
  )
  return rows[0]?.id ?? id
}

/** Stores the article and everything read from it; returns the ids of its statements, in order. */
async function insertArticle(
  trx: Transaction<Database>,
  p: ProcessedDocument,
  articleId: string,
  stored: DocumentEntities,
): Promise<string[]> {
  const { doc, article, analysis } = p
  const now = new Date().toISOString()
  const outletId = article.outlet ? await upsertOutlet(trx, article.outlet) : null
  await bulkInsert(trx, 'articles', [
    {
      id: articleId,
      document_id: idFor('document', doc.contentHash),
      outlet_id: outletId,
      source: doc.source,
      content_hash: doc.contentHash,
      headline: article.headline,
      byline: article.byline,
      published_at: article.publishedAt,
      url: article.url,
      language: analysis.language,
      text: article.text,
      body_start: article.bodyStart,
      paragraph_spans: JSON.stringify(article.paragraphSpans.map((s) => [s.start, s.end])),
      captions: JSON.stringify(article.captions),
      related_headlines: JSON.stringify(article.relatedHeadlines),
      why: JSON.stringify(article.why),
      created_at: now,
      fingerprint: p.fingerprint,
      syndication_id: await syndicationOf(trx, p.fingerprint, articleId),
      sentences: JSON.stringify(analysis.sentences.map((s) => [s.start, s.end])),
    },
  ])
  await bulkInsert(
    trx,
    'article_bands',
    bands(p.fingerprint).map((band) => ({ band, article_id: articleId })),
    'on conflict do nothing',
  )

  // one hash per entity, not one per mention
  const entityIds = new Map(analysis.entities.map((e) => [e.key, idFor('entity', e.key)]))
  const unique = [...new Map(analysis.entities.map((e) => [e.key, e])).values()]
  const entityRows = unique
    .filter((e) => stored.needsEntity(e.key, e.affiliation))
    .map((e) => ({
      id: entityIds.get(e.key)!,
      key: e.key,
      name: e.name,
      type: e.type,
      affiliation: e.affiliation,
      affiliation_rule: e.affiliationWhy?.rule ?? null,
      lat: e.geo?.lat ?? null,
      lon: e.geo?.lon ?? null,
      place_kind: e.geo?.kind ?? null,
      country: e.geo?.country ?? null,
      rule: e.why.rule,
      confidence: e.why.confidence,
      created_at: now,
    }))
  // an affiliation learned later fills a gap but never overwrites one already known
  await bulkInsert(
    trx,
    'entities',
    entityRows,
    'on conflict ("key") do update set "affiliation" = coalesce("entities"."affiliation", excluded."affiliation"), "affiliation_rule" = coalesce("entities"."affiliation_rule", excluded."affiliation_rule")',
  )

  await sidesFromOrganisations(trx, analysis.entities)
  await sidesFromSurnames(
    trx,
    analysis.entities,
    new Set(p.statements.flatMap((st) => (st.speaker?.entityKey ? [st.speaker.entityKey] : []))),
  )

  const aliasRows = analysis.entities.flatMap((e) => {
    const id = entityIds.get(e.key)!
    return [...new Set(e.aliases)]
      .filter((alias) => stored.needsAlias(id, alias))
      .map((alias) => ({ entity_id: id, alias }))
  })
  await bulkInsert(
    trx,
    'entity_aliases',
    aliasRows,
    'on conflict ("entity_id", "alias") do nothing',
  )

  // a span belongs to the first entity that claims it; drafts with one key share a row
  const seen = new Set<string>()
  const spansBy = new Map<string, unknown[][]>()
  for (const e of analysis.entities) {
    const id = entityIds.get(e.key)!
    for (const m of e.mentions) {
      const k = `${m.start}:${m.end}`
      if (seen.has(k)) continue
      seen.add(k)
      const spans = spansBy.get(id) ?? []
      if (spans.length === 0) spansBy.set(id, spans)
      spans.push([m.start, m.end, m.text, m.kind, m.rule, m.confidence])
    }
  }
  const articleEntityRows = [...spansBy].map(([entityId, spans]) => ({
    article_id: articleId,
    entity_id: entityId,
    mention_count: spans.length,
    mentions: JSON.stringify(spans.sort((a, b) => (a[0] as number) - (b[0] as number))),
  }))
  await bulkInsert(trx, 'article_entities', articleEntityRows)

  const statementRows = p.statements.map((st) => ({
    id: idFor('statement', `${articleId}:${st.cue.start}:${st.content.start}:${st.content.end}`),
    article_id: articleId,
    sentence_idx: st.sentence,
    speaker_text: st.speaker?.text ?? null,
    speaker_entity_id: st.speaker?.entityKey ? idFor('entity', st.speaker.entityKey) : null,
    speaker_start: st.speaker?.start ?? null,
    speaker_end: st.speaker?.end ?? null,
    cue_text: st.cue.text,
    cue_start: st.cue.start,
    cue_end: st.cue.end,
    content_text: st.content.text,
    content_start: st.content.start,
    content_end: st.content.end,
    mode: st.mode,
    polarity: st.polarity,
    hedges: JSON.stringify(st.hedges),
    evidence: JSON.stringify(
      st.evidence.map((e) => ({ kind: e.kind, qualifiers: e.qualifiers, text: e.text })),
    ),
    time: st.time ? JSON.stringify(st.time) : null,
    rule: st.why.rule,
    confidence: st.why.confidence,
  }))
  const statementIds = new Set<string>()
  await bulkInsert(
    trx,
    'statements',
    statementRows.filter((r) => !statementIds.has(r.id) && statementIds.add(r.id)),
  )

  const timeSeen = new Set<number>()
  const timeRows = analysis.times
    .filter((t) => !timeSeen.has(t.start) && timeSeen.add(t.start))
    .map((t) => ({
      article_id: articleId,
      start: t.start,
      end: t.end,
      text: t.text,
      value: t.value,
      granularity: t.granularity,
      relative: t.relative,
      rule: t.rule,
      confidence: t.confidence,
    }))
  await bulkInsert(trx, 'time_expressions', timeRows)
  return statementRows.map((r) => r.id)
}

/**
 * A person the article ties to an organisation ("X Group financier Jo Roe") takes the side that
 * other articles gave the organisation, where this one gives neither a side. Only a gap is filled,
 * and only when the organisations agree.
 */
async function sidesFromOrganisations(
  trx: Transaction<Database>,
  entities: ProcessedDocument['analysis']['entities'],
): Promise<void> {
  const unsided = entities.filter((e) => e.type === 'person' && !e.affiliation && e.memberOf)
  if (unsided.length === 0) return
  const orgs = await trx
    .selectFrom('entities')
    .select(['key', 'name', 'affiliation'])
    .where('key', 'in', [...new Set(unsided.flatMap((e) => e.memberOf!))])
    .where('affiliation', 'is not', null)
    .execute()
  if (orgs.length === 0) return
  const byKey = new Map(orgs.map((o) => [o.key, o]))
  for (const e of unsided) {
    const held = e.memberOf!.map((k) => byKey.get(k)).filter((o) => o !== undefined)
    if (held.length === 0 || new Set(held.map((o) => o.affiliation)).size !== 1) continue
    await trx
      .updateTable('entities')
      .set({ affiliation: held[0]!.affiliation, affiliation_rule: `member-of:${held[0]!.name}` })
      .where('key', '=', e.key)
      .where('affiliation', 'is', null)
      .execute()
  }
}

/**
 * "Biden" alone, where an article names him no further, takes the side other articles gave the
 * one person they name in full with that surname ("Joe Biden"); a full name stored later fills
 * the surname stored before. Only a gap is filled, and only where exactly one full name in the
 * ledger ends in that surname (two Johnsons give neither side).
 */
async function sidesFromSurnames(
  trx: Transaction<Database>,
  entities: ProcessedDocument['analysis']['entities'],
  speakers: Set<string>,
): Promise<void> {
  const lone = (key: string) => key.startsWith('person:') && !key.slice(7).includes(' ')
  const persons = entities.filter((e) => e.type === 'person')
  // (only speakers: a side matters where someone says something, and each look-up scans)
  const targets = new Set(
    persons.filter((e) => !e.affiliation && lone(e.key) && speakers.has(e.key)).map((e) => e.key),
  )
  // surnames this article names in full with a side: their lone forms stored before may lack one
  const fullKeys = persons
    .filter((e) => e.affiliation && !lone(e.key) && e.key.startsWith('person:'))
    .map((e) => `person:${e.key.slice(e.key.lastIndexOf(' ') + 1)}`)
  if (fullKeys.length) {
    const stored = await trx
      .selectFrom('entities')
      .select('key')
      .where('key', 'in', [...new Set(fullKeys)])
      .where('affiliation', 'is', null)
      .execute()
    for (const r of stored) targets.add(r.key)
  }
  if (targets.size === 0) return
  // those the ledger already gave a side need no look-up
  const open = await trx
    .selectFrom('entities')
    .select('key')
    .where('key', 'in', [...targets])
    .where('affiliation', 'is', null)
    .execute()
  for (const { key } of open) {
    const surname = key.slice(7)
    if (/[%_\\]/.test(surname) || surname.length < 3) continue
    const full = await trx
      .selectFrom('entities')
      .select(['key', 'name', 'affiliation'])
      .where('type', '=', 'person')
      .where('key', 'like', `person:% ${surname}`)
      .limit(2)
      .execute()
    if (full.length !== 1 || !full[0]!.affiliation) continue
    await trx
      .updateTable('entities')
      .set({ affiliation: full[0]!.affiliation, affiliation_rule: `surname-of:${full[0]!.name}` })
      .where('key', '=', key)
      .where('affiliation', 'is', null)
      .execute()
  }
}

/** A near-duplicate already stored makes this article a copy of its story; otherwise it starts one. */
async function syndicationOf(
  trx: Transaction<Database>,
  fp: string,
  articleId: string,
): Promise<string> {
  const pg = isPostgres(trx)
  const bs = bands(fp)
  const { rows: near } = await trx.executeQuery<{
    id: string
    fingerprint: string | null
    syndication_id: string | null
  }>(
    CompiledQuery.raw(
      `select "articles"."id", "articles"."fingerprint", "articles"."syndication_id" from "article_bands" inner join "articles" on "articles"."id" = "article_bands"."article_id" where "article_bands"."band" in (${bs.map((_, i) => (pg ? `$${i + 1}` : '?')).join(', ')}) order by "articles"."created_at" limit 50`,
      bs,
    ),
  )
  for (const r of near) {
    if (r.fingerprint && hamming(r.fingerprint, fp) <= NEAR_DUPLICATE_BITS)
      return r.syndication_id ?? r.id
  }
  return articleId
}
