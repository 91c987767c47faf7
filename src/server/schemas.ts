import { type Static, type TSchema, Type } from 'typebox'

/**
 * JSON schemas of the API: Fastify validates requests and serialises responses with them,
 * and the OpenAPI document is built from them. Field names follow docs/schema.md.
 */

/** A string, number or integer that may be null, as one JSON Schema type list (fast to serialise). */
function nullable<T extends TSchema & { type: string }>(t: T) {
  return Type.Unsafe<Static<T> | null>({ ...t, type: [t.type, 'null'] })
}

/** One of some strings, as a JSON Schema enum. */
export function OneOf<const T extends readonly string[]>(
  values: T,
  opts: { description?: string } = {},
) {
  return Type.Unsafe<T[number]>({ type: 'string', enum: [...values], ...opts })
}

export const NullableString = nullable(Type.String())
export const NullableNumber = nullable(Type.Number())

export const ERROR_CODES = [
  'bad_request',
  'unauthorized',
  'forbidden',
  'not_found',
  'method_not_allowed',
  'conflict',
  'payload_too_large',
  'unsupported_media_type',
  'bad_gateway',
  'internal',
] as const

/** Every error the API answers has this shape. */
export const ErrorBody = Type.Object(
  {
    error: Type.Object({
      code: OneOf(ERROR_CODES),
      message: Type.String(),
      status: Type.Integer(),
    }),
  },
  { $id: 'Error' },
)

export const Why = Type.Object({ rule: Type.String(), confidence: Type.Number() })

const Span = Type.Object({ text: Type.String(), start: Type.Integer(), end: Type.Integer() })

export const Statement = Type.Object({
  id: Type.String(),
  articleId: Type.String(),
  sentence: Type.Integer(),
  speaker: Type.Union([
    Type.Object({
      text: Type.String(),
      entityId: NullableString,
      entityName: NullableString,
      start: Type.Integer(),
      end: Type.Integer(),
    }),
    Type.Null(),
  ]),
  cue: Span,
  content: Span,
  mode: Type.String(),
  polarity: Type.String(),
  hedges: Type.Array(Type.String()),
  evidence: Type.Array(
    Type.Object({
      kind: Type.String(),
      qualifiers: Type.Array(Type.String()),
      text: Type.Optional(Type.String()),
    }),
  ),
  time: Type.Union([
    Type.Object({ text: Type.String(), value: NullableString, relative: NullableString }),
    Type.Null(),
  ]),
  why: Why,
})

export const ArticleRef = Type.Object({
  id: Type.String(),
  headline: NullableString,
  outlet: NullableString,
  publishedAt: NullableString,
  url: NullableString,
  source: Type.String(),
})

export const PlaceRef = Type.Object({
  id: Type.String(),
  name: Type.String(),
  lat: NullableNumber,
  lon: NullableNumber,
})

export const ClaimSummary = Type.Object({
  id: Type.String(),
  text: Type.String(),
  kind: Type.String(),
  status: Type.String(),
  disputed: Type.Boolean(),
  firstSeen: NullableString,
  lastSeen: NullableString,
  statements: Type.Integer(),
  places: Type.Array(PlaceRef),
  sides: Type.Array(
    Type.Object({
      affiliation: NullableString,
      stance: Type.String(),
      supports: Type.Integer(),
      refutes: Type.Integer(),
      reports: Type.Integer(),
      sources: Type.Integer({
        description: 'independent sources: distinct voices, a syndicated copy counted once',
      }),
      speakers: Type.Array(Type.Object({ entityId: NullableString, name: Type.String() })),
    }),
  ),
})

export const TimelineEntry = Type.Object({
  date: Type.String(),
  statementId: Type.String(),
  affiliation: NullableString,
  stance: Type.String(),
  status: Type.String(),
})

export const Grouping = Type.Object({
  method: Type.String(),
  key: NullableString,
  score: Type.Optional(Type.Number()),
  matched: Type.Optional(Type.String()),
})

export const ClaimStatement = Type.Intersect([
  Statement,
  Type.Object({
    stance: Type.String(),
    stanceWhy: Why,
    grouping: Grouping,
    groupedBecause: Type.String(),
    date: Type.String(),
    affiliation: NullableString,
    statusAfter: Type.String(),
    sentenceText: Type.String(),
    article: ArticleRef,
  }),
])

/** An analyst's note on a claim, optionally about one of its statements (plain text). */
export const Annotation = Type.Object({
  id: Type.String({ description: 'an_ and 12 hex digits' }),
  claimId: Type.String(),
  /** The statement the note is about, or null for the claim as a whole. */
  statementId: NullableString,
  statement: Type.Union(
    [Type.Object({ speaker: NullableString, content: Type.String() }), Type.Null()],
    {
      description:
        'that statement as it reads now; null for a note on the whole claim, or while its article is removed',
    },
  ),
  text: Type.String({ description: 'plain text, as written (trimmed): never markup' }),
  author: NullableString,
  createdAt: Type.String(),
})

export const ClaimDetail = Type.Object({
  claim: Type.Intersect([
    ClaimSummary,
    Type.Object({
      frame: Type.Object({
        type: Type.String(),
        roles: Type.Record(Type.String(), NullableString),
        count: Type.Optional(NullableNumber),
        predicate: Type.Optional(NullableString),
      }),
      mergedInto: NullableString,
    }),
  ]),
  timeline: Type.Array(TimelineEntry),
  statements: Type.Array(ClaimStatement),
  next: nullable(Type.Integer()),
  annotations: Type.Array(Annotation, {
    description: "analysts' notes, oldest first: all of them",
  }),
})

export const StatementListItem = Type.Intersect([
  Statement,
  Type.Object({ affiliation: NullableString, article: ArticleRef }),
])

export const ArticleListItem = Type.Object({
  id: Type.String(),
  headline: NullableString,
  outlet: NullableString,
  publishedAt: NullableString,
  url: NullableString,
  source: Type.String(),
  language: Type.String(),
  createdAt: Type.String(),
  statements: Type.Integer(),
})

const Mention = Type.Object({
  articleId: Type.String(),
  start: Type.Integer(),
  end: Type.Integer(),
  text: Type.String(),
  kind: Type.String(),
  rule: Type.String(),
  confidence: Type.Number(),
})

const EntityWhy = Type.Object({
  rule: Type.String(),
  confidence: Type.Number(),
  affiliation: NullableString,
})

const Geo = Type.Union([Type.Object({ lat: Type.Number(), lon: Type.Number() }), Type.Null()])

export const ArticleDetail = Type.Object({
  article: Type.Object({
    id: Type.String(),
    source: Type.String(),
    contentHash: Type.String(),
    headline: NullableString,
    outlet: NullableString,
    byline: NullableString,
    publishedAt: NullableString,
    language: Type.String(),
    url: NullableString,
    text: Type.String(),
    bodyStart: Type.Integer(),
    createdAt: Type.String(),
    paragraphs: Type.Array(Type.String()),
    captions: Type.Array(Type.Object({ text: Type.String(), credit: NullableString })),
    relatedHeadlines: Type.Array(Type.String()),
    why: Type.Record(Type.String(), Why),
  }),
  sentences: Type.Array(
    Type.Object({ idx: Type.Integer(), start: Type.Integer(), end: Type.Integer() }),
  ),
  statements: Type.Array(Statement),
  entities: Type.Array(
    Type.Object({
      id: Type.String(),
      name: Type.String(),
      type: Type.String(),
      aliases: Type.Array(Type.String()),
      affiliation: NullableString,
      geo: Geo,
      mentions: Type.Array(Mention),
      why: EntityWhy,
    }),
  ),
  claims: Type.Array(
    Type.Object({
      statementId: Type.String(),
      claimId: Type.String(),
      claimText: Type.String(),
      stance: Type.String(),
      status: Type.String(),
      disputed: Type.Boolean(),
    }),
  ),
})

export const EntitySummary = Type.Object({
  id: Type.String(),
  name: Type.String(),
  type: Type.String(),
  affiliation: NullableString,
  geo: Geo,
  country: NullableString,
  placeKind: NullableString,
  why: EntityWhy,
})

export const EntityDetail = Type.Object({
  entity: Type.Intersect([
    EntitySummary,
    Type.Object({
      aliases: Type.Array(Type.String()),
      mentions: Type.Integer(),
      articles: Type.Integer(),
      statements: Type.Integer(),
    }),
  ]),
  statements: Type.Array(StatementListItem),
  statementsNext: nullable(Type.Integer()),
  claims: Type.Array(ClaimSummary),
  claimsNext: nullable(Type.Integer()),
})

export const PlaceSummary = Type.Object({
  id: Type.String(),
  name: Type.String(),
  lat: NullableNumber,
  lon: NullableNumber,
  country: NullableString,
  kind: NullableString,
  claims: Type.Integer(),
  disputed: Type.Integer(),
  lastSeen: NullableString,
})

export const PlaceDetail = Type.Object({
  place: Type.Intersect([
    EntitySummary,
    Type.Object({
      aliases: Type.Array(Type.String()),
      mentions: Type.Integer(),
      articles: Type.Integer(),
      statements: Type.Integer(),
    }),
  ]),
  claims: Type.Array(ClaimSummary),
  next: nullable(Type.Integer()),
})

const Snippet = Type.Object({
  text: Type.String(),
  marks: Type.Array(Type.Tuple([Type.Integer(), Type.Integer()])),
})

const SearchHits = Type.Object({
  items: Type.Array(
    Type.Object({
      id: Type.String(),
      title: Type.String(),
      snippet: Snippet,
      articleId: Type.Optional(Type.String()),
      detail: Type.Optional(Type.String()),
    }),
  ),
  next: nullable(Type.Integer()),
})

export const SearchResults = Type.Object({
  query: Type.String(),
  terms: Type.Array(Type.String()),
  claims: SearchHits,
  statements: SearchHits,
  articles: SearchHits,
  entities: SearchHits,
})

export const Health = Type.Object({
  status: OneOf(['ok']),
  version: Type.String(),
  dialect: Type.String(),
  writes: OneOf(['enabled', 'disabled']),
  counts: Type.Object({
    articles: Type.Integer(),
    statements: Type.Integer(),
    claims: Type.Integer(),
    disputes: Type.Integer(),
    entities: Type.Integer(),
  }),
})

export const IngestSummary = Type.Object({
  read: Type.Integer(),
  added: Type.Integer(),
  duplicates: Type.Integer(),
  failed: Type.Integer(),
  failures: Type.Array(Type.Object({ source: Type.String(), reason: Type.String() })),
  articleIds: Type.Array(Type.String()),
  seconds: Type.Number(),
})

/** A page of a list: the items, and the offset of the next page or null at the end. */
export function Page<T extends TSchema>(item: T) {
  return Type.Object({
    items: Type.Array(item),
    limit: Type.Integer(),
    offset: Type.Integer(),
    next: nullable(Type.Integer()),
  })
}

// request parts shared by routes

export const ID = {
  claim: Type.String({
    pattern: '^cl_[0-9a-f]{12}$',
    description: 'a claim id: cl_ and 12 hex digits',
  }),
  article: Type.String({
    pattern: '^art_[0-9a-f]{12}$',
    description: 'an article id: art_ and 12 hex digits',
  }),
  entity: Type.String({
    pattern: '^ent_[0-9a-f]{12}$',
    description: 'an entity id: ent_ and 12 hex digits',
  }),
  statement: Type.String({
    pattern: '^st_[0-9a-f]{12}$',
    description: 'a statement id: st_ and 12 hex digits',
  }),
}

export const Paging = {
  limit: Type.Integer({
    minimum: 1,
    maximum: 200,
    default: 20,
    description: 'items per page, at most 200',
  }),
  offset: Type.Integer({
    minimum: 0,
    maximum: 1_000_000,
    default: 0,
    description: 'items to skip',
  }),
}

export const DateParam = Type.String({
  pattern: '^\\d{4}-\\d{2}-\\d{2}$',
  description: 'a date, YYYY-MM-DD',
})

export const SideParam = Type.String({
  pattern: '^[A-Za-z]{2}$',
  description: 'a side: an ISO 3166-1 alpha-2 country code',
})

export const STATUSES = ['asserted', 'contested', 'conceded', 'corroborated', 'refuted'] as const
