import { Type } from 'typebox'
import { z } from 'zod'
import { runIngestItems } from '../../pipeline/index.js'
import { rawDocument } from '../../pipeline/ingest/index.js'
import type { RawDocument } from '../../pipeline/ingest/types.js'
import { recordRun } from '../../store/runs.js'
import { ledgerSink } from '../../store/sink.js'
import type { Api, RouteContext } from '../app.js'
import { ApiError } from '../errors.js'
import { FetchUrl, fetchPage } from '../fetch-page.js'
import { IngestSummary } from '../schemas.js'

const ERRORS = { '4xx': { $ref: 'Error#' }, '5xx': { $ref: 'Error#' } } as const

const IngestBody = Type.Object(
  {
    content: Type.Optional(
      Type.String({ minLength: 1, description: 'the page itself: HTML or plain text' }),
    ),
    url: Type.Optional(
      Type.String({
        minLength: 1,
        maxLength: 2048,
        description: 'where the page is; fetched when no content is given',
      }),
    ),
    headline: Type.Optional(Type.String({ maxLength: 1000 })),
    publishedAt: Type.Optional(
      Type.String({ maxLength: 40, description: 'ISO 8601, when the publisher states it' }),
    ),
    outlet: Type.Optional(Type.String({ maxLength: 200 })),
  },
  { additionalProperties: false },
)

const PublishedAt = z.iso.datetime({ offset: true }).or(z.iso.date())

/** POST /ingest: one page, posted or fetched, through the same pipeline as the ingest command. */
export function ingestRoutes(app: Api, ctx: RouteContext): void {
  app.post(
    '/ingest',
    {
      onRequest: ctx.requireToken,
      // JSON escaping makes a page up to a few times longer than its bytes
      bodyLimit: ctx.maxBytes * 2 + 64 * 1024,
      schema: {
        summary:
          'Read one page into the ledger: give its content (HTML or text), or a URL to fetch',
        tags: ['ingest'],
        security: [{ bearer: [] }],
        body: IngestBody,
        response: { 200: IngestSummary, ...ERRORS },
      },
    },
    async (req) => {
      const b = req.body
      if (!b.content && !b.url)
        throw new ApiError(400, 'bad_request', 'give the page as content, or its url to fetch')
      if (b.url) {
        const u = FetchUrl.safeParse(b.url)
        if (!u.success) throw new ApiError(400, 'bad_request', `url: ${u.error.issues[0]?.message}`)
      }
      if (b.publishedAt && !PublishedAt.safeParse(b.publishedAt).success)
        throw new ApiError(400, 'bad_request', 'publishedAt: give an ISO 8601 date or date-time')
      if (b.content && Buffer.byteLength(b.content) > ctx.maxBytes)
        throw new ApiError(
          413,
          'payload_too_large',
          `the page is over the ${ctx.maxBytes} byte limit`,
        )
      const meta = {
        ...(b.url ? { url: b.url } : {}),
        ...(b.headline ? { headline: b.headline } : {}),
        ...(b.publishedAt ? { publishedAt: b.publishedAt } : {}),
        ...(b.outlet ? { outlet: b.outlet } : {}),
      }
      let doc: RawDocument
      if (b.content) {
        doc = rawDocument(b.url ?? 'api:post', b.content, meta)
      } else {
        const page = await fetchPage(b.url!, {
          maxBytes: ctx.maxBytes,
          timeoutMs: ctx.fetchTimeoutMs,
          ...(ctx.fetch ? { fetch: ctx.fetch } : {}),
        })
        const { url: _final, ...decoded } = page
        doc = { ...rawDocument(b.url!, page.content, meta), ...decoded }
      }
      const startedAt = new Date().toISOString()
      const summary = await runIngestItems(
        [{ ok: true, doc }],
        {},
        ctx.pipelineDeps(),
        ledgerSink(ctx.store.db),
      )
      await recordRun(ctx.store.db, startedAt, summary)
      return {
        read: summary.read,
        added: summary.added,
        duplicates: summary.duplicates,
        failed: summary.failed,
        failures: summary.failures,
        articleIds: summary.articleIds,
        seconds: summary.seconds,
      }
    },
  )
}
