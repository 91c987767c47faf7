import type { Caption, Why } from '../pipeline/clean/types.js'
import type { ArticleTable, EntityTable } from './schema.js'

/** An article as the export, the API and the CLI show it (docs/schema.md). */
export interface ArticleRecord {
  id: string
  source: string
  contentHash: string
  headline: string | null
  outlet: string | null
  byline: string | null
  publishedAt: string | null
  language: string
  url: string | null
  text: string
  paragraphs: string[]
  captions: Caption[]
  relatedHeadlines: string[]
  why: Record<string, Why>
}

export interface MentionRecord {
  articleId: string
  start: number
  end: number
  text: string
  kind: string
  rule: string
  confidence: number
}

export interface EntityRecord {
  id: string
  name: string
  type: string
  aliases: string[]
  affiliation: string | null
  geo: { lat: number; lon: number } | null
  mentions: MentionRecord[]
  why: Why & { affiliation: string | null }
}

export function toArticleRecord(row: ArticleTable & { outlet_name: string | null }): ArticleRecord {
  return {
    id: row.id,
    source: row.source,
    contentHash: row.content_hash,
    headline: row.headline,
    outlet: row.outlet_name,
    byline: row.byline,
    publishedAt: row.published_at,
    language: row.language,
    url: row.url,
    text: row.text,
    paragraphs: (JSON.parse(row.paragraph_spans ?? '[]') as [number, number][]).map(([s, e]) =>
      row.text.slice(s, e),
    ),
    captions: JSON.parse(row.captions),
    relatedHeadlines: JSON.parse(row.related_headlines),
    why: JSON.parse(row.why),
  }
}

export function toEntityRecord(
  row: EntityTable,
  aliases: string[],
  mentions: MentionRecord[],
): EntityRecord {
  return {
    id: row.id,
    name: row.name,
    type: row.type,
    aliases,
    affiliation: row.affiliation,
    geo: row.lat !== null && row.lon !== null ? { lat: row.lat, lon: row.lon } : null,
    mentions,
    why: { rule: row.rule, confidence: row.confidence, affiliation: row.affiliation_rule },
  }
}
