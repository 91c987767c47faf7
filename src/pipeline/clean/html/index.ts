import { Readability } from '@mozilla/readability'
import { parseHTML } from 'linkedom'
import type { Caption, CleanArticle } from '../types.js'
import { type Block, splitBlocks } from './blocks.js'
import { cleanCredit, mergeCaptions, splitCredit } from './captions.js'
import { classifyBlocks, type Labeled } from './classify.js'
import { isDateLine, parseTextDate } from './dates.js'
import type { El } from './dom.js'
import { type CallerMeta, readMetadata } from './metadata.js'
import { scanPage } from './page-scan.js'
import { PROMPT, READ_MORE } from './patterns.js'

export type { CallerMeta } from './metadata.js'

interface ExtractResult {
  blocks: Block[]
  rule: string
}

/** Readability's article element, or the body when Readability finds nothing or fails. */
function extractBlocks(document: unknown): ExtractResult {
  try {
    const reader = new Readability<El>(document as ConstructorParameters<typeof Readability>[0], {
      keepClasses: true,
      serializer: (n) => n as unknown as El,
    })
    const res = reader.parse()
    if (res?.content) return { blocks: splitBlocks(res.content), rule: 'readability' }
  } catch {
    // Fall through to the body: broken pages must still give what text they have.
  }
  try {
    const body = (document as { body?: El | null }).body
    return { blocks: body ? splitBlocks(body) : [], rule: 'body-fallback' }
  } catch {
    return { blocks: [], rule: 'body-fallback' }
  }
}

const UPDATED = /updated|modified|aktualisiert|atualizado|actualizado|mis à jour|aggiornato/i

const relatedTitle = (t: string) =>
  t
    .replace(READ_MORE, '')
    .replace(/^[\s[(]+|[\s\])]+$/g, '')
    // Counters glued before a title ("14h261Title") by teaser markup.
    .replace(/^\d+[a-z]{0,3}\d*(?=\p{Lu})/u, '')
    .trim()

/** Whether a link text reads as another story's title (not a prompt, a date or a counter). */
function isStoryTitle(t: string): boolean {
  const w = t.split(/\s+/).length
  return w >= 3 && w <= 30 && !isDateLine(t) && !PROMPT.test(t) && !/\bclick(?:ing)?\b/i.test(t)
}

/**
 * Clean one HTML news page: the article body as paragraphs, with headline, outlet, byline,
 * date, captions and related-story titles in their own fields. Never throws.
 */
export function cleanHtml(html: string, meta: CallerMeta = {}): CleanArticle {
  try {
    return clean(typeof html === 'string' ? html : '', meta ?? {})
  } catch {
    // Last guard: a page no rule could read still yields an (empty) article, never an exception.
    return {
      headline: meta?.headline ?? null,
      outlet: meta?.outlet ?? null,
      byline: null,
      publishedAt: null,
      url: meta?.url ?? null,
      language: 'en',
      paragraphs: [],
      captions: [],
      relatedHeadlines: [],
      why: {},
    }
  }
}

function clean(html: string, meta: CallerMeta): CleanArticle {
  let document: { documentElement: El | null; body?: El | null }
  try {
    document = parseHTML(html).document as unknown as typeof document
  } catch {
    document = { documentElement: null, body: null }
  }
  const scan = scanPage(document)
  const page = readMetadata(scan, meta)
  const { blocks, rule } = document.documentElement
    ? extractBlocks(document)
    : { blocks: [], rule: 'no-document' }
  const ctx = { headline: page.headline, byline: page.byline }
  const labeled = classifyBlocks(blocks, ctx)

  const paragraphs: string[] = []
  const captions: Caption[] = [...scan.captions]
  const related: string[] = scan.related.map(relatedTitle).filter(isStoryTitle)
  for (const l of labeled) {
    const t = l.block.text
    switch (l.label) {
      case 'body':
        paragraphs.push(t)
        break
      case 'caption':
        captions.push(
          l.block.hints.includes('credit') ? { text: '', credit: cleanCredit(t) } : splitCredit(t),
        )
        break
      case 'related': {
        const title = relatedTitle(t)
        if (isStoryTitle(title)) related.push(title)
        break
      }
    }
  }

  const why = { ...page.why }
  let { byline, publishedAt } = page
  if (!publishedAt) {
    // A line that says "Updated" dates the last edit, not the publication: use it last.
    const dateLine = (l: Labeled) => l.label !== 'body' && isDateLine(l.block.text)
    const d =
      firstParsed(labeled, (l) => dateLine(l) && !UPDATED.test(l.block.text), parseTextDate) ??
      firstParsed(labeled, dateLine, parseTextDate)
    if (d) {
      publishedAt = d
      why.publishedAt = { rule: 'page:date-line', confidence: 0.5 }
    }
  }
  if (!byline) {
    const b = labeled.find((l) => l.label === 'byline' && l.rule === 'text:byline')
    if (b) {
      byline = b.block.text.replace(/^\S+\s*[:-]?\s+/, '').trim()
      why.byline = { rule: 'page:byline-line', confidence: 0.5 }
    }
  }
  if (paragraphs.length) {
    why.body = { rule: `${rule}+line-classifier`, confidence: rule === 'readability' ? 0.9 : 0.5 }
  }

  return {
    ...page,
    byline,
    publishedAt,
    paragraphs,
    captions: mergeCaptions(captions),
    relatedHeadlines: [...new Set(related)].slice(0, 50),
    why,
  }
}

function firstParsed(
  labeled: Labeled[],
  accept: (l: Labeled) => boolean,
  parse: (s: string) => string | null,
): string | null {
  for (const l of labeled) {
    if (!accept(l)) continue
    const v = parse(l.block.text)
    if (v) return v
  }
  return null
}
