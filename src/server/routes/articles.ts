import { Type } from 'typebox'
import { articleDetail } from '../../store/read/article-detail.js'
import { findArticles } from '../../store/read/find-articles.js'
import type { Api, RouteContext } from '../app.js'
import { ApiError } from '../errors.js'
import { pageOf } from '../paging.js'
import { ArticleDetail, ArticleListItem, DateParam, ID, Page, Paging } from '../schemas.js'

const ERRORS = { '4xx': { $ref: 'Error#' }, '5xx': { $ref: 'Error#' } } as const

/** Articles, newest first; one clean article with its statements, entities and claims. */
export function articleRoutes(app: Api, ctx: RouteContext): void {
  const db = ctx.store.db
  app.get(
    '/articles',
    {
      schema: {
        summary: 'Articles, most recently stored first',
        tags: ['articles'],
        querystring: Type.Object(
          {
            ...Paging,
            outlet: Type.Optional(Type.String({ minLength: 1, maxLength: 200 })),
            from: Type.Optional(DateParam),
            to: Type.Optional(DateParam),
          },
          { additionalProperties: false },
        ),
        response: { 200: Page(ArticleListItem), ...ERRORS },
      },
    },
    async (req) => {
      const q = req.query
      const rows = await findArticles(db, {
        limit: q.limit,
        offset: q.offset,
        ...(q.outlet ? { outlet: q.outlet } : {}),
        ...(q.from ? { from: q.from } : {}),
        ...(q.to ? { to: q.to } : {}),
      })
      return pageOf(rows, q)
    },
  )

  app.get(
    '/articles/:id',
    {
      schema: {
        summary:
          'One clean article: text, sentence spans, statements (speaker, cue, content spans), entities with their mentions, claims',
        tags: ['articles'],
        params: Type.Object({ id: ID.article }),
        response: { 200: ArticleDetail, ...ERRORS },
      },
    },
    async (req) => {
      const d = await articleDetail(db, req.params.id)
      if (!d) throw new ApiError(404, 'not_found', `no article ${req.params.id}`)
      return d
    },
  )
}
