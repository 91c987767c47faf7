import type { Kysely } from 'kysely'

// claim grouping across articles: identity keys, an inverted term index, and near-duplicate bands
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('claims').addColumn('key', 'text').execute()
  await db.schema.createIndex('claims_key').on('claims').column('key').unique().execute()
  await db.schema
    .createTable('claim_terms')
    .addColumn('term', 'text', (c) => c.notNull())
    .addColumn('claim_id', 'text', (c) => c.notNull().references('claims.id'))
    .addPrimaryKeyConstraint('claim_terms_pk', ['term', 'claim_id'])
    .execute()
  await db.schema.createIndex('claim_terms_claim').on('claim_terms').column('claim_id').execute()

  await db.schema.alterTable('articles').addColumn('fingerprint', 'text').execute()
  await db.schema.alterTable('articles').addColumn('syndication_id', 'text').execute()
  await db.schema
    .createIndex('articles_syndication')
    .on('articles')
    .column('syndication_id')
    .execute()
  await db.schema
    .createTable('article_bands')
    .addColumn('band', 'text', (c) => c.notNull())
    .addColumn('article_id', 'text', (c) => c.notNull().references('articles.id'))
    .addPrimaryKeyConstraint('article_bands_pk', ['band', 'article_id'])
    .execute()
  await db.schema.createIndex('stances_claim').on('stances').column('claim_id').execute()
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('article_bands').ifExists().execute()
  await db.schema.dropTable('claim_terms').ifExists().execute()
  await db.schema.dropIndex('claims_key').ifExists().execute()
  await db.schema.dropIndex('stances_claim').ifExists().execute()
  await db.schema.dropIndex('articles_syndication').ifExists().execute()
  await db.schema.alterTable('claims').dropColumn('key').execute()
  await db.schema.alterTable('articles').dropColumn('fingerprint').execute()
  await db.schema.alterTable('articles').dropColumn('syndication_id').execute()
}
