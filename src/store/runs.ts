import type { Kysely } from 'kysely'
import type { IngestSummary } from '../pipeline/index.js'
import { idFor } from './ids.js'
import type { Database } from './schema.js'

/** Keeps a batch's summary, failures included, so they outlive the terminal. */
export async function recordRun(
  db: Kysely<Database>,
  startedAt: string,
  s: IngestSummary,
): Promise<string> {
  const id = idFor('run', `${startedAt}:${Math.random()}`)
  await db
    .insertInto('ingest_runs')
    .values({
      id,
      started_at: startedAt,
      finished_at: new Date().toISOString(),
      read: s.read,
      added: s.added,
      duplicates: s.duplicates,
      failed: s.failed,
      failures: JSON.stringify(s.failures),
    })
    .execute()
  return id
}
