/** Fields read from a schema.org article object in JSON-LD. */
export interface JsonLdArticle {
  type: string
  headline: string | null
  datePublished: string | null
  authors: string[]
  publisher: string | null
  language: string | null
  url: string | null
}

const ARTICLE_TYPES = /^(?:[A-Za-z]*Article|BlogPosting|LiveBlogPosting|SocialMediaPosting|Report)$/

type Json = null | boolean | number | string | Json[] | { [k: string]: Json }

/** Parse one JSON-LD script body, repairing the usual breakage; null when nothing is readable. */
export function parseJsonLenient(raw: string): Json | null {
  let s = raw
    .replace(/^\s*<!--/, '')
    .replace(/-->\s*$/, '')
    .replace(/^\s*(?:\/\/\s*)?<!\[CDATA\[/, '')
    .replace(/(?:\/\/\s*)?\]\]>\s*$/, '')
    .trim()
  if (!s) return null
  const attempt = (t: string): Json | null => {
    try {
      return JSON.parse(t) as Json
    } catch {
      return null
    }
  }
  let v = attempt(s)
  if (v !== null) return v
  // Raw control characters inside strings, trailing commas, a stray final semicolon.
  s = escapeControlsInStrings(s)
    .replace(/,\s*([}\]])/g, '$1')
    .replace(/;\s*$/, '')
  v = attempt(s)
  if (v !== null) return v
  // Several objects one after another, with or without commas between them.
  v = attempt(`[${s.replace(/}\s*,?\s*{/g, '},{')}]`)
  if (v !== null) return v
  // Unbalanced braces at the end: cut to the last complete object.
  for (let end = s.lastIndexOf('}'); end > 0; end = s.lastIndexOf('}', end - 1)) {
    v = attempt(s.slice(0, end + 1))
    if (v !== null) return v
    if (s.length - end > 2000) break
  }
  return null
}

function escapeControlsInStrings(s: string): string {
  let out = ''
  let inStr = false
  for (let i = 0; i < s.length; i++) {
    const c = s[i]!
    if (inStr) {
      if (c === '\\') {
        out += c + (s[i + 1] ?? '')
        i++
        continue
      }
      if (c === '"') inStr = false
      else if (c < ' ') {
        out += ' '
        continue
      }
    } else if (c === '"') inStr = true
    out += c
  }
  return out
}

function isObj(v: Json | undefined): v is { [k: string]: Json } {
  return typeof v === 'object' && v !== null && !Array.isArray(v)
}

function types(o: { [k: string]: Json }): string[] {
  const t = o['@type']
  if (typeof t === 'string') return [t]
  if (Array.isArray(t)) return t.filter((x): x is string => typeof x === 'string')
  return []
}

function str(v: Json | undefined): string | null {
  if (typeof v === 'string') return v.trim() || null
  if (typeof v === 'number') return String(v)
  if (Array.isArray(v)) return str(v[0])
  if (isObj(v)) return str(v['@value'] ?? v.name)
  return null
}

/** Collect every object in the tree, following @graph, arrays and nested values. */
function collect(v: Json, out: { [k: string]: Json }[], depth = 0): void {
  if (depth > 8 || out.length > 500) return
  if (Array.isArray(v)) {
    for (const x of v) collect(x, out, depth + 1)
  } else if (isObj(v)) {
    out.push(v)
    for (const k in v) if (k !== '@context') collect(v[k]!, out, depth + 1)
  }
}

function names(v: Json | undefined, byId: Map<string, { [k: string]: Json }>): string[] {
  if (v === undefined || v === null) return []
  if (typeof v === 'string') return v.trim() && !/^https?:\/\//.test(v) ? [v.trim()] : []
  if (Array.isArray(v)) return v.flatMap((x) => names(x, byId))
  if (isObj(v)) {
    const ref = typeof v['@id'] === 'string' ? byId.get(v['@id']) : undefined
    const n = str(v.name) ?? (ref && ref !== v ? str(ref.name) : null)
    return n && !/^https?:\/\//.test(n) ? [n] : []
  }
  return []
}

/** The best article object among the page's JSON-LD scripts, or null. */
export function readJsonLd(scripts: string[]): JsonLdArticle | null {
  const objs: { [k: string]: Json }[] = []
  for (const raw of scripts) {
    const v = parseJsonLenient(raw)
    if (v !== null) collect(v, objs)
  }
  const byId = new Map<string, { [k: string]: Json }>()
  for (const o of objs)
    if (typeof o['@id'] === 'string' && !byId.has(o['@id'])) byId.set(o['@id'], o)
  let best: { [k: string]: Json } | null = null
  let bestType = ''
  let bestScore = -1
  for (const o of objs) {
    const t = types(o).find((x) => ARTICLE_TYPES.test(x))
    if (!t) continue
    // Prefer the object that carries the most of what we read.
    const score =
      (o.headline ? 2 : 0) +
      (o.datePublished ? 2 : 0) +
      (o.author ? 1 : 0) +
      (o.articleBody ? 1 : 0)
    if (score > bestScore) {
      best = o
      bestType = t
      bestScore = score
    }
  }
  if (!best) return null
  const publisherNames = names(best.publisher, byId)
  return {
    type: bestType,
    headline: str(best.headline) ?? str(best.name),
    datePublished: str(best.datePublished) ?? str(best.dateCreated),
    authors: [...new Set(names(best.author ?? best.creator, byId))],
    publisher: publisherNames[0] ?? null,
    language: str(best.inLanguage),
    url: str(best.url) ?? idOf(best.mainEntityOfPage),
  }
}

function idOf(v: Json | undefined): string | null {
  if (isObj(v)) return str(v['@id']) ?? str(v.url)
  return str(v)
}

const FIELD = (name: string) => new RegExp(`"${name}"\\s*:\\s*"((?:[^"\\\\]|\\\\.){1,500})"`)

/** Last resort for scripts no repair can parse: pull the plain string fields out by pattern. */
export function scrapeJsonLd(scripts: string[]): JsonLdArticle | null {
  for (const raw of scripts) {
    const type = raw.match(/"@type"\s*:\s*"([A-Za-z]+)"/)?.[1]
    if (!type || !ARTICLE_TYPES.test(type)) continue
    const un = (m: RegExpMatchArray | null) => (m?.[1] ? unescapeJson(m[1]) : null)
    const author = raw.match(/"author"\s*:\s*(?:\[\s*)?\{[^}]*?"name"\s*:\s*"([^"]{1,200})"/)
    return {
      type,
      headline: un(raw.match(FIELD('headline'))),
      datePublished: un(raw.match(FIELD('datePublished'))),
      authors: author?.[1] ? [unescapeJson(author[1])] : [],
      publisher: un(raw.match(/"publisher"\s*:\s*\{[^}]*?"name"\s*:\s*"([^"]{1,200})"/)),
      language: un(raw.match(FIELD('inLanguage'))),
      url: null,
    }
  }
  return null
}

function unescapeJson(s: string): string {
  try {
    return JSON.parse(`"${s}"`) as string
  } catch {
    return s
  }
}
