import { Type } from 'typebox'
import { findStatements } from '../../store/read/find-statements.js'
import type { Api, RouteContext } from '../app.js'
import { pageOf } from '../paging.js'
import { DateParam, ID, OneOf, Page, Paging, SideParam, StatementListItem } from '../schemas.js'

const ERRORS = { '4xx': { $ref: 'Error#' }, '5xx': { $ref: 'Error#' } } as const

/** Statements filtered by article, speaker, side and date. */
export function statementRoutes(app: Api, ctx: RouteContext): void {
  app.get(
    '/statements',
    {
      schema: {
        summary: 'Attributed statements, newest articles first',
        tags: ['statements'],
        querystring: Type.Object(
          {
            ...Paging,
            article: Type.Optional(ID.article),
            entity: Type.Optional(ID.entity),
            speaker: Type.Optional(
              Type.String({
                minLength: 1,
                maxLength: 200,
                description: 'part of the speaker’s name or words',
              }),
            ),
            side: Type.Optional(SideParam),
            polarity: Type.Optional(OneOf(['asserts', 'denies', 'dismisses', 'refutes'])),
            from: Type.Optional(DateParam),
            to: Type.Optional(DateParam),
          },
          { additionalProperties: false },
        ),
        response: { 200: Page(StatementListItem), ...ERRORS },
      },
    },
    async (req) => {
      const q = req.query
      const rows = await findStatements(ctx.store.db, {
        limit: q.limit,
        offset: q.offset,
        ...(q.article ? { articleId: q.article } : {}),
        ...(q.entity ? { entity: q.entity } : {}),
        ...(q.speaker ? { speaker: q.speaker } : {}),
        ...(q.side ? { side: q.side.toUpperCase() } : {}),
        ...(q.polarity ? { polarity: q.polarity } : {}),
        ...(q.from ? { from: q.from } : {}),
        ...(q.to ? { to: q.to } : {}),
      })
      return pageOf(rows, q)
    },
  )
}
