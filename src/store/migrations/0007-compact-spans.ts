import { type Kysely, sql } from 'kysely'
import { isPostgres } from '../dialect.js'

/**
 * An article's entity mentions become one row per article and entity, its spans as JSON, and
 * its sentence spans one JSON column of the article. A row per mention and per sentence was
 * most of what ingest wrote: the mention rows' entity index took an insert at a random place
 * for every mention, and each commit rewrote those pages. The per-mention detail (offsets,
 * text, kind, rule, confidence) is kept whole inside the JSON.
 */
interface Group {
  article_id: string
  entity_id: string
  spans: unknown[]
}

// biome-ignore lint/suspicious/noExplicitAny: migrations run against the schema as it was then
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('articles').addColumn('sentences', 'text').execute()
  let table = db.schema
    .createTable('article_entities')
    .addColumn('article_id', 'text', (c) => c.notNull().references('articles.id'))
    .addColumn('entity_id', 'text', (c) => c.notNull().references('entities.id'))
    .addColumn('mention_count', 'integer', (c) => c.notNull())
    .addColumn('mentions', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('article_entities_pk', ['article_id', 'entity_id'])
  // SQLite: the primary key is the table, one b-tree less to write
  if (!isPostgres(db)) table = table.modifyEnd(sql`without rowid`)
  await table.execute()
  await db.schema
    .createIndex('article_entities_entity')
    .on('article_entities')
    .column('entity_id')
    .execute()

  // rows stored under the old design, an article page at a time
  let after = ''
  for (;;) {
    const ids = (
      await db
        .selectFrom('articles')
        .select('id')
        .where('id', '>', after)
        .orderBy('id')
        .limit(500)
        .execute()
    ).map((r) => r.id as string)
    if (ids.length === 0) break
    after = ids.at(-1)!
    const sentences = await db
      .selectFrom('sentences')
      .select(['article_id', 'start', 'end'])
      .where('article_id', 'in', ids)
      .orderBy('article_id')
      .orderBy('idx')
      .execute()
    const spans = new Map<string, [number, number][]>()
    for (const s of sentences) {
      const list = spans.get(s.article_id) ?? []
      list.push([s.start, s.end])
      spans.set(s.article_id, list)
    }
    for (const [id, list] of spans)
      await db
        .updateTable('articles')
        .set({ sentences: JSON.stringify(list) })
        .where('id', '=', id)
        .execute()
    const mentions = await db
      .selectFrom('mentions')
      .selectAll()
      .where('article_id', 'in', ids)
      .orderBy('article_id')
      .orderBy('entity_id')
      .orderBy('start')
      .execute()
    const groups = new Map<string, Group>()
    for (const m of mentions) {
      const k = `${m.article_id}|${m.entity_id}`
      const g: Group = groups.get(k) ?? {
        article_id: m.article_id,
        entity_id: m.entity_id,
        spans: [],
      }
      g.spans.push([m.start, m.end, m.text, m.kind, m.rule, m.confidence])
      groups.set(k, g)
    }
    for (const g of groups.values())
      await db
        .insertInto('article_entities')
        .values({
          article_id: g.article_id,
          entity_id: g.entity_id,
          mention_count: g.spans.length,
          mentions: JSON.stringify(g.spans),
        })
        .execute()
  }
  await db.updateTable('articles').set({ sentences: '[]' }).where('sentences', 'is', null).execute()
  await db.schema.dropTable('mentions').execute()
  await db.schema.dropTable('sentences').execute()
}

// biome-ignore lint/suspicious/noExplicitAny: as up
export async function down(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('sentences')
    .addColumn('article_id', 'text', (c) => c.notNull().references('articles.id'))
    .addColumn('idx', 'integer', (c) => c.notNull())
    .addColumn('start', 'integer', (c) => c.notNull())
    .addColumn('end', 'integer', (c) => c.notNull())
    .addPrimaryKeyConstraint('sentences_pk', ['article_id', 'idx'])
    .execute()
  await db.schema
    .createTable('mentions')
    .addColumn('article_id', 'text', (c) => c.notNull().references('articles.id'))
    .addColumn('entity_id', 'text', (c) => c.notNull().references('entities.id'))
    .addColumn('start', 'integer', (c) => c.notNull())
    .addColumn('end', 'integer', (c) => c.notNull())
    .addColumn('text', 'text', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('rule', 'text', (c) => c.notNull())
    .addColumn('confidence', 'double precision', (c) => c.notNull())
    .addPrimaryKeyConstraint('mentions_pk', ['article_id', 'start', 'end'])
    .execute()
  await db.schema.createIndex('mentions_entity').on('mentions').column('entity_id').execute()
  for (const a of await db.selectFrom('articles').select(['id', 'sentences']).execute()) {
    const spans = JSON.parse(a.sentences ?? '[]') as [number, number][]
    for (const [idx, [start, end]] of spans.entries())
      await db.insertInto('sentences').values({ article_id: a.id, idx, start, end }).execute()
  }
  for (const r of await db.selectFrom('article_entities').selectAll().execute()) {
    const spans = JSON.parse(r.mentions) as [number, number, string, string, string, number][]
    for (const [start, end, text, kind, rule, confidence] of spans)
      await db
        .insertInto('mentions')
        .values({
          article_id: r.article_id,
          entity_id: r.entity_id,
          start,
          end,
          text,
          kind,
          rule,
          confidence,
        })
        .execute()
  }
  await db.schema.dropTable('article_entities').execute()
  await db.schema.alterTable('articles').dropColumn('sentences').execute()
}
