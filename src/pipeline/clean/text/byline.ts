import { wordCount } from './furniture.js'
import { MONTH_ALT, OUTLET_NAMES, OUTLET_SUFFIXES, WEEKDAY_ALT } from './lexicon.js'

/** What a byline line names: people, an outlet, or both. */
export interface BylineParse {
  byline: string | null
  outlet: string | null
  rule: string
  confidence: number
}

const CUE =
  /^(?:by|written by|words by|story by|text by|reporting by|posted by|author:|authors:|autor:|autora:|por|von|di|oleh|par|de)\s*:?\s+(.+)$/iu
const NAME_WORD =
  "(?:[\\p{Lu}][\\p{L}'’.-]*|de|da|do|dos|van|von|der|den|del|della|la|le|bin|al|el|y|e|du)"
const PERSON = new RegExp(
  `^(?:(?:Dr|Prof|Sir|Dame|Mr|Ms|Mrs|Rev)\\.?\\s+)?[\\p{Lu}][\\p{L}'’.-]+(?:\\s+${NAME_WORD}){1,4}$`,
  'u',
)
const PERSON_JOIN = /\s*,\s*(?:and\s+)?|\s+(?:and|&|und|e|y|et|и)\s+/u
const SEPARATOR = /\s*(?:[|•·\u2022]|\s[-–—]\s|,|\sfor\s)\s*/u
const PLACE_TAIL = /\s+(?:in|from)\s+[\p{Lu}][\p{L}'’.-]+(?:,?\s+[\p{Lu}][\p{L}'’.-]+){0,2}$/u
const CALENDAR = new RegExp(`^(?:${MONTH_ALT}|${WEEKDAY_ALT})\\b`, 'iu')
const ROLE =
  /\b(?:correspondent|editor|writer|reporter|columnist|contributor|journalist|producer|analyst|photographer|chief|senior|bureau|staff|desk|intern|fellow)s?\b/iu
const HAS_DIGIT = /\d/

function isKnownOutlet(s: string): boolean {
  return OUTLET_NAMES.has(s.toLowerCase())
}

/** An outlet by its shape: a known name, a name ending in "News"/"Times"..., or one brand word. */
function outletShape(s: string): { rule: string; confidence: number } | null {
  if (isKnownOutlet(s)) return { rule: 'byline:known-outlet', confidence: 0.9 }
  const words = s.split(' ')
  const last = words[words.length - 1]!.toLowerCase()
  if (words.length <= 5 && words.length >= 2 && OUTLET_SUFFIXES.has(last) && /^[\p{Lu}\d]/u.test(s))
    return { rule: 'byline:outlet-suffix', confidence: 0.7 }
  // one capitalised brand word, or an all-caps acronym ("Sitename", "XYZ")
  if (words.length === 1 && /^[\p{Lu}\d][\p{L}\d.&'’-]{1,30}$/u.test(s) && !CALENDAR.test(s))
    return { rule: 'byline:brand-word', confidence: 0.6 }
  return null
}

function isPersonList(s: string): boolean {
  const parts = s.split(PERSON_JOIN).filter(Boolean)
  return parts.length > 0 && parts.every((p) => PERSON.test(p) && !isKnownOutlet(p))
}

/**
 * Read a byline: "By Jane Doe", "By Jane Doe, Reuters", "By Jane Doe and John Roe",
 * "By Sitename" (an outlet). Null when the line is not a byline.
 */
export function parseByline(line: string, needCue = true): BylineParse | null {
  if (wordCount(line) > 16 || /[.!?]$/.test(line.replace(/\b[\p{Lu}]\.$/u, ''))) return null
  const m = CUE.exec(line)
  if (!m && needCue) return null
  const rest = (m ? m[1]! : line).trim().replace(PLACE_TAIL, '')
  if (CALENDAR.test(rest) || !/^[\p{Lu}@]/u.test(rest)) return null
  // "Jane Doe and John Roe" must stay one piece, so split on separators outside name lists
  const segments = rest
    .split(SEPARATOR)
    .map((s) => s.trim().replace(/^@/, ''))
    .filter(Boolean)
  const people: string[] = []
  let outlet: { name: string; rule: string; confidence: number } | null = null
  for (let i = 0; i < segments.length; i++) {
    const seg = segments[i]!
    if (HAS_DIGIT.test(seg) || CALENDAR.test(seg)) break
    if (ROLE.test(seg) && !isKnownOutlet(seg)) continue
    const shape = outletShape(seg)
    if (shape) {
      outlet ??= { name: seg, ...shape }
      continue
    }
    // each comma-separated piece of "Jane Doe, John Roe and Ann Poe" is a person list too
    if (isPersonList(seg)) people.push(seg)
    else if (i === 0) return null
    else break
  }
  if (!people.length && !outlet) return null
  const rule = people.length ? (outlet ? 'byline:person+outlet' : 'byline:person') : outlet!.rule
  const confidence = people.length ? (m ? 0.85 : 0.5) : outlet!.confidence
  return {
    byline: people.length ? people.join(', ') : null,
    outlet: outlet?.name ?? null,
    rule,
    confidence,
  }
}

const DATELINE_AGENCY = /^(?:[\p{Lu}][\p{L}\d .,'’-]{0,60})?\(([^)]{2,40})\)\s*[-—–:]/u

/** The agency named in a dateline: "WASHINGTON (AP) —" gives "AP". */
export function datelineAgency(paragraph: string): string | null {
  const m = DATELINE_AGENCY.exec(paragraph)
  return m && isKnownOutlet(m[1]!.trim()) ? m[1]!.trim() : null
}

/** True when a short text is a known outlet name. */
export function knownOutlet(s: string): boolean {
  return isKnownOutlet(s.trim())
}
