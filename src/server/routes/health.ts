import { ledgerCounts } from '../../store/read/ledger-counts.js'
import { type Api, type RouteContext, VERSION } from '../app.js'
import { Health } from '../schemas.js'

/** GET /health: the server is up, which database it reads, whether writes are on, how much it holds. */
export function healthRoutes(app: Api, ctx: RouteContext): void {
  app.get(
    '/health',
    {
      schema: {
        summary: 'Server status and ledger size',
        tags: ['meta'],
        response: { 200: Health, '5xx': { $ref: 'Error#' } },
      },
    },
    async () => ({
      status: 'ok' as const,
      version: VERSION,
      dialect: ctx.store.dialect,
      writes: ctx.writesEnabled ? ('enabled' as const) : ('disabled' as const),
      counts: await ledgerCounts(ctx.store.db),
    }),
  )
}
