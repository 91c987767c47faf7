import { randomBytes } from 'node:crypto'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import pg from 'pg'
import { type DialectName, openStore, type Store } from './db.js'

/** PostgreSQL for storage tests; COUNTERCLAIM_TEST_PG=off skips it on machines without one. */
export const TEST_PG_URL =
  process.env.COUNTERCLAIM_TEST_PG ?? 'postgres://postgres@127.0.0.1:5432/postgres'

export const DIALECTS: DialectName[] = TEST_PG_URL === 'off' ? ['sqlite'] : ['sqlite', 'postgres']

/** A test's ledger: `reopen()` opens another connection to it, as a second process would. */
export type TestStore = Store & { drop(): Promise<void>; reopen(): Promise<Store> }

/**
 * A fresh, empty ledger for one test: a SQLite file in a temporary folder, or a PostgreSQL
 * schema of its own. `drop()` removes it.
 */
export async function freshStore(dialect: DialectName): Promise<TestStore> {
  if (dialect === 'sqlite') {
    const dir = mkdtempSync(join(tmpdir(), 'cc-test-'))
    const store = await openStore(join(dir, 'ledger.db'))
    return {
      ...store,
      reopen: () => openStore(join(dir, 'ledger.db')),
      drop: async () => {
        await store.close()
        rmSync(dir, { recursive: true, force: true })
      },
    }
  }
  const schema = `t_${randomBytes(6).toString('hex')}`
  const admin = new pg.Client({ connectionString: TEST_PG_URL })
  await admin.connect()
  await admin.query(`CREATE SCHEMA "${schema}"`)
  await admin.end()
  const store = await openStore(TEST_PG_URL, { schema })
  return {
    ...store,
    reopen: () => openStore(TEST_PG_URL, { schema }),
    drop: async () => {
      await store.close()
      const c = new pg.Client({ connectionString: TEST_PG_URL })
      await c.connect()
      await c.query(`DROP SCHEMA "${schema}" CASCADE`)
      await c.end()
    },
  }
}
