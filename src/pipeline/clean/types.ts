/** A photo or video caption and the credit printed with it. */
export interface Caption {
  text: string
  credit: string | null
}

/** Why a field was filled: the rule or model, and how sure it is. */
export interface Why {
  rule: string
  confidence: number
}

/** The clean article: furniture removed, metadata in its own fields. */
export interface CleanArticle {
  headline: string | null
  outlet: string | null
  byline: string | null
  /** ISO 8601, only where the page states a publication date. */
  publishedAt: string | null
  url: string | null
  /** The language the page declares (BCP 47), or "und": the language stage detects it. */
  language: string
  paragraphs: string[]
  captions: Caption[]
  relatedHeadlines: string[]
  /** Provenance of the metadata fields, keyed by field name. */
  why: Partial<Record<'headline' | 'outlet' | 'byline' | 'publishedAt' | 'body', Why>>
}
