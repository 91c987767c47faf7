import { createHash, timingSafeEqual } from 'node:crypto'
import swagger from '@fastify/swagger'
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox'
import Fastify, { type FastifyReply, type FastifyRequest } from 'fastify'
import type { PipelineDeps } from '../pipeline/index.js'
import type { Store } from '../store/db.js'
import { ApiError, sendError } from './errors.js'
import { ResponseCache } from './response-cache.js'
import { annotationRoutes } from './routes/annotations.js'
import { articleRoutes } from './routes/articles.js'
import { claimRoutes } from './routes/claims.js'
import { entityRoutes } from './routes/entities.js'
import { healthRoutes } from './routes/health.js'
import { ingestRoutes } from './routes/ingest.js'
import { placeRoutes } from './routes/places.js'
import { searchRoutes } from './routes/search.js'
import { statementRoutes } from './routes/statements.js'
import { ErrorBody } from './schemas.js'
import { findWebRoot, loadStaticFiles, type StaticFile } from './static-files.js'

export const API_PREFIX = '/api/v1'
export const VERSION = '0.1.0'

export interface AppOptions {
  store: Store
  /** The bearer token write endpoints require; without one, writes are refused. */
  token?: string | undefined
  /** The built dashboard; null serves the API alone. Defaults to dist/web when built. */
  webRoot?: string | null
  /** Largest page accepted for ingestion, posted or fetched, in bytes. */
  maxBytes?: number
  fetchTimeoutMs?: number
  /** What the reading pipeline needs; loaded on the first ingest when not given. */
  pipelineDeps?: () => PipelineDeps
  fetch?: typeof fetch
  logger?: boolean
  /** Keep answers of read endpoints until the ledger changes (default on). */
  responseCache?: boolean
}

/** What every route module gets. */
export interface RouteContext {
  store: Store
  maxBytes: number
  fetchTimeoutMs: number
  pipelineDeps: () => PipelineDeps
  fetch?: typeof fetch
  /** An onRequest hook that lets a request through only with the right bearer token. */
  requireToken: (req: FastifyRequest, reply: FastifyReply) => Promise<void>
  writesEnabled: boolean
}

function makeFastify(logger: boolean) {
  return Fastify({
    logger: logger ? { level: 'info' } : false,
    bodyLimit: 64 * 1024,
    // ids only in paths: a long one is a mistake or an attack
    routerOptions: { ignoreTrailingSlash: true, maxParamLength: 200 },
    ajv: { customOptions: { coerceTypes: 'array', removeAdditional: false, allErrors: false } },
  }).withTypeProvider<TypeBoxTypeProvider>()
}

export type Api = ReturnType<typeof makeFastify>

// no inline script or style, no eval, nothing from another origin
const CSP = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "manifest-src 'self'",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ')

const SECURITY_HEADERS: Record<string, string> = {
  'content-security-policy': CSP,
  'x-content-type-options': 'nosniff',
  'x-frame-options': 'DENY',
  'referrer-policy': 'no-referrer',
  'cross-origin-opener-policy': 'same-origin',
  'cross-origin-resource-policy': 'same-origin',
  'permissions-policy': 'camera=(), microphone=(), geolocation=(), payment=(), usb=()',
}

/**
 * The HTTP server: the REST API under /api/v1 (JSON schemas on every route, OpenAPI at
 * /api/v1/openapi.json, one error shape) and the dashboard. Call `listen` on the result, or
 * `inject` in tests.
 * @example
 * const app = await buildApp({ store, token: process.env.COUNTERCLAIM_TOKEN })
 * await app.listen({ host: '127.0.0.1', port: 8080 })
 */
export async function buildApp(opts: AppOptions): Promise<Api> {
  const app = makeFastify(opts.logger ?? false)
  let deps: PipelineDeps | undefined
  const ctx: RouteContext = {
    store: opts.store,
    maxBytes: opts.maxBytes ?? 10 * 1024 * 1024,
    fetchTimeoutMs: opts.fetchTimeoutMs ?? 15_000,
    pipelineDeps: () => {
      deps ??= opts.pipelineDeps
        ? opts.pipelineDeps()
        : (() => {
            throw new Error('no pipeline configured')
          })()
      return deps
    },
    ...(opts.fetch ? { fetch: opts.fetch } : {}),
    requireToken: tokenCheck(opts.token),
    writesEnabled: Boolean(opts.token),
  }

  app.addSchema(ErrorBody)
  // the API takes JSON only: plain text is refused as an unsupported type (415), not misread
  app.removeContentTypeParser('text/plain')
  app.setErrorHandler((err, req, reply) => sendError(err, req, reply))
  const cache = opts.responseCache === false ? null : new ResponseCache(opts.store.db)
  const cacheable = (req: FastifyRequest) =>
    req.method === 'GET' &&
    req.url.startsWith(`${API_PREFIX}/`) &&
    !req.url.startsWith(`${API_PREFIX}/health`)
  if (cache) {
    app.addHook('onRequest', async (req, reply) => {
      if (cacheable(req) && (await cache.lookup(req, reply))) return reply
    })
  }
  app.addHook('onSend', async (req, reply, payload) => {
    // a write that succeeded (200, or 201 for a new note) moves the version before its answer
    // leaves, so a read sent after the answer arrives never gets what was cached before it
    if (cache && req.method === 'POST' && reply.statusCode >= 200 && reply.statusCode < 300)
      cache.wrote()
    if (cache && cacheable(req)) cache.store(req, reply, payload)
    reply.headers(SECURITY_HEADERS)
    if (req.url.startsWith(`${API_PREFIX}/`) && !reply.hasHeader('cache-control'))
      reply.header('cache-control', 'no-store')
    return payload
  })

  // every route's method and path, to tell an unknown path (404) from a wrong method (405)
  const routes: { method: string; pattern: RegExp }[] = []
  app.addHook('onRoute', (r) => {
    const methods = Array.isArray(r.method) ? r.method : [r.method]
    const pattern = new RegExp(
      `^${r.url.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/:[A-Za-z]+/g, '[^/]+')}/?$`,
    )
    for (const m of methods) routes.push({ method: m, pattern })
  })

  await app.register(swagger, {
    openapi: {
      openapi: '3.1.0',
      info: {
        title: 'Counterclaim API',
        version: VERSION,
        description:
          'A ledger of contested claims in the news. Reads are open; writes need `Authorization: Bearer <COUNTERCLAIM_TOKEN>`. Every error is `{ error: { code, message, status } }`.',
      },
      components: {
        securitySchemes: { bearer: { type: 'http', scheme: 'bearer' } },
      },
    },
    refResolver: { buildLocalReference: (json, _base, _frag, i) => String(json.$id ?? `def-${i}`) },
  })

  await app.register(
    async (api) => {
      const typed = api as unknown as Api
      healthRoutes(typed, ctx)
      claimRoutes(typed, ctx)
      annotationRoutes(typed, ctx)
      articleRoutes(typed, ctx)
      statementRoutes(typed, ctx)
      entityRoutes(typed, ctx)
      placeRoutes(typed, ctx)
      searchRoutes(typed, ctx)
      ingestRoutes(typed, ctx)
      typed.get('/openapi.json', { schema: { hide: true } }, async () => app.swagger())
    },
    { prefix: API_PREFIX },
  )

  const webRoot = opts.webRoot === undefined ? findWebRoot() : opts.webRoot
  const files = webRoot ? loadStaticFiles(webRoot) : new Map<string, StaticFile>()

  app.setNotFoundHandler(async (req, reply) => {
    const path = req.url.split('?')[0] ?? '/'
    if (path.startsWith(`${API_PREFIX}/`) || path === API_PREFIX || path.startsWith('/api/')) {
      const allowed = [...new Set(routes.filter((r) => r.pattern.test(path)).map((r) => r.method))]
      if (allowed.length > 0) {
        throw new ApiError(
          405,
          'method_not_allowed',
          `${req.method} is not allowed on ${path}; use ${allowed.join(', ')}`,
          { allow: allowed.join(', ') },
        )
      }
      throw new ApiError(
        404,
        'not_found',
        `no API endpoint ${path}: see ${API_PREFIX}/openapi.json`,
      )
    }
    if (req.method !== 'GET' && req.method !== 'HEAD')
      throw new ApiError(405, 'method_not_allowed', `${req.method} is not allowed on ${path}`, {
        allow: 'GET, HEAD',
      })
    // a path with a file extension is a file; anything else is a page of the dashboard
    const file =
      files.get(path) ?? (/\.[a-z0-9]+$/i.test(path) ? undefined : files.get('/index.html'))
    if (!file) {
      throw new ApiError(
        404,
        'not_found',
        webRoot ? `no file ${path}` : 'the dashboard is not built: run npm run build',
      )
    }
    reply.header('etag', file.etag)
    reply.header(
      'cache-control',
      file.immutable ? 'public, max-age=31536000, immutable' : 'no-cache',
    )
    if (req.headers['if-none-match'] === file.etag) return reply.code(304).send()
    return reply.type(file.type).send(file.body)
  })

  return app
}

/** Compares tokens by their hashes, so neither their content nor their length leaks through timing. */
function tokenCheck(token: string | undefined) {
  const want = token ? createHash('sha256').update(token).digest() : null
  return async (req: FastifyRequest, _reply: FastifyReply) => {
    if (!want) {
      throw new ApiError(
        403,
        'forbidden',
        'writes are disabled on this server: start it with COUNTERCLAIM_TOKEN set, then send Authorization: Bearer <token>',
      )
    }
    const m = /^Bearer\s+(\S+)\s*$/i.exec(req.headers.authorization ?? '')
    if (!m) {
      throw new ApiError(401, 'unauthorized', 'this endpoint needs Authorization: Bearer <token>', {
        'www-authenticate': 'Bearer',
      })
    }
    const got = createHash('sha256').update(m[1]!).digest()
    if (!timingSafeEqual(got, want)) {
      throw new ApiError(401, 'unauthorized', 'wrong token', {
        'www-authenticate': 'Bearer error="invalid_token"',
      })
    }
  }
}
