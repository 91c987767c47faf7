import type { RawDocument } from '../ingest/types.js'
import { cleanHtml } from './html/index.js'
import { cleanText } from './text/index.js'
import type { CleanArticle } from './types.js'

export type { Caption, CleanArticle, Why } from './types.js'

/**
 * The clean stage: page furniture out, headline, outlet, byline, date, captions and related
 * headlines into their own fields. Metadata the source gave (a JSON Lines record's fields)
 * wins over what the page itself suggests.
 */
export function clean(doc: RawDocument): CleanArticle {
  const article =
    doc.kind === 'html' ? cleanHtml(doc.content, doc.meta) : cleanText(doc.content, doc.meta)
  if (doc.meta.outlet) article.outlet = doc.meta.outlet
  if (doc.meta.url) article.url = doc.meta.url
  return article
}
