import type { PipelineDeps } from '../pipeline/index.js'
import type { Store } from '../store/db.js'
import { buildApp } from './app.js'
import { isLoopback } from './config.js'

export interface RunOptions {
  store: Store
  host: string
  port: number
  token: string | undefined
  maxBytes: number
  pipelineDeps: () => PipelineDeps
  /** Log every request (JSON lines on stdout). */
  log: boolean
  quiet: boolean
  /** Keep answers of read endpoints until the ledger changes. */
  cache: boolean
}

/**
 * Serves the API and the dashboard until SIGINT or SIGTERM, then closes the server (letting
 * requests in flight finish) and resolves. Messages go to stderr.
 * @example
 * await runServer({ store, host: '127.0.0.1', port: 8080, token: undefined, … })
 */
export async function runServer(o: RunOptions): Promise<void> {
  const app = await buildApp({
    store: o.store,
    token: o.token,
    maxBytes: o.maxBytes,
    pipelineDeps: o.pipelineDeps,
    logger: o.log,
    responseCache: o.cache,
  })
  const address = await app.listen({ host: o.host, port: o.port })
  if (!o.quiet) {
    const say = (s: string) => process.stderr.write(`${s}\n`)
    say(`counterclaim: serving ${o.store.location} at ${address}/`)
    say(`  API ${address}/api/v1 (OpenAPI: ${address}/api/v1/openapi.json)`)
    say(
      o.token
        ? '  writes (ingest, merge, split) need Authorization: Bearer $COUNTERCLAIM_TOKEN'
        : '  writes are off: set COUNTERCLAIM_TOKEN to allow ingest, merge and split',
    )
    if (!isLoopback(o.host))
      say(`  warning: ${o.host} is reachable from other machines; reads need no token`)
    say('  Ctrl-C stops')
  }
  await new Promise<void>((resolve) => {
    const stop = () => {
      process.off('SIGINT', stop)
      process.off('SIGTERM', stop)
      resolve()
    }
    process.on('SIGINT', stop)
    process.on('SIGTERM', stop)
  })
  await app.close()
}
