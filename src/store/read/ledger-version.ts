import { type Kysely, sql } from 'kysely'
import { isPostgres } from '../dialect.js'
import type { Database } from '../schema.js'

/**
 * A value that changes whenever the ledger does, cheap enough to read on every request.
 * SQLite: `data_version`, which moves when another connection commits (an `ingest` run while
 * the server is up), beside `ownWrites`, which the caller bumps after its own writes.
 * PostgreSQL: the newest article, the newest claim change and the newest analyst's note (all
 * indexed); notes are only ever added, and a merge that moves them changes its claims.
 * @example
 * const v = await ledgerVersion(db, writes)
 */
export async function ledgerVersion(db: Kysely<Database>, ownWrites: number): Promise<string> {
  if (isPostgres(db)) {
    const r = await sql<{ a: string | null; c: string | null; n: string | null }>`
      select (select max(created_at) from articles) as a, (select max(updated_at) from claims) as c,
        (select max(created_at) from annotations) as n`.execute(db)
    const row = r.rows[0]
    return `${ownWrites}|${row?.a ?? ''}|${row?.c ?? ''}|${row?.n ?? ''}`
  }
  const r = await sql<{ data_version: number }>`pragma data_version`.execute(db)
  return `${ownWrites}|${r.rows[0]?.data_version ?? 0}`
}
