import { type Kysely, PostgresAdapter } from 'kysely'

/** Does this connection speak PostgreSQL (rather than SQLite)? For the few queries that differ. */
export function isPostgres(db: Pick<Kysely<unknown>, 'getExecutor'>): boolean {
  return db.getExecutor().adapter instanceof PostgresAdapter
}
