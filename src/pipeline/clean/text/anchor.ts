import type { Annotation } from './annotate.js'
import type { Line } from './lines.js'

/** What the caller knows that can locate the article on the page. */
export interface PageHints {
  url?: string
  headline?: string
}

const WORD = /[\p{L}\p{N}]+/gu
// path words that name sections and formats, not the story
const PATH_NOISE = new Set([
  'www',
  'com',
  'org',
  'net',
  'html',
  'htm',
  'php',
  'aspx',
  'amp',
  'news',
  'article',
  'articles',
  'story',
  'stories',
  'post',
  'posts',
  'blog',
  'blogs',
  'index',
  'id',
  'en',
  'us',
  'uk',
  'world',
  'the',
  'a',
  'an',
  'of',
  'to',
  'in',
  'and',
  'for',
  'on',
  'is',
  'at',
  'by',
  'with',
])

function words(s: string): string[] {
  return (s.toLowerCase().match(WORD) ?? []).filter((w) => w.length > 1 && !/^\d+$/.test(w))
}

/** Story words of a URL's path: "/2019/11/18/new-york-state-probe/" gives new, york, state, probe. */
export function slugWords(url: string): Set<string> {
  let path = url
  try {
    path = new URL(url).pathname
  } catch {
    // not a URL: use the string as it is
  }
  return new Set(words(path).filter((w) => !PATH_NOISE.has(w)))
}

/** Share of the slug's words that a line contains, per line. */
export function slugOverlap(lines: Line[], slug: Set<string>): number[] {
  if (slug.size < 2) return lines.map(() => 0)
  const seen = new Set<string>()
  return lines.map((l) => {
    const lower = l.text.toLowerCase()
    // a line must hold two slug words as substrings before its words are worth reading
    let inside = 0
    for (const w of slug) if (lower.includes(w) && ++inside === 2) break
    if (inside < 2) return 0
    let hit = 0
    seen.clear()
    // slug words are words() already, so a raw match needs no filtering to be looked up
    for (const m of lower.matchAll(WORD)) {
      const w = m[0]
      if (slug.has(w) && !seen.has(w)) {
        seen.add(w)
        hit++
      }
    }
    return hit >= 2 ? hit / slug.size : 0
  })
}

/**
 * The line where the article starts: the headline matched by URL slug or by the given headline
 * (the copy followed by the most prose), else the first byline, else -1.
 */
export function findAnchor(
  lines: Line[],
  anns: Annotation[],
  overlap: number[],
  hints: PageHints,
): number {
  const n = lines.length
  const headline = hints.headline?.trim().toLowerCase()
  let best = 0
  for (let i = 0; i < n; i++) if (anns[i]!.words <= 40) best = Math.max(best, overlap[i]!)
  const candidates: number[] = []
  for (let i = 0; i < n; i++) {
    const text = lines[i]!.text
    if (headline && text.toLowerCase() === headline) candidates.push(i)
    else if (best >= 0.4 && anns[i]!.words <= 40 && overlap[i]! >= best * 0.75) candidates.push(i)
  }
  if (candidates.length) {
    let pick = candidates[0]!
    let pickProse = -1
    for (const c of candidates) {
      let prose = 0
      for (let j = c + 1; j < Math.min(n, c + 16); j++) {
        const t = lines[j]!.text
        if (t.length >= 80 && /[.!?。"”]$/u.test(t)) prose += t.length
      }
      if (prose > pickProse) {
        pickProse = prose
        pick = c
      }
    }
    return pick
  }
  for (let i = 0; i < n; i++) if (anns[i]!.byline) return i
  return -1
}
