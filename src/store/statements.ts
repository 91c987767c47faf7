import type { Kysely } from 'kysely'
import type { Database, StatementTable } from './schema.js'

/** A statement as the export, the API and the CLI show it (docs/schema.md). */
export interface StatementRecord {
  id: string
  articleId: string
  sentence: number
  speaker: {
    text: string
    entityId: string | null
    entityName: string | null
    start: number
    end: number
  } | null
  cue: { text: string; start: number; end: number }
  content: { text: string; start: number; end: number }
  mode: string
  polarity: string
  hedges: string[]
  evidence: { kind: string; qualifiers: string[]; text?: string }[]
  time: { text: string; value: string | null; relative: string | null } | null
  why: { rule: string; confidence: number }
}

type Row = StatementTable & { entity_name: string | null }

export function toStatementRecord(r: Row): StatementRecord {
  return {
    id: r.id,
    articleId: r.article_id,
    sentence: r.sentence_idx,
    speaker:
      r.speaker_text !== null && r.speaker_start !== null && r.speaker_end !== null
        ? {
            text: r.speaker_text,
            entityId: r.speaker_entity_id,
            entityName: r.entity_name,
            start: r.speaker_start,
            end: r.speaker_end,
          }
        : null,
    cue: { text: r.cue_text, start: r.cue_start, end: r.cue_end },
    content: { text: r.content_text, start: r.content_start, end: r.content_end },
    mode: r.mode,
    polarity: r.polarity,
    hedges: JSON.parse(r.hedges),
    evidence: JSON.parse(r.evidence),
    time: r.time ? JSON.parse(r.time) : null,
    why: { rule: r.rule, confidence: r.confidence },
  }
}

function base(db: Kysely<Database>) {
  return db
    .selectFrom('statements')
    .leftJoin('entities', 'entities.id', 'statements.speaker_entity_id')
    .selectAll('statements')
    .select('entities.name as entity_name')
}

export interface StatementFilter {
  articleId?: string
  /** Matches the speaker's entity name, an alias, or the speaker text (case-insensitive substring). */
  speaker?: string
  limit: number
  offset: number
}

/** Statements in article order, filtered by article or speaker. */
export async function listStatements(
  db: Kysely<Database>,
  f: StatementFilter,
): Promise<StatementRecord[]> {
  let q = base(db)
  if (f.articleId) q = q.where('statements.article_id', '=', f.articleId)
  if (f.speaker) {
    // wildcards are dropped rather than escaped: SQLite and PostgreSQL escape LIKE differently
    const like = `%${f.speaker.toLowerCase().replace(/[%_]/g, '')}%`
    q = q.where((eb) =>
      eb.or([
        eb(eb.fn('lower', ['entities.name']), 'like', like),
        eb(eb.fn('lower', ['statements.speaker_text']), 'like', like),
        eb(
          'statements.speaker_entity_id',
          'in',
          eb
            .selectFrom('entity_aliases')
            .select('entity_aliases.entity_id')
            .where((ab) => ab(ab.fn('lower', ['entity_aliases.alias']), 'like', like)),
        ),
      ]),
    )
  }
  const rows = await q
    .orderBy('statements.article_id')
    .orderBy('statements.cue_start')
    .limit(f.limit)
    .offset(f.offset)
    .execute()
  return rows.map(toStatementRecord)
}

/** Every statement, a page at a time, for export. */
export async function* iterateStatements(
  db: Kysely<Database>,
  pageSize = 500,
): AsyncGenerator<StatementRecord> {
  let after = ''
  for (;;) {
    const rows = await base(db)
      .where('statements.id', '>', after)
      .orderBy('statements.id')
      .limit(pageSize)
      .execute()
    for (const r of rows) yield toStatementRecord(r)
    if (rows.length < pageSize) return
    after = rows.at(-1)!.id
  }
}

/** Statements by id, with the text of the sentence each came from and its article's source. */
export async function listStatementsByIds(
  db: Kysely<Database>,
  ids: string[],
): Promise<(StatementRecord & { sentenceText: string; articleSource: string })[]> {
  if (ids.length === 0) return []
  const rows = await base(db)
    .innerJoin('articles', 'articles.id', 'statements.article_id')
    .select([
      'articles.text as article_text',
      'articles.source as article_source',
      'articles.sentences as article_sentences',
    ])
    .where('statements.id', 'in', ids)
    .execute()
  return rows.map((r) => {
    const span = (JSON.parse(r.article_sentences ?? '[]') as [number, number][])[r.sentence_idx]
    return {
      ...toStatementRecord(r),
      sentenceText: span ? r.article_text.slice(span[0], span[1]) : '',
      articleSource: r.article_source,
    }
  })
}
