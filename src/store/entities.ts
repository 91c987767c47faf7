import type { Kysely } from 'kysely'
import { type EntityRecord, type MentionRecord, toEntityRecord } from './records.js'
import type { Database, EntityTable } from './schema.js'

/** One mention as article_entities keeps it: see ArticleEntityTable. */
type MentionSpan = [number, number, string, string, string, number]

async function withDetails(
  db: Kysely<Database>,
  rows: EntityTable[],
  articleId?: string,
): Promise<EntityRecord[]> {
  if (rows.length === 0) return []
  const ids = rows.map((r) => r.id)
  const aliases = await db
    .selectFrom('entity_aliases')
    .select(['entity_id', 'alias'])
    .where('entity_id', 'in', ids)
    .orderBy('alias')
    .execute()
  let mq = db
    .selectFrom('article_entities')
    .select(['entity_id', 'article_id', 'mentions'])
    .where('entity_id', 'in', ids)
  if (articleId) mq = mq.where('article_id', '=', articleId)
  const groups = await mq.orderBy('article_id').execute()
  const aliasBy = new Map<string, string[]>()
  for (const a of aliases) aliasBy.set(a.entity_id, [...(aliasBy.get(a.entity_id) ?? []), a.alias])
  const mentionBy = new Map<string, MentionRecord[]>()
  for (const g of groups) {
    const list = mentionBy.get(g.entity_id) ?? []
    for (const [start, end, text, kind, rule, confidence] of JSON.parse(
      g.mentions,
    ) as MentionSpan[])
      list.push({ articleId: g.article_id, start, end, text, kind, rule, confidence })
    mentionBy.set(g.entity_id, list)
  }
  return rows.map((r) =>
    toEntityRecord(
      r,
      (aliasBy.get(r.id) ?? []).filter((a) => a !== r.name),
      mentionBy.get(r.id) ?? [],
    ),
  )
}

/** The entities one article mentions, with those mentions (and the article's outlet). */
export async function articleEntities(
  db: Kysely<Database>,
  articleId: string,
): Promise<EntityRecord[]> {
  const rows = await db
    .selectFrom('entities')
    .selectAll()
    .where((eb) =>
      eb.or([
        eb(
          'id',
          'in',
          eb.selectFrom('article_entities').select('entity_id').where('article_id', '=', articleId),
        ),
        // an outlet's id is its entity's id
        eb('id', 'in', eb.selectFrom('articles').select('outlet_id').where('id', '=', articleId)),
      ]),
    )
    .orderBy('type')
    .orderBy('name')
    .execute()
  return withDetails(db, rows, articleId)
}

/** Every entity with all its mentions, a page at a time, for export. */
export async function* iterateEntities(
  db: Kysely<Database>,
  pageSize = 500,
): AsyncGenerator<EntityRecord> {
  let after = ''
  for (;;) {
    const rows = await db
      .selectFrom('entities')
      .selectAll()
      .where('id', '>', after)
      .orderBy('id')
      .limit(pageSize)
      .execute()
    for (const e of await withDetails(db, rows)) yield e
    if (rows.length < pageSize) return
    after = rows.at(-1)!.id
  }
}
