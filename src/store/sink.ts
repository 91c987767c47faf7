import type { Kysely } from 'kysely'
import type { Sink } from '../pipeline/index.js'
import { hasDocument } from './articles.js'
import { saveDocuments } from './save-document.js'
import type { Database } from './schema.js'

/** The ledger as the place the reading pipeline keeps what it reads. */
export function ledgerSink(db: Kysely<Database>): Sink {
  return { has: (h) => hasDocument(db, h), saveMany: (ps, link) => saveDocuments(db, ps, link) }
}
