import Sqlite from 'better-sqlite3'
import { Kysely, Migrator, PostgresDialect, SqliteDialect } from 'kysely'
import pg from 'pg'
import * as m0001 from './migrations/0001-ledger.js'
import * as m0002 from './migrations/0002-claims-index.js'
import * as m0003 from './migrations/0003-search.js'
import * as m0004 from './migrations/0004-annotations.js'
import * as m0005 from './migrations/0005-search-batch-index.js'
import * as m0006 from './migrations/0006-entity-search-batch-index.js'
import * as m0007 from './migrations/0007-compact-spans.js'
import * as m0008 from './migrations/0008-paragraph-spans.js'
import type { Database } from './schema.js'

export type DialectName = 'sqlite' | 'postgres'

export interface Store {
  db: Kysely<Database>
  dialect: DialectName
  /** Where it lives, with any password removed: for messages. */
  location: string
  close(): Promise<void>
}

/** Every migration of the ledger's schema, by name, in order. */
export const migrations = {
  '0001-ledger': m0001,
  '0002-claims-index': m0002,
  '0003-search': m0003,
  '0004-annotations': m0004,
  '0005-search-batch-index': m0005,
  '0006-entity-search-batch-index': m0006,
  '0007-compact-spans': m0007,
  '0008-paragraph-spans': m0008,
}

// pg returns int8 (COUNT, SUM) as strings; the ledger's counts fit in a double
pg.types.setTypeParser(20, (v) => Number(v))

/** Is this location a PostgreSQL URL rather than a SQLite file path? */
export function isPostgresUrl(location: string): boolean {
  return /^postgres(ql)?:\/\//i.test(location)
}

/**
 * Opens the ledger at a SQLite path or a PostgreSQL URL and brings its schema up to date.
 * @example
 * const store = await openStore('./counterclaim.db')
 */
export async function openStore(location: string, opts: { schema?: string } = {}): Promise<Store> {
  const store = isPostgresUrl(location) ? openPostgres(location, opts.schema) : openSqlite(location)
  await migrate(store.db)
  return store
}

const STATEMENT_CACHE = 2000

function openSqlite(path: string): Store {
  const database = new Sqlite(path)
  database.pragma('journal_mode = WAL')
  database.pragma('synchronous = NORMAL')
  database.pragma('foreign_keys = ON')
  database.pragma('busy_timeout = 5000')
  // ingest keeps every document in a savepoint: its sub-journal (and temporary b-trees) in
  // memory rather than in a temporary file saves a write call for every page a document touches
  database.pragma('temp_store = MEMORY')
  // checkpoint every ~40 MB of WAL rather than every 4 MB: a batch rewrites the same index
  // pages commit after commit, and each checkpoint copies them and syncs the file
  database.pragma('wal_autocheckpoint = 10000')
  // Kysely prepares every query afresh; the ledger runs the same few hundred statements
  // again and again, so keep them prepared (SQLite re-prepares itself after a schema change)
  const statements = new Map<string, Sqlite.Statement>()
  const cached = {
    prepare(sql: string) {
      let st = statements.get(sql)
      if (!st) {
        if (statements.size >= STATEMENT_CACHE) statements.clear()
        st = database.prepare(sql)
        statements.set(sql, st)
      }
      return st
    },
    close() {
      statements.clear()
      database.close()
    },
  }
  const db = new Kysely<Database>({ dialect: new SqliteDialect({ database: cached }) })
  return { db, dialect: 'sqlite', location: path, close: () => db.destroy() }
}

function openPostgres(url: string, schema: string | undefined): Store {
  const pool = new pg.Pool({ connectionString: url, max: 4 })
  if (schema) {
    // tests isolate themselves in a schema of their own
    pool.on('connect', (client) => {
      client.query(`SET search_path TO "${schema.replace(/"/g, '')}"`).catch(() => {})
    })
  }
  const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) })
  return {
    db,
    dialect: 'postgres',
    location: url.replace(/\/\/([^:@/]+):[^@/]*@/, '//$1:***@'),
    close: () => db.destroy(),
  }
}

async function migrate(db: Kysely<Database>): Promise<void> {
  const migrator = new Migrator({
    db,
    provider: { getMigrations: async () => migrations },
  })
  const { error } = await migrator.migrateToLatest()
  if (error) throw error instanceof Error ? error : new Error(String(error))
}
