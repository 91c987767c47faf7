import { Type } from 'typebox'
import { claimSummaries } from '../../store/read/claim-summaries.js'
import { entityDetail, findEntities } from '../../store/read/entities-query.js'
import { findClaims } from '../../store/read/find-claims.js'
import { findStatements } from '../../store/read/find-statements.js'
import type { Api, RouteContext } from '../app.js'
import { ApiError } from '../errors.js'
import { pageOf } from '../paging.js'
import { EntityDetail, EntitySummary, ID, OneOf, Page, Paging, SideParam } from '../schemas.js'

const ERRORS = { '4xx': { $ref: 'Error#' }, '5xx': { $ref: 'Error#' } } as const
const TYPES = ['person', 'organization', 'place', 'group', 'outlet'] as const

/** People, organisations, groups, places, outlets; one entity with its statements and claims. */
export function entityRoutes(app: Api, ctx: RouteContext): void {
  const db = ctx.store.db
  app.get(
    '/entities',
    {
      schema: {
        summary: 'Entities by name',
        tags: ['entities'],
        querystring: Type.Object(
          {
            ...Paging,
            q: Type.Optional(
              Type.String({ minLength: 1, maxLength: 200, description: 'part of the name' }),
            ),
            type: Type.Optional(OneOf(TYPES)),
            affiliation: Type.Optional(SideParam),
            speakers: Type.Optional(
              Type.Boolean({ description: 'only entities that speak in a statement' }),
            ),
          },
          { additionalProperties: false },
        ),
        response: { 200: Page(EntitySummary), ...ERRORS },
      },
    },
    async (req) => {
      const q = req.query
      const rows = await findEntities(db, {
        limit: q.limit,
        offset: q.offset,
        ...(q.q ? { q: q.q } : {}),
        ...(q.type ? { type: q.type } : {}),
        ...(q.affiliation ? { affiliation: q.affiliation.toUpperCase() } : {}),
        ...(q.speakers ? { speakers: true } : {}),
      })
      return pageOf(rows, q)
    },
  )

  app.get(
    '/entities/:id',
    {
      schema: {
        summary: 'One entity: what it said (newest first) and the claims it takes part in',
        tags: ['entities'],
        params: Type.Object({ id: ID.entity }),
        querystring: Type.Object(
          {
            limit: Type.Integer({ minimum: 1, maximum: 200, default: 50 }),
            statementsOffset: Paging.offset,
            claimsOffset: Paging.offset,
          },
          { additionalProperties: false },
        ),
        response: { 200: EntityDetail, ...ERRORS },
      },
    },
    async (req) => {
      const { id } = req.params
      const { limit, statementsOffset, claimsOffset } = req.query
      const entity = await entityDetail(db, id)
      if (!entity) throw new ApiError(404, 'not_found', `no entity ${id}`)
      const statements = await findStatements(db, { entity: id, limit, offset: statementsOffset })
      const claims = await findClaims(db, { entity: id, limit, offset: claimsOffset })
      return {
        entity,
        statements: statements.slice(0, limit),
        statementsNext: statements.length > limit ? statementsOffset + limit : null,
        claims: await claimSummaries(db, claims.slice(0, limit)),
        claimsNext: claims.length > limit ? claimsOffset + limit : null,
      }
    },
  )
}
