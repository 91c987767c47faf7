import type { Kysely } from 'kysely'

// The whole ledger's tables at once; later changes come as new migrations.
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('outlets')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('name', 'text', (c) => c.notNull().unique())
    .addColumn('domain', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute()

  await db.schema
    .createTable('documents')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('source', 'text', (c) => c.notNull())
    .addColumn('url', 'text')
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('content_hash', 'text', (c) => c.notNull().unique())
    .addColumn('bytes', 'integer', (c) => c.notNull())
    .addColumn('charset', 'text', (c) => c.notNull())
    .addColumn('charset_rule', 'text', (c) => c.notNull())
    .addColumn('raw', 'text', (c) => c.notNull())
    .addColumn('ingested_at', 'text', (c) => c.notNull())
    .execute()

  await db.schema
    .createTable('articles')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('document_id', 'text', (c) => c.notNull().unique().references('documents.id'))
    .addColumn('outlet_id', 'text', (c) => c.references('outlets.id'))
    .addColumn('source', 'text', (c) => c.notNull())
    .addColumn('content_hash', 'text', (c) => c.notNull())
    .addColumn('headline', 'text')
    .addColumn('byline', 'text')
    .addColumn('published_at', 'text')
    .addColumn('url', 'text')
    .addColumn('language', 'text', (c) => c.notNull())
    .addColumn('text', 'text', (c) => c.notNull())
    .addColumn('body_start', 'integer', (c) => c.notNull())
    .addColumn('paragraphs', 'text', (c) => c.notNull())
    .addColumn('captions', 'text', (c) => c.notNull())
    .addColumn('related_headlines', 'text', (c) => c.notNull())
    .addColumn('why', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute()
  await db.schema
    .createIndex('articles_published_at')
    .on('articles')
    .column('published_at')
    .execute()

  await db.schema
    .createTable('sentences')
    .addColumn('article_id', 'text', (c) => c.notNull().references('articles.id'))
    .addColumn('idx', 'integer', (c) => c.notNull())
    .addColumn('start', 'integer', (c) => c.notNull())
    .addColumn('end', 'integer', (c) => c.notNull())
    .addPrimaryKeyConstraint('sentences_pk', ['article_id', 'idx'])
    .execute()

  await db.schema
    .createTable('entities')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('key', 'text', (c) => c.notNull().unique())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('type', 'text', (c) => c.notNull())
    .addColumn('affiliation', 'text')
    .addColumn('affiliation_rule', 'text')
    .addColumn('lat', 'double precision')
    .addColumn('lon', 'double precision')
    .addColumn('place_kind', 'text')
    .addColumn('country', 'text')
    .addColumn('rule', 'text', (c) => c.notNull())
    .addColumn('confidence', 'double precision', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute()
  await db.schema.createIndex('entities_name').on('entities').column('name').execute()

  await db.schema
    .createTable('entity_aliases')
    .addColumn('entity_id', 'text', (c) => c.notNull().references('entities.id'))
    .addColumn('alias', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('entity_aliases_pk', ['entity_id', 'alias'])
    .execute()

  await db.schema
    .createTable('mentions')
    .addColumn('article_id', 'text', (c) => c.notNull().references('articles.id'))
    .addColumn('entity_id', 'text', (c) => c.notNull().references('entities.id'))
    .addColumn('start', 'integer', (c) => c.notNull())
    .addColumn('end', 'integer', (c) => c.notNull())
    .addColumn('text', 'text', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('rule', 'text', (c) => c.notNull())
    .addColumn('confidence', 'double precision', (c) => c.notNull())
    .addPrimaryKeyConstraint('mentions_pk', ['article_id', 'start', 'end'])
    .execute()
  await db.schema.createIndex('mentions_entity').on('mentions').column('entity_id').execute()

  await db.schema
    .createTable('time_expressions')
    .addColumn('article_id', 'text', (c) => c.notNull().references('articles.id'))
    .addColumn('start', 'integer', (c) => c.notNull())
    .addColumn('end', 'integer', (c) => c.notNull())
    .addColumn('text', 'text', (c) => c.notNull())
    .addColumn('value', 'text')
    .addColumn('granularity', 'text', (c) => c.notNull())
    .addColumn('relative', 'text')
    .addColumn('rule', 'text', (c) => c.notNull())
    .addColumn('confidence', 'double precision', (c) => c.notNull())
    .addPrimaryKeyConstraint('time_expressions_pk', ['article_id', 'start'])
    .execute()

  await db.schema
    .createTable('statements')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('article_id', 'text', (c) => c.notNull().references('articles.id'))
    .addColumn('sentence_idx', 'integer', (c) => c.notNull())
    .addColumn('speaker_text', 'text')
    .addColumn('speaker_entity_id', 'text', (c) => c.references('entities.id'))
    .addColumn('speaker_start', 'integer')
    .addColumn('speaker_end', 'integer')
    .addColumn('cue_text', 'text', (c) => c.notNull())
    .addColumn('cue_start', 'integer', (c) => c.notNull())
    .addColumn('cue_end', 'integer', (c) => c.notNull())
    .addColumn('content_text', 'text', (c) => c.notNull())
    .addColumn('content_start', 'integer', (c) => c.notNull())
    .addColumn('content_end', 'integer', (c) => c.notNull())
    .addColumn('mode', 'text', (c) => c.notNull())
    .addColumn('polarity', 'text', (c) => c.notNull())
    .addColumn('hedges', 'text', (c) => c.notNull())
    .addColumn('evidence', 'text', (c) => c.notNull())
    .addColumn('time', 'text')
    .addColumn('rule', 'text', (c) => c.notNull())
    .addColumn('confidence', 'double precision', (c) => c.notNull())
    .execute()
  await db.schema.createIndex('statements_article').on('statements').column('article_id').execute()
  await db.schema
    .createIndex('statements_speaker')
    .on('statements')
    .column('speaker_entity_id')
    .execute()

  await db.schema
    .createTable('claims')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('text', 'text', (c) => c.notNull())
    .addColumn('frame', 'text', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('places', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('disputed', 'integer', (c) => c.notNull())
    .addColumn('first_seen', 'text')
    .addColumn('last_seen', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute()
  await db.schema.createIndex('claims_last_seen').on('claims').column('last_seen').execute()

  await db.schema
    .createTable('stances')
    .addColumn('claim_id', 'text', (c) => c.notNull().references('claims.id'))
    .addColumn('statement_id', 'text', (c) => c.notNull().references('statements.id'))
    .addColumn('stance', 'text', (c) => c.notNull())
    .addColumn('rule', 'text', (c) => c.notNull())
    .addColumn('confidence', 'double precision', (c) => c.notNull())
    .addColumn('grouping', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('stances_pk', ['claim_id', 'statement_id'])
    .execute()
  await db.schema.createIndex('stances_statement').on('stances').column('statement_id').execute()

  await db.schema
    .createTable('claim_decisions')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('action', 'text', (c) => c.notNull())
    .addColumn('payload', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute()

  await db.schema
    .createTable('ingest_runs')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('started_at', 'text', (c) => c.notNull())
    .addColumn('finished_at', 'text')
    .addColumn('read', 'integer', (c) => c.notNull())
    .addColumn('added', 'integer', (c) => c.notNull())
    .addColumn('duplicates', 'integer', (c) => c.notNull())
    .addColumn('failed', 'integer', (c) => c.notNull())
    .addColumn('failures', 'text', (c) => c.notNull())
    .execute()
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const t of [
    'ingest_runs',
    'claim_decisions',
    'stances',
    'claims',
    'statements',
    'time_expressions',
    'mentions',
    'entity_aliases',
    'entities',
    'sentences',
    'articles',
    'documents',
    'outlets',
  ]) {
    await db.schema.dropTable(t).ifExists().execute()
  }
}
