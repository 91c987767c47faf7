import { CompiledQuery, type Kysely, sql } from 'kysely'
import { isPostgres } from './dialect.js'
import { PG_DOCUMENT } from './migrations/0003-search.js'
import type { Database } from './schema.js'

export type SearchKind = 'articles' | 'statements' | 'claims' | 'entities'

export const SEARCH_KINDS: readonly SearchKind[] = ['claims', 'statements', 'articles', 'entities']

export interface SearchQuery {
  /** What the person typed; any characters, nothing in it is query syntax. */
  q: string
  kinds: readonly SearchKind[]
  /** Hits per kind. */
  limit: number
  offset: number
}

/** A piece of matched text; `marks` are [start, end) offsets of the matched words in `text`. */
export interface Snippet {
  text: string
  marks: [number, number][]
}

export interface SearchHit {
  id: string
  /** What to show as the hit's name: a headline, a claim, a speaker's words, an entity. */
  title: string
  snippet: Snippet
  /** The article a statement is in. */
  articleId?: string
  /** For entities: their type; for claims: their status. */
  detail?: string
}

export type SearchResults = Record<SearchKind, { items: SearchHit[]; next: number | null }>

/** Full-text search over the ledger; one implementation per database engine. */
export interface SearchIndex {
  search(q: SearchQuery): Promise<SearchResults>
}

const MAX_TERMS = 12

/**
 * The words of a query, lower-cased: letters and digits only, so no input is ever query syntax.
 * @example
 * queryTerms('"Kyiv" OR drones*') // ['kyiv', 'or', 'drones']
 */
export function queryTerms(q: string): string[] {
  return (
    q
      .normalize('NFKC')
      .toLowerCase()
      .match(/[\p{L}\p{N}]+/gu) ?? []
  ).slice(0, MAX_TERMS)
}

/**
 * The search index for a ledger: FTS5 tables on SQLite, GIN-indexed tsvectors on PostgreSQL.
 * Every term must match; the last one also matches as a prefix, for search as you type.
 * @example
 * const r = await searchIndex(db).search({ q: 'drone attack', kinds: SEARCH_KINDS, limit: 10, offset: 0 })
 */
export function searchIndex(db: Kysely<Database>): SearchIndex {
  return isPostgres(db) ? postgresIndex(db) : sqliteIndex(db)
}

/** Does a word of the text match a query term? Roughly as the stemmers do: a shared stem. */
function matchesTerm(word: string, terms: string[]): boolean {
  const w = word.toLowerCase()
  return terms.some((t) => w.startsWith(t.length > 5 ? t.slice(0, Math.max(5, t.length - 3)) : t))
}

/**
 * A window of a text around its first matching word, with the matching words marked.
 * @example
 * makeSnippet('Troops captured the town', ['capture'], 40) // marks [7, 15]
 */
export function makeSnippet(text: string, terms: string[], width: number): Snippet {
  let first: RegExpExecArray | undefined
  for (const m of text.matchAll(/[\p{L}\p{N}]+/gu)) {
    if (matchesTerm(m[0], terms)) {
      first = m
      break
    }
  }
  let start = 0
  if (first && first.index > width / 3) {
    start = first.index - Math.floor(width / 3)
    const space = text.indexOf(' ', start)
    if (space >= 0 && space < first.index) start = space + 1
  }
  let end = Math.min(text.length, start + width)
  if (end < text.length) {
    const space = text.lastIndexOf(' ', end)
    if (space > start + width / 2) end = space
  }
  const prefix = start > 0 ? '…' : ''
  const body = text.slice(start, end).replace(/\s+/g, ' ')
  const shown = `${prefix}${body}${end < text.length ? '…' : ''}`
  const marks: [number, number][] = []
  for (const m of body.matchAll(/[\p{L}\p{N}]+/gu))
    if (matchesTerm(m[0], terms))
      marks.push([prefix.length + m.index, prefix.length + m.index + m[0].length])
  return { text: shown, marks }
}

function page<T>(rows: T[], q: SearchQuery): { items: T[]; next: number | null } {
  return {
    items: rows.slice(0, q.limit),
    next: rows.length > q.limit ? q.offset + q.limit : null,
  }
}

function empty(): SearchResults {
  return {
    articles: { items: [], next: null },
    statements: { items: [], next: null },
    claims: { items: [], next: null },
    entities: { items: [], next: null },
  }
}

/**
 * How many matches are ranked: the newest this many (SQLite) or the first found (PostgreSQL).
 * Ranking every match of a very common word costs more than it tells.
 */
export const RANK_WINDOW = 500
/** Articles are long, so ranking one costs more: a smaller window. */
const ARTICLE_WINDOW = 200

function sqliteIndex(db: Kysely<Database>): SearchIndex {
  // ranked inside a window of the newest matches, then joined to the rows for the page only
  const ranked = (table: string, weights: string, window = RANK_WINDOW) =>
    `(select id, r, rid from (select id, bm25(${table}, ${weights}) as r, rowid as rid from ${table} where ${table} match ? order by rowid desc limit ${window}) order by r, rid desc limit ? offset ?)`
  return {
    async search(q) {
      const terms = queryTerms(q.q)
      const out = empty()
      if (terms.length === 0) return out
      // each term quoted (a phrase of one word); whole words first, since expanding a prefix
      // costs more, and the last term as a prefix only where whole words find too little
      const exact = terms.map((t) => `"${t}"`).join(' ')
      const prefix = `${exact}*`
      const n = q.limit + 1
      // the mode is decided on the first page's worth, so every page of a query uses the same one
      const wholeWordsEnough = async (fts: string) => {
        const r = await db.executeQuery<{ n: number }>(
          CompiledQuery.raw(
            `select count(*) as n from (select 1 from ${fts} where ${fts} match ? limit ?)`,
            [exact, n],
          ),
        )
        return Number(r.rows[0]?.n ?? 0) >= n
      }
      const run = async <R>(
        fts: string,
        text: string,
        values: (match: string) => unknown[] = (m) => [m, n, q.offset],
      ) => {
        const query = (m: string) =>
          db.executeQuery<R>(CompiledQuery.raw(text, values(m))).then((r) => r.rows)
        if (q.offset === 0) {
          const rows = await query(exact)
          return rows.length >= n ? rows : query(prefix)
        }
        return query((await wholeWordsEnough(fts)) ? exact : prefix)
      }
      if (q.kinds.includes('claims')) {
        const rows = await run<{ id: string; text: string; status: string }>(
          'claims_fts',
          `select c.id, c.text, c.status from ${ranked('claims_fts', '0, 1.0')} m join claims c on c.id = m.id where c.status != 'merged' order by m.r, m.rid desc`,
        )
        out.claims = page(
          rows.map((r) => ({
            id: r.id,
            title: r.text,
            snippet: makeSnippet(r.text, terms, 200),
            detail: r.status,
          })),
          q,
        )
      }
      if (q.kinds.includes('statements')) {
        // a match in who speaks counts more than one in what is said
        const rows = await run<{
          id: string
          article_id: string
          title: string | null
          content: string
        }>(
          'statements_fts',
          `select s.id, s.article_id, coalesce(e.name, s.speaker_text) as title, s.content_text as content from ${ranked('statements_fts', '0, 4.0, 1.0')} m join statements s on s.id = m.id left join entities e on e.id = s.speaker_entity_id order by m.r, m.rid desc`,
        )
        out.statements = page(
          rows.map((r) => ({
            id: r.id,
            title: r.title ?? '(no source)',
            snippet: makeSnippet(r.content, terms, 240),
            articleId: r.article_id,
          })),
          q,
        )
      }
      if (q.kinds.includes('articles')) {
        const rows = await run<{
          id: string
          headline: string | null
          text: string
          body_start: number
        }>(
          'articles_fts',
          `select a.id, a.headline, a.text, a.body_start from ${ranked('articles_fts', '0, 5.0, 1.0', ARTICLE_WINDOW)} m join articles a on a.id = m.id order by m.r, m.rid desc`,
        )
        out.articles = page(
          rows.map((r) => ({
            id: r.id,
            title: r.headline ?? '(no headline)',
            snippet: makeSnippet(r.text.slice(r.body_start), terms, 240),
          })),
          q,
        )
      }
      if (q.kinds.includes('entities')) {
        const rows = await run<{ id: string; name: string; type: string; alias: string | null }>(
          'entities_fts',
          `select e.id, e.name, e.type, min(m.alias) as alias from (
            select id, null as alias, rank from entities_fts where entities_fts match ?
            union all
            select entity_id as id, alias, rank from entity_aliases_fts where entity_aliases_fts match ?
          ) m join entities e on e.id = m.id
          group by e.id, e.name, e.type
          order by min(m.rank), e.id
          limit ? offset ?`,
          (m) => [m, m, n, q.offset],
        )
        out.entities = page(
          rows.map((r) => entityHit(r, terms)),
          q,
        )
      }
      return out
    },
  }
}

function entityHit(
  r: { id: string; name: string; type: string; alias: string | null },
  terms: string[],
): SearchHit {
  const shown = r.alias && r.alias !== r.name ? `${r.name} (${r.alias})` : r.name
  return { id: r.id, title: r.name, snippet: markTerms(shown, terms), detail: r.type }
}

/** Marks the words of a short text that match a query term (names need no window). */
function markTerms(text: string, terms: string[]): Snippet {
  const marks: [number, number][] = []
  for (const m of text.matchAll(/[\p{L}\p{N}]+/gu))
    if (matchesTerm(m[0], terms)) marks.push([m.index, m.index + m[0].length])
  return { text, marks }
}

function postgresIndex(db: Kysely<Database>): SearchIndex {
  return {
    async search(q) {
      const terms = queryTerms(q.q)
      const out = empty()
      if (terms.length === 0) return out
      const tsq = terms.map((t, i) => (i === terms.length - 1 ? `${t}:*` : t)).join(' & ')
      const n = q.limit + 1
      const english = sql`to_tsquery('english', ${tsq})`
      const simple = sql`to_tsquery('simple', ${tsq})`
      const doc = (table: keyof typeof PG_DOCUMENT) => sql.raw(PG_DOCUMENT[table])
      if (q.kinds.includes('claims')) {
        const rows = await sql<{ id: string; text: string; status: string }>`
          with query as (select ${english} as query),
          hits as (select id, "text", status, ${doc('claims')} as d from claims, query
            where ${doc('claims')} @@ query and status != 'merged' limit ${RANK_WINDOW})
          select id, "text", status from hits, query
          order by ts_rank(d, query) desc, id limit ${n} offset ${q.offset}`.execute(db)
        out.claims = page(
          rows.rows.map((r) => ({
            id: r.id,
            title: r.text,
            snippet: makeSnippet(r.text, terms, 200),
            detail: r.status,
          })),
          q,
        )
      }
      if (q.kinds.includes('statements')) {
        // a match in who speaks counts more than one in what is said
        const rows = await sql<{
          id: string
          article_id: string
          title: string | null
          content_text: string
        }>`
          with query as (select ${english} as query),
          hits as (select id, article_id, speaker_entity_id, speaker_text, content_text, ${doc('statements')} as d
            from statements, query where ${doc('statements')} @@ query limit ${RANK_WINDOW}),
          page as (select *, ts_rank(d, query) + case when to_tsvector('english', coalesce(speaker_text, '')) @@ query then 1 else 0 end as r
            from hits, query order by r desc, id limit ${n} offset ${q.offset})
          select p.id, p.article_id, coalesce(e.name, p.speaker_text) as title, p.content_text
          from page p left join entities e on e.id = p.speaker_entity_id order by p.r desc, p.id`.execute(
          db,
        )
        out.statements = page(
          rows.rows.map((r) => ({
            id: r.id,
            title: r.title ?? '(no source)',
            snippet: makeSnippet(r.content_text, terms, 240),
            articleId: r.article_id,
          })),
          q,
        )
      }
      if (q.kinds.includes('articles')) {
        // ranked on the headline: ranking long texts means rebuilding their vectors
        const rows = await sql<{
          id: string
          headline: string | null
          text: string
          body_start: number
        }>`
          with query as (select ${english} as query),
          hits as (select id, headline, created_at from articles, query
            where ${doc('articles')} @@ query limit ${ARTICLE_WINDOW}),
          page as (select id, ts_rank(to_tsvector('english', coalesce(headline, '')), query) as r, created_at
            from hits, query order by r desc, created_at desc, id limit ${n} offset ${q.offset})
          select a.id, a.headline, a."text", a.body_start from page p join articles a on a.id = p.id
          order by p.r desc, p.created_at desc, p.id`.execute(db)
        out.articles = page(
          rows.rows.map((r) => ({
            id: r.id,
            title: r.headline ?? '(no headline)',
            snippet: makeSnippet(r.text.slice(r.body_start), terms, 240),
          })),
          q,
        )
      }
      if (q.kinds.includes('entities')) {
        const rows = await sql<{ id: string; name: string; type: string; alias: string | null }>`
          with query as (select ${simple} as query),
          m as (
            select id, null::text as alias from entities, query where ${doc('entities')} @@ query
            union all
            select entity_id as id, alias from entity_aliases, query where ${doc('entity_aliases')} @@ query)
          select e.id, e.name, e.type, min(m.alias) as alias from m join entities e on e.id = m.id
          group by e.id, e.name, e.type
          order by bool_or(m.alias is null) desc, e.id
          limit ${n} offset ${q.offset}`.execute(db)
        out.entities = page(
          rows.rows.map((r) => entityHit(r, terms)),
          q,
        )
      }
      return out
    },
  }
}
