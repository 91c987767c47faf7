import { type Kysely, sql } from 'kysely'
import { isPostgres } from '../dialect.js'

/**
 * SQLite only, as 0005: entities and their aliases are written only by saveDocuments, which now
 * adds each batch's new rows to entities_fts and entity_aliases_fts in one statement each. A
 * trigger per row wrote an FTS5 index segment per document (one savepoint each).
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  if (isPostgres(db)) return
  await sql.raw('drop trigger if exists entities_fts_insert').execute(db)
  await sql.raw('drop trigger if exists entity_aliases_fts_insert').execute(db)
}

export async function down(db: Kysely<unknown>): Promise<void> {
  if (isPostgres(db)) return
  await sql
    .raw(
      'create trigger entities_fts_insert after insert on entities begin insert into entities_fts (id, name) values (new.id, new.name); end',
    )
    .execute(db)
  await sql
    .raw(
      'create trigger entity_aliases_fts_insert after insert on entity_aliases begin insert into entity_aliases_fts (entity_id, alias) values (new.entity_id, new.alias); end',
    )
    .execute(db)
}
