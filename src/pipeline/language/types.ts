import type { Why } from '../clean/types.js'

export interface Span {
  start: number
  end: number
}

export interface Token extends Span {
  text: string
  /** Lower-cased text, for lexicon lookups. */
  lower: string
  /** Starts with an upper-case letter. */
  upper: boolean
  /** Letters only, all upper case, 2+ characters ("NATO", "UN"). */
  acronym: boolean
  /** Punctuation or symbol rather than a word. */
  punct: boolean
  /** Index of the sentence holding it. */
  sentence: number
}

export interface Sentence extends Span {
  index: number
}

export type EntityType = 'person' | 'organization' | 'place' | 'group' | 'outlet'

export type MentionKind = 'name' | 'short' | 'description' | 'reference'

export interface Mention extends Span {
  text: string
  kind: MentionKind
  rule: string
  confidence: number
}

export interface Geo {
  lat: number
  lon: number
  placeId: string
  kind: 'country' | 'region' | 'city'
  country: string
  rule: string
  confidence: number
}

/** An entity as one article knows it: its name, the other ways the article names it, and where. */
export interface ArticleEntity {
  /** Identity across articles: type and normalised name, or the gazetteer id for places. */
  key: string
  name: string
  type: EntityType
  aliases: string[]
  /** ISO 3166-1 alpha-2 of the side it belongs to, or null. */
  affiliation: string | null
  affiliationWhy: Why | null
  geo: Geo | null
  mentions: Mention[]
  why: Why
  /** For people: keys of the organisations the article gives them a role in. */
  memberOf?: string[]
}

export type Granularity =
  | 'datetime'
  | 'day'
  | 'week'
  | 'month'
  | 'year'
  | 'part-of-day'
  | 'duration'

export interface TimeExpression extends Span {
  text: string
  /** ISO 8601 date (or date-time, month, year) when it can be resolved; else null. */
  value: string | null
  granularity: Granularity
  /** The unresolved meaning ("monday", "-1 day", "late sunday") when no anchor date is known. */
  relative: string | null
  rule: string
  confidence: number
}

/** What the language stage adds to a clean article. */
export interface Analysis {
  language: string
  tokens: Token[]
  sentences: Sentence[]
  entities: ArticleEntity[]
  times: TimeExpression[]
}

/** What the language stage needs of a gazetteer (the offline one in ./geo, or a test double). */
export interface PlaceLookup {
  resolve(
    name: string,
    ctx?: { countries?: ReadonlySet<string>; kind?: 'country' | 'region' | 'city' },
  ): {
    place: {
      id: string
      name: string
      kind: 'country' | 'region' | 'city'
      country: string
      lat: number
      lon: number
    }
    rule: string
    confidence: number
  } | null
  country(word: string): { code: string; name: string; rule: 'country-name' | 'demonym' } | null
  isPlaceName(name: string): boolean
  /** The country whose capital city this name is ("Moscow" → RU), or null. */
  capitalOf(name: string): string | null
}
