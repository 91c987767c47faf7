import type { CleanArticle } from './clean/types.js'
import type { Article } from './types.js'

/**
 * Builds the one text every offset points into: the headline (where there is one), then
 * the body paragraphs, separated by blank lines.
 */
export function assemble(clean: CleanArticle): Article {
  const parts: string[] = []
  if (clean.headline) parts.push(clean.headline)
  const bodyStart = clean.headline ? clean.headline.length + 2 : 0
  const paragraphSpans: Article['paragraphSpans'] = []
  let at = bodyStart
  for (const p of clean.paragraphs) {
    paragraphSpans.push({ start: at, end: at + p.length })
    parts.push(p)
    at += p.length + 2
  }
  return { ...clean, text: parts.join('\n\n'), bodyStart, paragraphSpans }
}

/**
 * An article of bare English paragraphs, no headline, with only the metadata given: for
 * reading single texts.
 */
export function bareArticle(
  paragraphs: string[],
  meta: Partial<Pick<CleanArticle, 'outlet' | 'publishedAt'>> = {},
): Article {
  return assemble({
    headline: null,
    outlet: meta.outlet ?? null,
    byline: null,
    publishedAt: meta.publishedAt ?? null,
    url: null,
    language: 'en',
    paragraphs,
    captions: [],
    relatedHeadlines: [],
    why: {},
  })
}
