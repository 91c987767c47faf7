import { Type } from 'typebox'
import { findClaim, mergeClaims, splitClaim } from '../../store/claims.js'
import { claimDetail } from '../../store/read/claim-detail.js'
import { claimSummaries } from '../../store/read/claim-summaries.js'
import { findClaimRow, findClaims } from '../../store/read/find-claims.js'
import type { Api, RouteContext } from '../app.js'
import { ApiError } from '../errors.js'
import { pageOf } from '../paging.js'
import {
  ClaimDetail,
  ClaimSummary,
  DateParam,
  ID,
  OneOf,
  Page,
  Paging,
  SideParam,
  STATUSES,
} from '../schemas.js'

const ERRORS = { '4xx': { $ref: 'Error#' }, '5xx': { $ref: 'Error#' } } as const

const filterFields = {
  ...Paging,
  place: Type.Optional(ID.entity),
  entity: Type.Optional(ID.entity),
  side: Type.Optional(SideParam),
  from: Type.Optional(DateParam),
  to: Type.Optional(DateParam),
  status: Type.Optional(OneOf(STATUSES)),
  kind: Type.Optional(
    Type.String({
      pattern: '^[a-z-]{1,40}$',
      description: 'frame type: control, attack, casualties, …, general',
    }),
  ),
}

const DisputeFilters = Type.Object(filterFields, { additionalProperties: false })

const ClaimFilters = Type.Object(
  { ...filterFields, disputed: Type.Optional(Type.Boolean()) },
  { additionalProperties: false },
)

/** Disputes, claims, one claim; merge and split (token required). */
export function claimRoutes(app: Api, ctx: RouteContext): void {
  const db = ctx.store.db

  const list = async (q: {
    limit: number
    offset: number
    place?: string
    entity?: string
    side?: string
    from?: string
    to?: string
    status?: string
    kind?: string
    disputed?: boolean
  }) => {
    const rows = await findClaims(db, {
      limit: q.limit,
      offset: q.offset,
      ...(q.place ? { place: q.place } : {}),
      ...(q.entity ? { entity: q.entity } : {}),
      ...(q.side ? { side: q.side.toUpperCase() } : {}),
      ...(q.from ? { from: q.from } : {}),
      ...(q.to ? { to: q.to } : {}),
      ...(q.status ? { status: q.status } : {}),
      ...(q.kind ? { kind: q.kind } : {}),
      ...(q.disputed !== undefined ? { disputed: q.disputed } : {}),
    })
    const page = pageOf(rows, q)
    return { ...page, items: await claimSummaries(db, page.items) }
  }

  app.get(
    '/disputes',
    {
      schema: {
        summary:
          'Disputes: claims one side supports and another refutes, most recently active first',
        tags: ['claims'],
        querystring: DisputeFilters,
        response: { 200: Page(ClaimSummary), ...ERRORS },
      },
    },
    async (req) => list({ ...req.query, disputed: true }),
  )

  app.get(
    '/claims',
    {
      schema: {
        summary: 'Claims, most recently active first, filtered',
        tags: ['claims'],
        querystring: ClaimFilters,
        response: { 200: Page(ClaimSummary), ...ERRORS },
      },
    },
    async (req) => list(req.query),
  )

  app.get(
    '/claims/:id',
    {
      schema: {
        summary:
          'One claim: sides, status, timeline, and its statements with sentences and why they were grouped',
        tags: ['claims'],
        params: Type.Object({ id: ID.claim }),
        querystring: Type.Object(
          {
            limit: Type.Integer({ minimum: 1, maximum: 500, default: 100 }),
            offset: Paging.offset,
          },
          { additionalProperties: false },
        ),
        response: { 200: ClaimDetail, ...ERRORS },
      },
    },
    async (req) => {
      const d = await claimDetail(db, req.params.id, req.query)
      if (!d) throw new ApiError(404, 'not_found', `no claim ${req.params.id}`)
      return d
    },
  )

  app.post(
    '/claims/:id/merge',
    {
      onRequest: ctx.requireToken,
      schema: {
        summary: 'Merge this claim into another; the decision survives re-ingestion',
        tags: ['claims'],
        security: [{ bearer: [] }],
        params: Type.Object({ id: ID.claim }),
        body: Type.Object({ into: ID.claim }, { additionalProperties: false }),
        response: {
          200: Type.Object({ merged: Type.String(), into: ClaimSummary }),
          ...ERRORS,
        },
      },
    },
    async (req) => {
      const from = req.params.id
      const { into } = req.body
      if (from === into) throw new ApiError(400, 'bad_request', 'cannot merge a claim into itself')
      for (const id of [from, into]) {
        const row = await findClaimRow(db, id)
        if (!row) throw new ApiError(404, 'not_found', `no claim ${id}`)
        if (row.status === 'merged')
          throw new ApiError(409, 'conflict', `claim ${id} was already merged into another`)
      }
      try {
        await mergeClaims(db, from, into)
      } catch (e) {
        throw new ApiError(409, 'conflict', (e as Error).message)
      }
      const row = await findClaimRow(db, into)
      const [summary] = await claimSummaries(db, [row!])
      return { merged: from, into: summary! }
    },
  )

  app.post(
    '/claims/:id/split',
    {
      onRequest: ctx.requireToken,
      schema: {
        summary: 'Move statements out of this claim into a new claim of their own',
        tags: ['claims'],
        security: [{ bearer: [] }],
        params: Type.Object({ id: ID.claim }),
        body: Type.Object(
          {
            statementIds: Type.Array(ID.statement, {
              minItems: 1,
              maxItems: 1000,
              uniqueItems: true,
            }),
          },
          { additionalProperties: false },
        ),
        response: {
          200: Type.Object({ from: ClaimSummary, into: ClaimSummary }),
          ...ERRORS,
        },
      },
    },
    async (req) => {
      const id = req.params.id
      const claim = await findClaim(db, id)
      if (!claim) throw new ApiError(404, 'not_found', `no claim ${id}`)
      if (claim.status === 'merged')
        throw new ApiError(409, 'conflict', `claim ${id} was merged into another`)
      const own = new Set(claim.stances.map((s) => s.statementId))
      const foreign = req.body.statementIds.filter((s) => !own.has(s))
      if (foreign.length > 0)
        throw new ApiError(400, 'bad_request', `not in claim ${id}: ${foreign.join(', ')}`)
      if (req.body.statementIds.length === own.size)
        throw new ApiError(400, 'bad_request', 'leave at least one statement in the claim')
      let into: string
      try {
        into = await splitClaim(db, id, req.body.statementIds)
      } catch (e) {
        throw new ApiError(409, 'conflict', (e as Error).message)
      }
      const rows = await Promise.all([findClaimRow(db, id), findClaimRow(db, into)])
      const [from, to] = await claimSummaries(
        db,
        rows.map((r) => r!),
      )
      return { from: from!, into: to! }
    },
  )
}
