import type { Kysely } from 'kysely'
import type { Database, EntityTable } from '../schema.js'

export interface EntityQuery {
  /** Part of the name (case-insensitive). */
  q?: string
  type?: string
  affiliation?: string
  /** Only entities that speak in at least one statement. */
  speakers?: boolean
  limit: number
  offset: number
}

export interface EntitySummary {
  id: string
  name: string
  type: string
  affiliation: string | null
  geo: { lat: number; lon: number } | null
  country: string | null
  /** For places: city, region or country (from the gazetteer). */
  placeKind: string | null
  why: { rule: string; confidence: number; affiliation: string | null }
}

export interface EntityDetail extends EntitySummary {
  aliases: string[]
  mentions: number
  articles: number
  statements: number
}

function summary(r: EntityTable): EntitySummary {
  return {
    id: r.id,
    name: r.name,
    type: r.type,
    affiliation: r.affiliation,
    geo: r.lat !== null && r.lon !== null ? { lat: r.lat, lon: r.lon } : null,
    country: r.country,
    placeKind: r.place_kind,
    why: { rule: r.rule, confidence: r.confidence, affiliation: r.affiliation_rule },
  }
}

/**
 * Entities by name, filtered; one row more than `limit` when there is a next page.
 * @example
 * await findEntities(db, { type: 'person', speakers: true, limit: 50, offset: 0 })
 */
export async function findEntities(db: Kysely<Database>, f: EntityQuery): Promise<EntitySummary[]> {
  let q = db.selectFrom('entities').selectAll('entities')
  if (f.type) q = q.where('entities.type', '=', f.type)
  if (f.affiliation) q = q.where('entities.affiliation', '=', f.affiliation)
  if (f.q) {
    const like = `%${f.q.toLowerCase().replace(/[%_\\]/g, '')}%`
    q = q.where((eb) => eb(eb.fn('lower', ['entities.name']), 'like', like))
  }
  if (f.speakers)
    q = q.where(({ exists, selectFrom }) =>
      exists(
        selectFrom('statements')
          .select('statements.id')
          .whereRef('statements.speaker_entity_id', '=', 'entities.id'),
      ),
    )
  const rows = await q
    .orderBy('entities.name')
    .orderBy('entities.id')
    .limit(f.limit + 1)
    .offset(f.offset)
    .execute()
  return rows.map(summary)
}

/**
 * One entity with its aliases and how often it is mentioned and speaks; undefined when absent.
 * @example
 * const e = await entityDetail(db, 'ent_0123456789ab')
 */
export async function entityDetail(
  db: Kysely<Database>,
  id: string,
): Promise<EntityDetail | undefined> {
  const row = await db.selectFrom('entities').selectAll().where('id', '=', id).executeTakeFirst()
  if (!row) return undefined
  const aliases = await db
    .selectFrom('entity_aliases')
    .select('alias')
    .where('entity_id', '=', id)
    .orderBy('alias')
    .execute()
  const m = await db
    .selectFrom('article_entities')
    .select((eb) => [
      eb.fn.coalesce(eb.fn.sum<number>('mention_count'), eb.lit(0)).as('mentions'),
      eb.fn.countAll<number>().as('articles'),
    ])
    .where('entity_id', '=', id)
    .executeTakeFirstOrThrow()
  const s = await db
    .selectFrom('statements')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('speaker_entity_id', '=', id)
    .executeTakeFirstOrThrow()
  return {
    ...summary(row),
    aliases: aliases.map((a) => a.alias).filter((a) => a !== row.name),
    mentions: Number(m.mentions),
    articles: Number(m.articles),
    statements: Number(s.n),
  }
}
