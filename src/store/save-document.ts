import type { Kysely, Transaction } from 'kysely'
import { normName } from '../pipeline/language/entities/normalize.js'
import type { ProcessedDocument } from '../pipeline/types.js'
import { idFor } from './ids.js'
import type { Database } from './schema.js'

export type SaveResult = { status: 'added' | 'duplicate'; articleId: string }

const CHUNK = 200

/**
 * Saves one processed document in one transaction: document, article, sentences,
 * entities with their aliases and mentions, and time expressions. A document whose
 * content hash is already stored adds nothing.
 */
export async function saveDocument(
  db: Kysely<Database>,
  p: ProcessedDocument,
): Promise<SaveResult> {
  const articleId = idFor('article', p.doc.contentHash)
  const existing = await db
    .selectFrom('documents')
    .select('id')
    .where('content_hash', '=', p.doc.contentHash)
    .executeTakeFirst()
  if (existing) return { status: 'duplicate', articleId }
  return db.transaction().execute(async (trx) => {
    // a concurrent worker may have stored it since the check above
    const inserted = await insertDocument(trx, p)
    if (!inserted) return { status: 'duplicate', articleId } as const
    await insertArticle(trx, p, articleId)
    return { status: 'added', articleId } as const
  })
}

async function insertDocument(trx: Transaction<Database>, p: ProcessedDocument): Promise<boolean> {
  const { doc } = p
  const res = await trx
    .insertInto('documents')
    .values({
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
    })
    .onConflict((oc) => oc.column('content_hash').doNothing())
    .executeTakeFirst()
  return Number(res.numInsertedOrUpdatedRows ?? 0) > 0
}

async function upsertOutlet(trx: Transaction<Database>, name: string): Promise<string> {
  // the outlet row shares its id with the outlet's entity
  const id = idFor('entity', `outlet:${normName(name)}`)
  await trx
    .insertInto('outlets')
    .values({ id, name, domain: null, created_at: new Date().toISOString() })
    .onConflict((oc) => oc.column('name').doNothing())
    .execute()
  const row = await trx
    .selectFrom('outlets')
    .select('id')
    .where('name', '=', name)
    .executeTakeFirst()
  return row?.id ?? id
}

async function insertArticle(trx: Transaction<Database>, p: ProcessedDocument, articleId: string) {
  const { doc, article, analysis } = p
  const now = new Date().toISOString()
  const outletId = article.outlet ? await upsertOutlet(trx, article.outlet) : null
  await trx
    .insertInto('articles')
    .values({
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
      paragraphs: JSON.stringify(article.paragraphs),
      captions: JSON.stringify(article.captions),
      related_headlines: JSON.stringify(article.relatedHeadlines),
      why: JSON.stringify(article.why),
      created_at: now,
    })
    .execute()

  const sentences = analysis.sentences.map((s) => ({
    article_id: articleId,
    idx: s.index,
    start: s.start,
    end: s.end,
  }))
  for (const rows of chunks(sentences)) await trx.insertInto('sentences').values(rows).execute()

  const unique = [...new Map(analysis.entities.map((e) => [e.key, e])).values()]
  const entityRows = unique.map((e) => ({
    id: idFor('entity', e.key),
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
  for (const rows of chunks(entityRows)) {
    await trx
      .insertInto('entities')
      .values(rows)
      // an affiliation learned later fills a gap but never overwrites one already known
      .onConflict((oc) =>
        oc.column('key').doUpdateSet((eb) => ({
          affiliation: eb.fn.coalesce('entities.affiliation', 'excluded.affiliation'),
          affiliation_rule: eb.fn.coalesce(
            'entities.affiliation_rule',
            'excluded.affiliation_rule',
          ),
        })),
      )
      .execute()
  }

  const aliasRows = analysis.entities.flatMap((e) =>
    [...new Set(e.aliases)].map((alias) => ({ entity_id: idFor('entity', e.key), alias })),
  )
  for (const rows of chunks(aliasRows)) {
    await trx
      .insertInto('entity_aliases')
      .values(rows)
      .onConflict((oc) => oc.columns(['entity_id', 'alias']).doNothing())
      .execute()
  }

  const seen = new Set<string>()
  const mentionRows = analysis.entities.flatMap((e) =>
    e.mentions
      .filter((m) => {
        const k = `${m.start}:${m.end}`
        if (seen.has(k)) return false
        seen.add(k)
        return true
      })
      .map((m) => ({
        article_id: articleId,
        entity_id: idFor('entity', e.key),
        start: m.start,
        end: m.end,
        text: m.text,
        kind: m.kind,
        rule: m.rule,
        confidence: m.confidence,
      })),
  )
  for (const rows of chunks(mentionRows)) await trx.insertInto('mentions').values(rows).execute()

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
  for (const rows of chunks(
    statementRows.filter((r) => !statementIds.has(r.id) && statementIds.add(r.id)),
  )) {
    await trx.insertInto('statements').values(rows).execute()
  }

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
  for (const rows of chunks(timeRows))
    await trx.insertInto('time_expressions').values(rows).execute()
}

function chunks<T>(rows: T[]): T[][] {
  const out: T[][] = []
  for (let i = 0; i < rows.length; i += CHUNK) out.push(rows.slice(i, i + CHUNK))
  return out
}
