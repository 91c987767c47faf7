import { Type } from 'typebox'
import { claimSummaries } from '../../store/read/claim-summaries.js'
import { contestedPlaces } from '../../store/read/contested-places.js'
import { entityDetail } from '../../store/read/entities-query.js'
import { findClaims } from '../../store/read/find-claims.js'
import type { Api, RouteContext } from '../app.js'
import { ApiError } from '../errors.js'
import { ID, Page, Paging, PlaceDetail, PlaceSummary } from '../schemas.js'

const ERRORS = { '4xx': { $ref: 'Error#' }, '5xx': { $ref: 'Error#' } } as const

/** Contested places with coordinates; one place with the timeline of its claims. */
export function placeRoutes(app: Api, ctx: RouteContext): void {
  const db = ctx.store.db
  app.get(
    '/places',
    {
      schema: {
        summary:
          'Contested places (with a disputed claim), or with all=true every place a claim is about',
        tags: ['places'],
        querystring: Type.Object(
          {
            limit: Type.Integer({ minimum: 1, maximum: 1000, default: 200 }),
            offset: Paging.offset,
            all: Type.Boolean({ default: false }),
          },
          { additionalProperties: false },
        ),
        response: { 200: Page(PlaceSummary), ...ERRORS },
      },
    },
    async (req) => {
      const { limit, offset, all } = req.query
      const places = await contestedPlaces(db, { all })
      return {
        items: places.slice(offset, offset + limit),
        limit,
        offset,
        next: places.length > offset + limit ? offset + limit : null,
      }
    },
  )

  app.get(
    '/places/:id',
    {
      schema: {
        summary:
          'One place and its claims, most recently active first (each with its first and last dates)',
        tags: ['places'],
        params: Type.Object({ id: ID.entity }),
        querystring: Type.Object(
          { ...Paging, disputed: Type.Optional(Type.Boolean()) },
          { additionalProperties: false },
        ),
        response: { 200: PlaceDetail, ...ERRORS },
      },
    },
    async (req) => {
      const { id } = req.params
      const e = await entityDetail(db, id)
      if (e?.type !== 'place') throw new ApiError(404, 'not_found', `no place ${id}`)
      const { limit, offset, disputed } = req.query
      const rows = await findClaims(db, {
        place: id,
        limit,
        offset,
        ...(disputed !== undefined ? { disputed } : {}),
      })
      return {
        place: e,
        claims: await claimSummaries(db, rows.slice(0, limit)),
        next: rows.length > limit ? offset + limit : null,
      }
    },
  )
}
