import { z } from 'zod'
import type { DocumentKind, SourceMeta } from './types.js'

/** One JSON Lines record: an article as text or HTML, with what the feed knows of it. */
export const jsonlRecord = z
  .object({
    url: z.string().max(4096).optional(),
    headline: z.string().max(2000).optional(),
    text: z.string().optional(),
    html: z.string().optional(),
    publishedAt: z.string().max(100).optional(),
    outlet: z.string().max(300).optional(),
  })
  .refine((r) => (r.text?.trim() ?? '') !== '' || (r.html?.trim() ?? '') !== '', {
    message: 'needs a non-empty "text" or "html" field',
  })

export type JsonlParse =
  | { ok: true; kind: DocumentKind; content: string; meta: SourceMeta }
  | { ok: false; reason: string }

/** Parses one line; a broken line is a reason, never an exception. */
export function parseJsonlLine(line: string): JsonlParse {
  let value: unknown
  try {
    value = JSON.parse(line)
  } catch (e) {
    return { ok: false, reason: `invalid JSON (${(e as Error).message})` }
  }
  const r = jsonlRecord.safeParse(value)
  if (!r.success) {
    const issue = r.error.issues[0]
    const where = issue?.path.length ? `field "${issue.path.join('.')}": ` : ''
    return { ok: false, reason: `invalid record (${where}${issue?.message ?? 'bad shape'})` }
  }
  const { text, html, ...rest } = r.data
  const meta: SourceMeta = {}
  if (rest.url) meta.url = rest.url
  if (rest.headline) meta.headline = rest.headline
  if (rest.publishedAt) meta.publishedAt = rest.publishedAt
  if (rest.outlet) meta.outlet = rest.outlet
  return html?.trim()
    ? { ok: true, kind: 'html', content: html, meta }
    : { ok: true, kind: 'text', content: text ?? '', meta }
}
