import { createHash } from 'node:crypto'
import type { FastifyReply, FastifyRequest } from 'fastify'
import type { Kysely } from 'kysely'
import { ledgerVersion } from '../store/read/ledger-version.js'
import type { Database } from '../store/schema.js'

interface Entry {
  version: string
  etag: string
  body: string
}

const MAX_ENTRIES = 2000
const MAX_BODY = 1024 * 1024

/**
 * Answers of read endpoints, kept until the ledger changes. Every request reads the ledger's
 * version first (one cheap query), so an answer is never served after a write, ours or another
 * process's; ETags let browsers revalidate with a 304.
 */
export class ResponseCache {
  #entries = new Map<string, Entry>()
  #writes = 0
  #versionKey = Symbol('version')

  constructor(private readonly db: Kysely<Database>) {}

  /** Our own writes move the version at once. */
  wrote(): void {
    this.#writes++
    this.#entries.clear()
  }

  /** onRequest: serves a cached answer when the ledger has not changed since it was made. */
  async lookup(req: FastifyRequest, reply: FastifyReply): Promise<boolean> {
    const version = await ledgerVersion(this.db, this.#writes)
    ;(req as unknown as Record<symbol, string>)[this.#versionKey] = version
    const hit = this.#entries.get(req.url)
    if (!hit) return false
    if (hit.version !== version) {
      this.#entries.delete(req.url)
      return false
    }
    // most recently used last
    this.#entries.delete(req.url)
    this.#entries.set(req.url, hit)
    reply.header('etag', hit.etag).header('cache-control', 'no-cache').header('x-cache', 'hit')
    if (req.headers['if-none-match'] === hit.etag) void reply.code(304).send()
    else void reply.type('application/json; charset=utf-8').send(hit.body)
    return true
  }

  /** onSend: keeps a successful answer under the version read before it was computed. */
  store(req: FastifyRequest, reply: FastifyReply, payload: unknown): void {
    const version = (req as unknown as Record<symbol, string | undefined>)[this.#versionKey]
    if (!version || reply.statusCode !== 200 || typeof payload !== 'string') return
    if (reply.getHeader('x-cache') === 'hit' || payload.length > MAX_BODY) return
    const etag = `"${createHash('sha1').update(payload).digest('base64url').slice(0, 22)}"`
    reply.header('etag', etag).header('cache-control', 'no-cache').header('x-cache', 'miss')
    this.#entries.set(req.url, { version, etag, body: payload })
    if (this.#entries.size > MAX_ENTRIES) this.#entries.delete(this.#entries.keys().next().value!)
  }
}
