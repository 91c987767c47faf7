import { z } from 'zod'
import { DEFAULT_MAX_BYTES } from '../../pipeline/ingest/index.js'
import { EnvError, readServerEnv } from '../../server/config.js'
import { runServer } from '../../server/run.js'
import { parse } from '../args.js'
import { UsageError } from '../config.js'
import { pipelineDeps, withStore } from '../open.js'

export const usage = `counterclaim serve [--db PATH] [--host H] [--port N] [--log] [--quiet] [--no-cache]

Serves the dashboard and the REST API (/api/v1, OpenAPI at /api/v1/openapi.json) on
127.0.0.1:8080 by default ($COUNTERCLAIM_HOST, $COUNTERCLAIM_PORT). Reads are open; writes
(ingest, merge, split) need COUNTERCLAIM_TOKEN set and "Authorization: Bearer <token>".
Answers of read endpoints are kept until the ledger changes; --no-cache computes every one.`

export const serveOptions = {
  db: { type: 'string' },
  host: { type: 'string' },
  port: { type: 'string' },
  log: { type: 'boolean' },
  quiet: { type: 'boolean' },
  'no-cache': { type: 'boolean' },
} as const

export const serveFields = {
  db: z.string().min(1).optional(),
  host: z
    .string()
    .regex(/^[A-Za-z0-9.:[\]-]{1,255}$/, 'a host name or IP address')
    .optional(),
  port: z.coerce.number().int().min(0).max(65535).optional(),
  log: z.boolean().optional(),
  quiet: z.boolean().optional(),
  'no-cache': z.boolean().optional(),
}

/** Reads the environment and serves the ledger until stopped; shared with `start`. */
export async function serve(a: {
  db?: string | undefined
  host?: string | undefined
  port?: number | undefined
  log?: boolean | undefined
  quiet?: boolean | undefined
  'no-cache'?: boolean | undefined
}): Promise<number> {
  let env: ReturnType<typeof readServerEnv>
  try {
    env = readServerEnv()
  } catch (e) {
    if (e instanceof EnvError) throw new UsageError(e.message)
    throw e
  }
  return withStore(a.db, async (store) => {
    await runServer({
      store,
      host: a.host ?? env.COUNTERCLAIM_HOST ?? '127.0.0.1',
      port: a.port ?? env.COUNTERCLAIM_PORT ?? 8080,
      token: env.COUNTERCLAIM_TOKEN,
      maxBytes: Math.min(env.COUNTERCLAIM_MAX_BYTES ?? 10 * 1024 * 1024, DEFAULT_MAX_BYTES),
      pipelineDeps,
      log: a.log ?? false,
      quiet: a.quiet ?? false,
      cache: !a['no-cache'],
    })
    return 0
  })
}

export async function serveCommand(argv: string[]): Promise<number> {
  const a = parse(
    argv,
    serveOptions,
    z.object({ ...serveFields, positionals: z.array(z.string()).max(0, 'takes no arguments') }),
  )
  return serve(a)
}
