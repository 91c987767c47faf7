import type { Kysely } from 'kysely'

// analysts' notes on claims, optionally about one statement of the claim
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('annotations')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('claim_id', 'text', (c) => c.notNull().references('claims.id'))
    // no foreign key: statements go with their article and come back with the same id
    .addColumn('statement_id', 'text')
    .addColumn('text', 'text', (c) => c.notNull())
    .addColumn('author', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute()
  // a claim's notes, oldest first
  await db.schema
    .createIndex('annotations_claim_created')
    .on('annotations')
    .columns(['claim_id', 'created_at'])
    .execute()
  // the newest note, read on every request by the server's response cache (PostgreSQL)
  await db.schema
    .createIndex('annotations_created_at')
    .on('annotations')
    .column('created_at')
    .execute()
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropIndex('annotations_created_at').ifExists().execute()
  await db.schema.dropIndex('annotations_claim_created').ifExists().execute()
  await db.schema.dropTable('annotations').ifExists().execute()
}
