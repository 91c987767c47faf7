import { type Kysely, sql } from 'kysely'
import { isPostgres } from '../dialect.js'

/** The tables whose rows saveDocuments adds to the search index itself, with their columns. */
const BATCH_INDEXED = {
  articles: ['headline', 'text'],
  statements: ['speaker_text', 'content_text'],
} as const

/**
 * SQLite only (PostgreSQL's indexes keep themselves). Articles and statements are written only
 * by saveDocuments, which now adds each batch of them to articles_fts and statements_fts in one
 * statement (FTS5 writes a new index segment at every savepoint, so a trigger per row cost a
 * segment per document). Their insert triggers go; the update and delete triggers of 0003 stay.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  if (isPostgres(db)) return
  for (const table of Object.keys(BATCH_INDEXED))
    await sql.raw(`drop trigger if exists ${table}_fts_insert`).execute(db)
}

export async function down(db: Kysely<unknown>): Promise<void> {
  if (isPostgres(db)) return
  for (const [table, cols] of Object.entries(BATCH_INDEXED)) {
    const fts = `${table}_fts`
    const list = cols.join(', ')
    const values = cols.map((c) => `new.${c}`).join(', ')
    await sql
      .raw(
        `create trigger ${fts}_insert after insert on ${table} begin insert into ${fts} (id, ${list}) values (new.id, ${values}); end`,
      )
      .execute(db)
  }
}
