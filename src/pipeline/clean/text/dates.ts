import {
  MONTH_ALT,
  MONTHS,
  PUBLISHED_CUE_ALT,
  UPDATED_CUE_ALT,
  US_ZONES,
  WEEKDAY_ALT,
  ZONES,
} from './lexicon.js'

/** A date found in a line: ISO 8601 value and where it sat. */
export interface FoundDate {
  iso: string
  start: number
  end: number
}

const ISO_RE =
  /\b(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{1,2}):(\d{2})(?::(\d{2}))?(?:\.\d+)?\s*(Z|[+-]\d{2}:?\d{2})?)?(?!\d)/
const MONTH_FIRST = new RegExp(
  `\\b(?:(?:${WEEKDAY_ALT})\\.?,?\\s+)?(${MONTH_ALT})\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})\\b`,
  'iu',
)
const DAY_FIRST = new RegExp(
  `\\b(?:(?:${WEEKDAY_ALT})\\.?,?\\s+)?(\\d{1,2})(?:st|nd|rd|th|\\.|º)?\\s+(?:de\\s+)?(${MONTH_ALT})\\.?,?\\s+(?:de\\s+)?(\\d{4})\\b`,
  'iu',
)
const YMD_NUM = /\b(\d{4})[./](\d{1,2})[./](\d{1,2})\b/
const DMY_NUM = /\b(\d{1,2})([./-])(\d{1,2})\2(\d{4})\b/
const ZONE_ALT = [...Object.keys(ZONES), ...Object.keys(US_ZONES)]
  .sort((a, b) => b.length - a.length)
  .join('|')
const TIME_RE = new RegExp(
  `\\b(\\d{1,2})[:.h](\\d{2})(?::(\\d{2}))?\\s*([ap]\\.?\\s?m\\.?)?(?:\\s*\\(?(${ZONE_ALT}|[+-]\\d{2}:?\\d{2})\\b\\)?)?`,
  'iu',
)

const HAS_DIGIT = /\d/

function pad(n: number): string {
  return String(n).padStart(2, '0')
}

function validDate(y: number, m: number, d: number): boolean {
  if (y < 1990 || y > 2100 || m < 1 || m > 12 || d < 1) return false
  return d <= new Date(Date.UTC(y, m, 0)).getUTCDate()
}

// US zones named without S/D ("ET") follow US daylight time: 2nd Sunday of March to 1st of November.
function usOffset(base: number, y: number, m: number, d: number): string {
  const nthSunday = (month: number, n: number) => {
    const first = new Date(Date.UTC(y, month - 1, 1)).getUTCDay()
    return 1 + ((7 - first) % 7) + (n - 1) * 7
  }
  const t = m * 100 + d
  const dst = t >= 300 + nthSunday(3, 2) && t < 1100 + nthSunday(11, 1)
  const h = base + (dst ? 1 : 0)
  return `${h < 0 ? '-' : '+'}${pad(Math.abs(h))}:00`
}

function zoneOffset(zone: string | undefined, y: number, m: number, d: number): string {
  if (!zone) return ''
  const z = zone.toLowerCase()
  if (ZONES[z]) return ZONES[z]!
  if (US_ZONES[z] !== undefined) return usOffset(US_ZONES[z]!, y, m, d)
  const num = /^([+-]\d{2}):?(\d{2})$/.exec(zone)
  return num ? `${num[1]}:${num[2]}` : ''
}

/** A clock time near the date, as "HH:MM[:SS]" plus offset, or ''. */
function timeNear(text: string, y: number, m: number, d: number): string {
  const t = TIME_RE.exec(text)
  if (!t) return ''
  let h = Number(t[1])
  const min = Number(t[2])
  const ampm = t[4]?.toLowerCase().replace(/[.\s]/g, '')
  if (ampm === 'pm' && h < 12) h += 12
  if (ampm === 'am' && h === 12) h = 0
  if (h > 23 || min > 59) return ''
  const sec = t[3] ? `:${t[3]}` : ''
  return `T${pad(h)}:${pad(min)}${sec}${zoneOffset(t[5], y, m, d)}`
}

function build(y: number, m: number, d: number, rest: string): string | null {
  if (!validDate(y, m, d)) return null
  return `${y}-${pad(m)}-${pad(d)}${timeNear(rest, y, m, d)}`
}

/**
 * The first calendar date stated in a text, with a clock time when one stands near it.
 * All-numeric dates read day first unless that is impossible (13/03 vs 03/13).
 */
export function findDate(text: string): FoundDate | null {
  if (!HAS_DIGIT.test(text)) return null
  const found: Array<FoundDate & { at: number }> = []
  const iso = ISO_RE.exec(text)
  if (iso) {
    const [y, m, d] = [Number(iso[1]), Number(iso[2]), Number(iso[3])]
    if (validDate(y, m, d)) {
      let v = `${iso[1]}-${iso[2]}-${iso[3]}`
      if (iso[4] !== undefined) {
        v += `T${pad(Number(iso[4]))}:${iso[5]}${iso[6] ? `:${iso[6]}` : ''}`
        if (iso[7]) v += zoneOffset(iso[7], y, m, d)
      }
      found.push({ iso: v, start: iso.index, end: iso.index + iso[0].length, at: iso.index })
    }
  }
  const named: Array<[RegExpExecArray | null, (m: RegExpExecArray) => [number, number, number]]> = [
    [MONTH_FIRST.exec(text), (m) => [Number(m[3]), MONTHS[m[1]!.toLowerCase()] ?? 0, Number(m[2])]],
    [DAY_FIRST.exec(text), (m) => [Number(m[3]), MONTHS[m[2]!.toLowerCase()] ?? 0, Number(m[1])]],
    [YMD_NUM.exec(text), (m) => [Number(m[1]), Number(m[2]), Number(m[3])]],
    [
      DMY_NUM.exec(text),
      (m) => {
        const a = Number(m[1])
        const b = Number(m[3])
        return b > 12 && a <= 12 ? [Number(m[4]), a, b] : [Number(m[4]), b, a]
      },
    ],
  ]
  for (const [m, parts] of named) {
    if (!m) continue
    const [y, mo, d] = parts(m)
    const end = m.index + m[0].length
    const after = text.slice(end, end + 40)
    const before = text.slice(Math.max(0, m.index - 30), m.index)
    const v = build(y, mo, d, TIME_RE.test(after) ? after : before)
    if (v) found.push({ iso: v, start: m.index, end, at: m.index })
  }
  if (found.length === 0) return null
  found.sort((a, b) => a.at - b.at || b.iso.length - a.iso.length)
  const best = found[0]!
  return { iso: best.iso, start: best.start, end: best.end }
}

const CUE_RE = new RegExp(
  `(?:^|[\\s|•·,(])(${PUBLISHED_CUE_ALT}|${UPDATED_CUE_ALT})\\s*(?:on|at|am|em|el|le)?\\s*[:：]?`,
  'giu',
)
const UPDATED_ONLY = new RegExp(`^(?:${UPDATED_CUE_ALT})$`, 'iu')

/** A date introduced by a cue word ("Published on ...", "Updated: ..."); published wins. */
export function cuedDate(text: string): { iso: string; updated: boolean } | null {
  if (!HAS_DIGIT.test(text)) return null
  let updatedHit: string | null = null
  CUE_RE.lastIndex = 0
  for (let m = CUE_RE.exec(text); m; m = CUE_RE.exec(text)) {
    const after = text.slice(m.index + m[0].length, m.index + m[0].length + 80)
    const d = findDate(after)
    // the date must follow the cue closely, not somewhere later in a sentence
    if (!d || d.start > 12) continue
    const cue = m[1]!.toLowerCase().replace(/\s+/g, ' ')
    if (!UPDATED_ONLY.test(cue)) return { iso: d.iso, updated: false }
    updatedHit ??= d.iso
  }
  return updatedHit ? { iso: updatedHit, updated: true } : null
}

const FILLER = new RegExp(
  `\\b(?:${WEEKDAY_ALT}|${ZONE_ALT}|on|at|am|pm|a\\.m|p\\.m|de|the|le|el|um|às|alle|um|uhr)\\b|[\\d:.,|•·/()\\-–—]+`,
  'giu',
)

/** The words of a line left over once its date, clock and fillers are removed. */
export function dateResidue(text: string, d: FoundDate): string {
  return `${text.slice(0, d.start)} ${text.slice(d.end)}`
    .replace(FILLER, ' ')
    .replace(/\s+/g, ' ')
    .trim()
}
