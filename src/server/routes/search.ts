import { Type } from 'typebox'
import { queryTerms, SEARCH_KINDS, type SearchKind, searchIndex } from '../../store/search.js'
import type { Api, RouteContext } from '../app.js'
import { ApiError } from '../errors.js'
import { OneOf, SearchResults } from '../schemas.js'

const ERRORS = { '4xx': { $ref: 'Error#' }, '5xx': { $ref: 'Error#' } } as const

/** GET /search?q=: one query across claims, statements, articles and entities. */
export function searchRoutes(app: Api, ctx: RouteContext): void {
  const index = searchIndex(ctx.store.db)
  app.get(
    '/search',
    {
      schema: {
        summary:
          'Full-text search across claims, statements, articles and entities (every word must match; the last also as a prefix)',
        tags: ['search'],
        querystring: Type.Object(
          {
            q: Type.String({ minLength: 1, maxLength: 500 }),
            kind: Type.Optional(
              OneOf(SEARCH_KINDS, { description: 'search one kind only (to page through it)' }),
            ),
            limit: Type.Integer({
              minimum: 1,
              maximum: 100,
              default: 10,
              description: 'hits per kind',
            }),
            offset: Type.Integer({ minimum: 0, maximum: 10_000, default: 0 }),
          },
          { additionalProperties: false },
        ),
        response: { 200: SearchResults, ...ERRORS },
      },
    },
    async (req) => {
      const { q, kind, limit, offset } = req.query
      const terms = queryTerms(q)
      if (terms.length === 0)
        throw new ApiError(400, 'bad_request', 'the query has no words to search for')
      const kinds: readonly SearchKind[] = kind ? [kind] : SEARCH_KINDS
      const r = await index.search({ q, kinds, limit, offset })
      return { query: q, terms, ...r }
    },
  )
}
