/** Compiled forms of the lexicons in ./data (see data/README.md). */
import credits from './data/credits.json' with { type: 'json' }
import dates from './data/dates.json' with { type: 'json' }
import furniture from './data/furniture.json' with { type: 'json' }
import outlets from './data/outlets.json' with { type: 'json' }
import related from './data/related-headers.json' with { type: 'json' }
import stopwords from './data/stopwords.json' with { type: 'json' }

function escapeRe(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')
}

/** Longest first, so alternation prefers "share this article" over "share". */
function alternation(phrases: string[], keepCase = false): string {
  return [...new Set(phrases.map((p) => (keepCase ? p : p.toLowerCase())))]
    .sort((a, b) => b.length - a.length)
    .map((p) => escapeRe(p).replace(/ /g, '\\s*'))
    .join('|')
}

/**
 * A line made only of widget labels, digits and punctuation. The labels may be glued
 * together as text dumps of pages glue them ("Share this articleComments").
 */
// Digits, spaces, punctuation and symbols, spelled out so the regex needs no "u" flag
// (ASCII punctuation, Latin-1 signs, general punctuation to dingbats, emoji halves).
const FILLER =
  '[\\s\\d!-/:-@[-`{-~\\u00a1-\\u00bf\\u00d7\\u00f7\\u2000-\\u2bff\\u3000-\\u303f\\ud800-\\udfff\\ufe30-\\ufe4f]'
const WIDGET_LINE = new RegExp(
  `^${FILLER}*(?:(?:${alternation(furniture.widgetPhrases)})${FILLER}*)+$`,
  'i',
)

// First letter run of each widget label: a line starting with any other word is no widget line.
const WIDGET_FIRST = new Set(
  furniture.widgetPhrases.map((p) => /[a-z]+/.exec(p.toLowerCase())?.[0] ?? ''),
)

/** The first run of ASCII letters of a line, cut at a lower-to-upper glue, lower-cased. */
function firstRun(line: string): string | null {
  let a = 0
  while (a < line.length) {
    const c = line.charCodeAt(a)
    if ((c >= 65 && c <= 90) || (c >= 97 && c <= 122)) break
    if (c > 127 && line.charAt(a).toLowerCase() !== line.charAt(a).toUpperCase()) return null
    a++
  }
  let b = a + 1
  while (b < line.length) {
    const c = line.charCodeAt(b)
    if (c >= 65 && c <= 90) {
      if (line.charCodeAt(b - 1) >= 97) break
    } else if (!(c >= 97 && c <= 122)) break
    b++
  }
  return a < line.length ? line.slice(a, b).toLowerCase() : null
}

/** True when a line is nothing but widget labels (with digits and punctuation). */
export function isWidgetLine(line: string): boolean {
  if (line.length > 100) return false
  const first = firstRun(line)
  return first !== null && WIDGET_FIRST.has(first) && WIDGET_LINE.test(line)
}

/**
 * Cues that mark a short line as a prompt or control rather than prose, as one regex.
 * No "u" flag: Unicode case folding over this many alternatives is twenty times slower.
 * Every cue opens on a word boundary or the line's start (furniture.test.ts checks), so one
 * such test in front of them all skips the insides of words instead of trying every cue
 * there: the same matches, in half the time.
 */
export const FURNITURE_CUE = new RegExp(
  `(?:^|\\b)(?:${furniture.cuePatterns.map((p) => `(?:${p})`).join('|')})`,
  'i',
)
export const MAX_CUE_WORDS = furniture.maxCueWords

const EDGE_MARKS = /^[\s»›>|•·\-–—]+|[\s:：»›>|•·\-–—.!…]+$/g
const headerSet = new Set(related.headers.map((h) => h.toLowerCase()))
const headerPrefixes = related.prefixes.map((p) => p.toLowerCase())
// "More great X stories", "Latest X news": a list title with a brand or topic in the middle
const headerPatterns = related.patterns.map((p) => new RegExp(p, 'i'))

/** True when a line announces a list of other stories. */
export function isRelatedHeader(line: string): boolean {
  if (line.length > 60) return false
  const key = line.toLowerCase().replace(EDGE_MARKS, '')
  if (headerSet.has(key)) return true
  if (headerPatterns.some((re) => re.test(key))) return true
  return headerPrefixes.some((p) => key.startsWith(p) && key.split(' ').length <= 7)
}

// headers of three words or more, by first word: only these are told apart from prose when a
// teaser is run into them with no mark between ("Other Topics of Interest Northland's PM: …")
const gluedHeaders = new Map<string, string[]>()
for (const h of headerSet) {
  const words = h.split(' ')
  if (words.length < 3) continue
  const list = gluedHeaders.get(words[0]!) ?? []
  list.push(h)
  gluedHeaders.set(
    words[0]!,
    list.sort((a, b) => b.length - a.length),
  )
}

/**
 * The teaser after a related-stories header of three words or more that opens the line with no
 * mark between them, the teaser opening on a capital; else null.
 */
export function gluedRelated(line: string): string | null {
  const space = line.indexOf(' ')
  const list = space > 0 ? gluedHeaders.get(line.slice(0, space).toLowerCase()) : undefined
  if (!list) return null
  const lower = line.toLowerCase()
  for (const h of list) {
    const next = line.charAt(h.length + 1)
    if (lower.startsWith(`${h} `) && next !== next.toLowerCase() && line.length > h.length + 10)
      return line.slice(h.length + 1).trim()
  }
  return null
}

/** "Read more: <headline>" and the like: a header and one headline on the same line. */
export const INLINE_RELATED = new RegExp(
  `^[[(]?\\s*(?:${alternation(['read more', 'read also', 'also read', 'see also', 'see more', 'related', 'related post', 'related article', 'related story', 'read next', 'more', 'watch', 'leia também', 'leia mais', 'baca juga', 'lesen sie auch', 'читайте также'])})\\s*[:：»›|\\-–—]\\s*(.{10,200}?)[\\])]?$`,
  'iu',
)

export const OUTLET_NAMES = new Set(outlets.outlets.map((o) => o.toLowerCase()))
export const OUTLET_SUFFIXES = new Set(outlets.suffixWords)

export const CREDIT_LABELS = alternation(credits.labels)
export const CAPTION_PREFIX_RE = new RegExp(`^(?:${alternation(credits.captionPrefixes)})`, 'iu')
export const AGENCY_ALT = alternation(credits.agencies, true)
/** The characters agency names end in: a line ending in another cannot end in an agency. */
export const AGENCY_LAST_CHARS = new Set(credits.agencies.map((a) => a.slice(-1)))

export const MONTHS: Record<string, number> = dates.months
export const MONTH_ALT = alternation(Object.keys(dates.months))
export const WEEKDAY_ALT = alternation(dates.weekdays)
export const PUBLISHED_CUE_ALT = alternation(dates.publishedCues)
export const UPDATED_CUE_ALT = alternation(dates.updatedCues)
export const ZONES: Record<string, string> = dates.zones
export const US_ZONES: Record<string, number> = dates.usZones

/** Function words of several languages, for the stop-word ratio feature. */
export const ANY_STOPWORD = new Set(Object.values(stopwords).flat())
