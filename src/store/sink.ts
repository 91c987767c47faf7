import type { Kysely } from 'kysely'
import type { Sink } from '../pipeline/index.js'
import { hasDocument } from './articles.js'
import { StoredEntities, saveDocuments } from './save-document.js'
import type { Database } from './schema.js'

/** The ledger as the place the reading pipeline keeps what it reads. */
export function ledgerSink(db: Kysely<Database>): Sink {
  // the entity rows this sink has stored, so later batches skip upserts that change nothing
  const known = new StoredEntities()
  return {
    has: (h) => hasDocument(db, h),
    saveMany: (ps, link) => saveDocuments(db, ps, link, known),
  }
}
