/**
 * The ledger's tables. Every column is portable between SQLite and PostgreSQL:
 * text ids, integer offsets, double precision coordinates, JSON kept as text,
 * timestamps as ISO 8601 text.
 */
export interface Database {
  outlets: OutletTable
  documents: DocumentTable
  articles: ArticleTable
  entities: EntityTable
  entity_aliases: EntityAliasTable
  article_entities: ArticleEntityTable
  time_expressions: TimeExpressionTable
  statements: StatementTable
  claims: ClaimTable
  stances: StanceTable
  claim_decisions: ClaimDecisionTable
  ingest_runs: IngestRunTable
  claim_terms: ClaimTermTable
  article_bands: ArticleBandTable
  annotations: AnnotationTable
}

export interface OutletTable {
  id: string
  name: string
  domain: string | null
  created_at: string
}

/** One input as received: what it was, where it came from, and its content hash. */
export interface DocumentTable {
  id: string
  source: string
  url: string | null
  kind: string
  content_hash: string
  bytes: number
  charset: string
  charset_rule: string
  raw: string
  ingested_at: string
}

export interface ArticleTable {
  id: string
  document_id: string
  outlet_id: string | null
  source: string
  content_hash: string
  headline: string | null
  byline: string | null
  published_at: string | null
  url: string | null
  language: string
  text: string
  body_start: number
  /** JSON: [start, end][] into `text`, one per paragraph in order (migration 0008) */
  paragraph_spans: string | null
  /** JSON: {text, credit}[] */
  captions: string
  /** JSON: string[] */
  related_headlines: string
  /** JSON: field -> {rule, confidence} */
  why: string
  created_at: string
  /** SimHash of the body, hex: near-duplicates differ in a few bits. */
  fingerprint: string | null
  /** The first-stored article of its syndication cluster (itself when original). */
  syndication_id: string | null
  /** JSON: [start, end][], one per sentence in order (migration 0007) */
  sentences: string | null
}

export interface EntityTable {
  id: string
  /** Identity across articles: type and normalised name, or a gazetteer id for places. */
  key: string
  name: string
  type: string
  affiliation: string | null
  affiliation_rule: string | null
  lat: number | null
  lon: number | null
  place_kind: string | null
  country: string | null
  rule: string
  confidence: number
  created_at: string
}

export interface EntityAliasTable {
  entity_id: string
  alias: string
}

/** The entities an article mentions: one row per article and entity (migration 0007). */
export interface ArticleEntityTable {
  article_id: string
  entity_id: string
  mention_count: number
  /** JSON: [start, end, text, kind, rule, confidence][], by start; offsets into the article's text */
  mentions: string
}

export interface TimeExpressionTable {
  article_id: string
  start: number
  end: number
  text: string
  value: string | null
  granularity: string
  relative: string | null
  rule: string
  confidence: number
}

export interface StatementTable {
  id: string
  article_id: string
  sentence_idx: number
  speaker_text: string | null
  speaker_entity_id: string | null
  speaker_start: number | null
  speaker_end: number | null
  cue_text: string
  cue_start: number
  cue_end: number
  content_text: string
  content_start: number
  content_end: number
  mode: string
  polarity: string
  /** JSON: string[] */
  hedges: string
  /** JSON: {kind, qualifiers[]}[] */
  evidence: string
  /** JSON: a time expression or null */
  time: string | null
  rule: string
  confidence: number
}

export interface ClaimTable {
  id: string
  /** Identity: a typed frame's key ("control:place:…"), or "general:…" for similarity-grouped claims. */
  key: string | null
  text: string
  /** JSON: the typed frame, or the general fallback */
  frame: string
  kind: string
  /** JSON: entity ids of places */
  places: string
  status: string
  disputed: number
  first_seen: string | null
  last_seen: string | null
  created_at: string
  updated_at: string
}

export interface StanceTable {
  claim_id: string
  statement_id: string
  stance: string
  rule: string
  confidence: number
  /** JSON: why the statement was grouped into this claim */
  grouping: string
}

/** A person's merge or split of claims, replayed so it survives re-ingestion. */
export interface ClaimDecisionTable {
  id: string
  action: string
  payload: string
  created_at: string
}

export interface IngestRunTable {
  id: string
  started_at: string
  finished_at: string | null
  read: number
  added: number
  duplicates: number
  failed: number
  /** JSON: {source, reason}[] */
  failures: string
}

/** Inverted index from a general claim's key terms to the claim, for incremental grouping. */
export interface ClaimTermTable {
  term: string
  claim_id: string
}

/** One 16-bit band of an article's fingerprint: near-duplicates share at least one. */
export interface ArticleBandTable {
  band: string
  article_id: string
}

/**
 * An analyst's note on a claim, optionally about one of its statements. Written by people, so
 * never removed with articles: a claim that has notes is kept when its articles are removed, and
 * its notes move with it when it is merged into another claim.
 */
export interface AnnotationTable {
  id: string
  claim_id: string
  /** The statement the note is about, or null for the claim as a whole. Not a foreign key: a
   * statement goes when its article is removed and comes back, with the same id, when the
   * article is read again. */
  statement_id: string | null
  /** Plain text, as the analyst wrote it (trimmed). */
  text: string
  /** Free text the client gives; not checked against anything. */
  author: string | null
  created_at: string
}
