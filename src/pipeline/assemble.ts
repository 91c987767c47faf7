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
