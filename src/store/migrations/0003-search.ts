import { type Kysely, sql } from 'kysely'
import { isPostgres } from '../dialect.js'

/** What each searchable table indexes: the text columns, in ranking order. */
const INDEXED = {
  articles: ['headline', 'text'],
  statements: ['speaker_text', 'content_text'],
  claims: ['text'],
  entities: ['name'],
} as const

/**
 * Full-text search. SQLite: one FTS5 table per searchable table, holding its own copy of the
 * text beside the row's id (external-content tables key on rowid, which VACUUM may change),
 * kept in step by triggers and filled from the rows already stored. PostgreSQL: GIN indexes
 * on the same text as tsvector expressions, which index existing rows as they are built.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  // the orders the API lists by: disputes by recent activity, articles newest first
  await db.schema
    .createIndex('claims_disputed_last_seen')
    .on('claims')
    .columns(['disputed', 'last_seen', 'id'])
    .execute()
  await db.schema
    .createIndex('claims_last_seen_id')
    .on('claims')
    .columns(['last_seen', 'id'])
    .execute()
  await db.schema.createIndex('articles_created_at').on('articles').column('created_at').execute()
  // the newest write, read on every request by the server's response cache
  await db.schema.createIndex('claims_updated_at').on('claims').column('updated_at').execute()
  if (isPostgres(db)) return upPostgres(db)
  for (const [table, cols] of Object.entries(INDEXED)) {
    const fts = `${table}_fts`
    const list = cols.join(', ')
    const values = (row: 'new' | 'old') => cols.map((c) => `${row}.${c}`).join(', ')
    await sql
      .raw(
        `create virtual table ${fts} using fts5(id unindexed, ${list}, tokenize = 'porter unicode61 remove_diacritics 2')`,
      )
      .execute(db)
    await sql
      .raw(
        `create trigger ${fts}_insert after insert on ${table} begin insert into ${fts} (id, ${list}) values (new.id, ${values('new')}); end`,
      )
      .execute(db)
    await sql
      .raw(
        `create trigger ${fts}_delete after delete on ${table} begin delete from ${fts} where id = old.id; end`,
      )
      .execute(db)
    await sql
      .raw(
        `create trigger ${fts}_update after update of ${list} on ${table} begin delete from ${fts} where id = old.id; insert into ${fts} (id, ${list}) values (new.id, ${values('new')}); end`,
      )
      .execute(db)
    await sql.raw(`insert into ${fts} (id, ${list}) select id, ${list} from ${table}`).execute(db)
  }
  // aliases ("Kiev", "the head of the group") find their entity too
  await sql
    .raw(
      `create virtual table entity_aliases_fts using fts5(entity_id unindexed, alias, tokenize = 'porter unicode61 remove_diacritics 2')`,
    )
    .execute(db)
  await sql
    .raw(
      `create trigger entity_aliases_fts_insert after insert on entity_aliases begin insert into entity_aliases_fts (entity_id, alias) values (new.entity_id, new.alias); end`,
    )
    .execute(db)
  await sql
    .raw(
      `create trigger entity_aliases_fts_delete after delete on entity_aliases begin delete from entity_aliases_fts where entity_id = old.entity_id and alias = old.alias; end`,
    )
    .execute(db)
  await sql
    .raw(
      `insert into entity_aliases_fts (entity_id, alias) select entity_id, alias from entity_aliases`,
    )
    .execute(db)
}

/** The tsvector each PostgreSQL index is built on; queries must use the very same expression. */
export const PG_DOCUMENT = {
  articles: `to_tsvector('english', coalesce("headline", '') || ' ' || "text")`,
  statements: `to_tsvector('english', coalesce("speaker_text", '') || ' ' || "content_text")`,
  claims: `to_tsvector('english', "text")`,
  entities: `to_tsvector('simple', "name")`,
  entity_aliases: `to_tsvector('simple', "alias")`,
} as const

async function upPostgres(db: Kysely<unknown>): Promise<void> {
  for (const [table, expr] of Object.entries(PG_DOCUMENT)) {
    await sql.raw(`create index ${table}_search on ${table} using gin ((${expr}))`).execute(db)
  }
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropIndex('claims_disputed_last_seen').ifExists().execute()
  await db.schema.dropIndex('claims_last_seen_id').ifExists().execute()
  await db.schema.dropIndex('articles_created_at').ifExists().execute()
  await db.schema.dropIndex('claims_updated_at').ifExists().execute()
  if (isPostgres(db)) {
    for (const table of Object.keys(PG_DOCUMENT))
      await sql.raw(`drop index if exists ${table}_search`).execute(db)
    return
  }
  for (const table of [...Object.keys(INDEXED), 'entity_aliases']) {
    for (const t of ['insert', 'delete', 'update'])
      await sql.raw(`drop trigger if exists ${table}_fts_${t}`).execute(db)
    await sql.raw(`drop table if exists ${table}_fts`).execute(db)
  }
}
