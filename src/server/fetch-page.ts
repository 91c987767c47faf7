import { z } from 'zod'
import { DecodeError, decode } from '../pipeline/ingest/decode.js'
import { declaredCharset } from '../pipeline/ingest/sniff.js'
import type { RawDocument } from '../pipeline/ingest/types.js'
import { ApiError } from './errors.js'

/** A URL the server may fetch: http or https, no credentials in it. */
export const FetchUrl = z
  .url({ protocol: /^https?$/, message: 'give an http or https URL' })
  .max(2048)
  .refine(
    (u) => !/^[a-z]+:\/\/[^/]*@/i.test(u),
    'a URL with a user name or password is not fetched',
  )

/** What a fetched response must be before its body is read. */
const FetchedHead = z.object({
  status: z
    .number()
    .int()
    .min(200, 'the page answered with an error')
    .max(299, 'the page answered with an error'),
  contentType: z
    .string()
    .regex(
      /^\s*(text\/html|application\/xhtml\+xml|text\/plain)\b/i,
      'not a web page: only HTML or plain text is read',
    ),
  contentLength: z.number().int().nonnegative().nullable(),
})

export interface FetchOptions {
  maxBytes: number
  timeoutMs: number
  fetch?: typeof fetch
}

/**
 * Fetches one page for ingestion: checks the answer's status, type and size (zod) before and
 * while reading, stops at the byte limit and the timeout, and decodes it with the charset the
 * header or the page declares. Failures are ApiErrors (502 when the page or its server is at fault).
 * @example
 * const { content } = await fetchPage('https://example.org/a', { maxBytes: 5e6, timeoutMs: 10_000 })
 */
export async function fetchPage(
  url: string,
  opts: FetchOptions,
): Promise<Pick<RawDocument, 'content' | 'bytes' | 'charset' | 'charsetRule'> & { url: string }> {
  const signal = AbortSignal.timeout(opts.timeoutMs)
  let res: Response
  try {
    res = await (opts.fetch ?? fetch)(url, {
      signal,
      redirect: 'follow',
      headers: { accept: 'text/html,application/xhtml+xml,text/plain;q=0.9' },
    })
  } catch (e) {
    throw new ApiError(502, 'bad_gateway', `could not fetch ${url}: ${reason(e)}`)
  }
  const head = FetchedHead.safeParse({
    status: res.status,
    contentType: res.headers.get('content-type') ?? '',
    contentLength: res.headers.has('content-length')
      ? Number(res.headers.get('content-length'))
      : null,
  })
  if (!head.success) {
    await res.body?.cancel().catch(() => {})
    throw new ApiError(
      502,
      'bad_gateway',
      `${url}: ${head.error.issues.map((i) => i.message).join('; ')} (HTTP ${res.status}, ${res.headers.get('content-type') ?? 'no content type'})`,
    )
  }
  if (head.data.contentLength !== null && head.data.contentLength > opts.maxBytes) {
    await res.body?.cancel().catch(() => {})
    throw new ApiError(
      413,
      'payload_too_large',
      `${url} is ${head.data.contentLength} bytes, over the ${opts.maxBytes} byte limit`,
    )
  }
  const parts: Uint8Array[] = []
  let n = 0
  const reader = res.body?.getReader()
  try {
    for (;;) {
      if (!reader) break
      const { done, value } = await reader.read()
      if (done) break
      n += value.length
      if (n > opts.maxBytes) {
        await reader.cancel().catch(() => {})
        throw new ApiError(
          413,
          'payload_too_large',
          `${url} is over the ${opts.maxBytes} byte limit`,
        )
      }
      parts.push(value)
    }
  } catch (e) {
    if (e instanceof ApiError) throw e
    throw new ApiError(502, 'bad_gateway', `could not read ${url}: ${reason(e)}`)
  }
  const bytes = Buffer.concat(parts)
  const headerCharset = /charset\s*=\s*"?([\w.:-]+)/i.exec(head.data.contentType)?.[1] ?? null
  const declared = headerCharset ?? declaredCharset(bytes.subarray(0, 65536).toString('latin1'))
  try {
    const d = decode(bytes, declared)
    return {
      url: res.url || url,
      content: d.content,
      bytes: bytes.length,
      charset: d.charset,
      charsetRule: headerCharset && d.rule === 'meta' ? 'header' : d.rule,
    }
  } catch (e) {
    if (e instanceof DecodeError) throw new ApiError(502, 'bad_gateway', `${url}: ${e.message}`)
    throw e
  }
}

function reason(e: unknown): string {
  const err = e as Error & { cause?: { code?: string; message?: string } }
  if (err.name === 'TimeoutError' || err.name === 'AbortError') return 'timed out'
  return err.cause?.code ?? err.cause?.message ?? err.message
}
