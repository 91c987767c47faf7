import type { CleanArticle, Why } from '../types.js'
import { normalizeIsoDate, parseTextDate } from './dates.js'
import { type JsonLdArticle, readJsonLd, scrapeJsonLd } from './json-ld.js'
import type { PageScan } from './page-scan.js'
import { decodeEntities, normalizeSpace } from './text.js'

/** Metadata the caller already knows from the source (JSON Lines fields, HTTP headers). */
export interface CallerMeta {
  url?: string
  headline?: string
  publishedAt?: string
  outlet?: string
}

/** The metadata half of a clean article, with the rule behind each field. */
export type PageMeta = Pick<
  CleanArticle,
  'headline' | 'outlet' | 'byline' | 'publishedAt' | 'url' | 'language' | 'why'
>

type Pick1 = { value: string; why: Why } | null

function first(...cands: [string | null | undefined, string, number][]): Pick1 {
  for (const [v, rule, confidence] of cands) {
    const s = v ? normalizeSpace(decodeEntities(v)) : ''
    if (s) return { value: s, why: { rule, confidence } }
  }
  return null
}

const comparable = (s: string) =>
  s
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()

const isUrl = (s: string) => /^(?:https?:)?\/\//i.test(s) || /^www\./i.test(s)

/** A title split into the headline proper and the site name printed beside it. */
export interface SplitTitle {
  headline: string
  site: string | null
}

/**
 * Split "Section | Headline - Outlet" and keep the headline. Parts that name the site go;
 * with `guess`, so does a short last part or a one- or two-word leading section label.
 */
export function splitTitle(
  title: string,
  outlet: string | null,
  host: string | null,
  guess: boolean,
): SplitTitle {
  const pieces = title.split(/(\s+(?:[|\-–—•·»]{1,2}|::)\s+)/)
  const parts = pieces.filter((_, i) => i % 2 === 0)
  const seps = pieces.filter((_, i) => i % 2 === 1)
  if (parts.length < 2) return { headline: title, site: null }
  const site = (outlet ?? '').toLowerCase().replace(/[^\p{L}\p{N}]/gu, '')
  const hostWord = (host ?? '').replace(/^www\d?\./, '').split('.')[0] ?? ''
  const isSite = (p: string) => {
    const squashed = p.toLowerCase().replace(/[^\p{L}\p{N}]/gu, '')
    if (!squashed) return true
    return (
      (site.length > 1 &&
        (squashed === site || squashed.includes(site) || site.includes(squashed))) ||
      (hostWord.length > 2 && (squashed.includes(hostWord) || hostWord.includes(squashed)))
    )
  }
  const words = (p: string) => p.split(/\s+/).length
  let lo = 0
  let hi = parts.length - 1
  let siteName: string | null = null
  while (hi > lo && isSite(parts[hi]!)) {
    siteName ??= parts[hi]!
    hi--
  }
  if (guess && hi === parts.length - 1 && hi > lo && words(parts[hi]!) <= 4) {
    const rest = parts.slice(lo, hi).join(' ')
    if (rest.length > 20) siteName = parts[hi--]!
  }
  while (lo < hi && isSite(parts[lo]!)) lo++
  if (guess && lo < hi && words(parts[lo]!) <= 2 && seps[lo]?.includes('|')) lo++
  let headline = parts[lo]!
  for (let i = lo + 1; i <= hi; i++) headline += seps[i - 1]! + parts[i]!
  return { headline: headline.trim() || title, site: siteName?.trim() || null }
}

function hostOf(url: string | null): string | null {
  if (!url) return null
  try {
    return new URL(url).hostname.toLowerCase()
  } catch {
    return null
  }
}

function cleanByline(s: string): string | null {
  let b = normalizeSpace(s)
    .replace(/^(?:written |posted |reported )?(?:by|por|par|von|oleh|di)\s*[:-]?\s+/i, '')
    .replace(/\s*[|,]?\s*(?:updated|published|posted)\b.*$/i, '')
    .replace(/\s*[-|–—]\s*\d.*$/, '')
    .trim()
  if (!b || isUrl(b) || b.length > 100) return null
  if (/^\d/.test(b) || /[:?!]$/.test(b)) return null
  b = b.replace(/\s+and\s+/g, ' and ')
  return b
}

/** A meta tag whose name says it holds the publication date, under a site's own naming. */
function guessDateMeta(m: Map<string, string>): string | null {
  for (const [k, v] of m) {
    if (/modif|updat|expir|found|birth|valid/.test(k)) continue
    if (
      /(?:pub|post|creat|release|article)[\w.:-]*date|date[\w.:-]*(?:pub|post|creat)|published/.test(
        k,
      )
    )
      return v
  }
  return null
}

/** A short run of capitalised names ("Jane Doe and John Roe, Reuters"), not a sentence. */
function looksLikeNames(s: string): boolean {
  const words = s.split(/\s+/)
  if (words.length > 10) return false
  const caps = words.filter((w) => /^[\p{Lu}\p{Lo}]/u.test(w)).length
  return caps >= Math.ceil(words.length * 0.6)
}

/** Decide the article's metadata: caller fields, then JSON-LD, then meta tags, then visible cues. */
export function readMetadata(scan: PageScan, caller: CallerMeta): PageMeta {
  const m = scan.meta
  let ld: JsonLdArticle | null = null
  try {
    ld = readJsonLd(scan.jsonLd) ?? scrapeJsonLd(scan.jsonLd)
  } catch {
    ld = null
  }
  const why: PageMeta['why'] = {}

  const url = first(
    [caller.url, 'source-meta', 1],
    [m.get('og:url'), 'meta:og:url', 0.9],
    [scan.canonical, 'link:canonical', 0.9],
    [ld?.url, 'json-ld:url', 0.85],
  )
  const host = hostOf(url?.value ?? null)

  const outlet = first(
    [caller.outlet, 'source-meta', 0.95],
    [ld?.publisher, 'json-ld:publisher', 0.9],
    [m.get('og:site_name'), 'meta:og:site_name', 0.9],
    [m.get('application-name'), 'meta:application-name', 0.7],
  )
  const titleSite = scan.title
    ? splitTitle(scan.title, outlet?.value ?? null, hostOf(url?.value ?? null), true).site
    : null
  const outletFallback =
    outlet ??
    first(
      [titleSite, 'page:title-suffix', 0.5],
      [m.get('twitter:site')?.replace(/^@/, ''), 'meta:twitter:site', 0.4],
      [host?.replace(/^www\d?\./, ''), 'url:host', 0.3],
    )
  if (outletFallback) why.outlet = outletFallback.why

  const outletName = outletFallback?.value ?? null
  const title = scan.title ? splitTitle(scan.title, outletName, host, true) : null
  const ogTitle = m.get('og:title') ?? m.get('twitter:title') ?? null
  const titleKey = comparable(scan.title)
  // An h1 that the <title> repeats is the headline; others may be a logo or a dialog's heading.
  const h1InTitle = scan.h1.find(
    (h) => h.length <= 300 && titleKey.includes(comparable(h)) && comparable(h),
  )
  const h1Lone = scan.h1.length === 1 && scan.h1[0]!.length <= 300 ? scan.h1[0] : null
  const headline = first(
    [caller.headline, 'source-meta', 0.95],
    [
      ld?.headline ? splitTitle(ld.headline, outletName, host, false).headline : null,
      'json-ld:headline',
      0.95,
    ],
    [ogTitle ? splitTitle(ogTitle, outletName, host, true).headline : null, 'meta:og:title', 0.85],
    [m.get('headline') ?? m.get('dc.title'), 'meta:headline', 0.8],
    [h1InTitle, 'page:h1', 0.75],
    [title?.headline, 'page:title', 0.6],
    [h1Lone && comparable(h1Lone) !== comparable(outletName ?? '') ? h1Lone : null, 'page:h1', 0.5],
  )
  if (headline) why.headline = headline.why

  const metaAuthor = [
    m.get('author'),
    m.get('article:author'),
    m.get('parsely-author'),
    m.get('sailthru.author'),
    m.get('dc.creator'),
    m.get('byl'),
  ].find((v) => v && !isUrl(v) && !/^@/.test(v))
  const byline = first(
    [
      ld?.authors.length ? ld.authors.map((a) => cleanByline(a) ?? a).join(', ') : null,
      'json-ld:author',
      0.9,
    ],
    [metaAuthor ? cleanByline(metaAuthor) : null, 'meta:author', 0.8],
    [
      scan.authorTexts.map(cleanByline).find((x) => x && looksLikeNames(x)) ?? null,
      'page:byline',
      0.6,
    ],
  )
  if (byline) why.byline = byline.why

  const dateCands: [string | null | undefined, string, number][] = [
    [caller.publishedAt, 'source-meta', 0.95],
    [ld?.datePublished, 'json-ld:datePublished', 0.95],
    [m.get('article:published_time'), 'meta:article:published_time', 0.9],
    [m.get('og:article:published_time'), 'meta:og:article:published_time', 0.9],
    [m.get('datepublished'), 'meta:datePublished', 0.9],
    [m.get('parsely-pub-date'), 'meta:parsely-pub-date', 0.85],
    [m.get('sailthru.date'), 'meta:sailthru.date', 0.8],
    [m.get('pubdate') ?? m.get('publishdate') ?? m.get('publish-date'), 'meta:pubdate', 0.8],
    [m.get('dc.date.issued') ?? m.get('dcterms.created') ?? m.get('dc.date'), 'meta:dc.date', 0.75],
    [m.get('article:published') ?? m.get('pdate'), 'meta:article:published', 0.8],
    [m.get('date'), 'meta:date', 0.7],
    [guessDateMeta(m), 'meta:date-like', 0.6],
    [scan.times[0], 'page:time', 0.6],
  ]
  let publishedAt: string | null = null
  for (const [v, rule, confidence] of dateCands) {
    if (!v) continue
    const iso = normalizeIsoDate(v) ?? parseTextDate(v)
    if (iso) {
      publishedAt = iso
      why.publishedAt = { rule, confidence }
      break
    }
  }

  const langRaw =
    scan.htmlLang ??
    m.get('content-language') ??
    m.get('language') ??
    ld?.language ??
    m.get('og:locale') ??
    null
  const lang =
    langRaw
      ?.trim()
      .toLowerCase()
      .split(/[-_,;\s]/)[0] ?? ''

  return {
    headline: headline?.value ?? null,
    outlet: outletFallback?.value ?? null,
    byline: byline?.value ?? null,
    publishedAt,
    url: url?.value ?? null,
    language: /^[a-z]{2,3}$/.test(lang) ? lang : 'en',
    why,
  }
}
