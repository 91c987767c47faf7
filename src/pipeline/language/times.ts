import type { Granularity, TimeExpression, Token } from './types.js'

const MONTHS: Record<string, number> = {
  january: 1,
  jan: 1,
  february: 2,
  feb: 2,
  march: 3,
  mar: 3,
  april: 4,
  apr: 4,
  may: 5,
  june: 6,
  jun: 6,
  july: 7,
  jul: 7,
  august: 8,
  aug: 8,
  september: 9,
  sep: 9,
  sept: 9,
  october: 10,
  oct: 10,
  november: 11,
  nov: 11,
  december: 12,
  dec: 12,
}
/** Number of a month's English name or abbreviation ("March", "mar", "Sept"), or 0. */
export function monthNumber(word: string): number {
  return MONTHS[word.toLowerCase()] ?? 0
}

const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday']
const MONTH =
  '(January|February|March|April|May|June|July|August|September|October|November|December|Jan\\.?|Feb\\.?|Mar\\.?|Apr\\.?|Jun\\.?|Jul\\.?|Aug\\.?|Sept?\\.?|Oct\\.?|Nov\\.?|Dec\\.?)'
const WEEKDAY = '(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)'
const PART = '(morning|afternoon|evening|night)'
const NUMBER_WORDS: Record<string, number> = {
  a: 1,
  an: 1,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  several: 0,
  few: 0,
  many: 0,
}

interface Rule {
  id: string
  re: RegExp
  /** Every character a match can begin with (both cases where the pattern ignores case). */
  opens: string
  /** The same pattern anchored where it is tried. */
  sticky: RegExp
  /** `opens` as a table of ASCII codes. */
  first: Uint8Array
  make(
    m: RegExpExecArray,
    anchor: Date | null,
  ): Omit<TimeExpression, 'start' | 'end' | 'text' | 'rule'> | null
}

const DIGITS = '0123456789'
// the first letters of MONTH and of WEEKDAY
const MONTH_OPENS = 'JFMASOND'
const WEEKDAY_OPENS = 'MTWFS'

const RULE_DEFS: Omit<Rule, 'sticky' | 'first'>[] = [
  {
    id: 'iso-date',
    opens: DIGITS,
    re: /\b(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::\d{2})?(?:Z|[+-]\d{2}:?\d{2})?)?\b/g,
    make: (m) => ({
      value: m[4] ? `${m[1]}-${m[2]}-${m[3]}T${m[4]}:${m[5]}` : `${m[1]}-${m[2]}-${m[3]}`,
      granularity: m[4] ? 'datetime' : 'day',
      relative: null,
      confidence: 0.95,
    }),
  },
  {
    id: 'month-day-year',
    opens: MONTH_OPENS,
    re: new RegExp(`\\b${MONTH} (\\d{1,2})(?:st|nd|rd|th)?,? (\\d{4})\\b`, 'g'),
    make: (m) => day(Number(m[3]), month(m[1]!), Number(m[2]), 0.95),
  },
  {
    id: 'day-month-year',
    opens: DIGITS,
    re: new RegExp(`\\b(\\d{1,2})(?:st|nd|rd|th)? (?:of )?${MONTH},? (\\d{4})\\b`, 'g'),
    make: (m) => day(Number(m[3]), month(m[2]!), Number(m[1]), 0.95),
  },
  {
    id: 'month-day',
    opens: `o${MONTH_OPENS}`,
    re: new RegExp(`\\b(?:on )?${MONTH} (\\d{1,2})(?:st|nd|rd|th)?\\b(?!,? \\d{4})`, 'g'),
    make: (m, anchor) =>
      withYear(month(m[1]!), Number(m[2]), anchor, `${pad(month(m[1]!))}-${pad(Number(m[2]))}`),
  },
  {
    id: 'day-month',
    opens: `ot${DIGITS}`,
    re: new RegExp(
      `\\b(?:on )?(?:the )?(\\d{1,2})(?:st|nd|rd|th)? (?:of )?${MONTH}\\b(?!,? \\d{4})`,
      'g',
    ),
    make: (m, anchor) =>
      withYear(month(m[2]!), Number(m[1]), anchor, `${pad(month(m[2]!))}-${pad(Number(m[1]))}`),
  },
  {
    id: 'month-year',
    opens: `i${MONTH_OPENS}`,
    re: new RegExp(`\\b(?:in )?${MONTH} (\\d{4})\\b`, 'g'),
    make: (m) => ({
      value: `${m[2]}-${pad(month(m[1]!))}`,
      granularity: 'month',
      relative: null,
      confidence: 0.9,
    }),
  },
  {
    // "in June", "since March", "by early May", "mid-July": a month named without its year
    id: 'month',
    opens: 'iIsSuUbBtTdDfFlLnNeEmM',
    re: new RegExp(
      `\\b(?:([Ii]n|[Ss]ince|[Uu]ntil|[Bb]y|[Tt]hrough|[Dd]uring|[Ff]rom|[Ll]ast|[Tt]his|[Nn]ext) (?:(?:early|late|mid) |mid-)?|(?:[Ee]arly|[Ll]ate) |[Mm]id-)${MONTH}\\b(?!\\.? ?\\d)`,
      'g',
    ),
    make: (m, anchor) => monthAlone(m[1]?.toLowerCase() ?? '', month(m[2]!), m[0], anchor),
  },
  {
    id: 'weekday',
    opens: `leont${WEEKDAY_OPENS}`,
    re: new RegExp(
      `\\b(?:(late|early) )?(?:on )?(?:(last|next|this) )?${WEEKDAY}(?: ${PART})?\\b`,
      'g',
    ),
    make: (m, anchor) => weekday(m, anchor),
  },
  {
    id: 'relative-day',
    opens: 'leyt',
    re: /\b(?:(late|early) )?(yesterday|today|tonight|tomorrow|last night)\b/gi,
    make: (m, anchor) => {
      const w = m[2]!.toLowerCase()
      const offset = w === 'yesterday' || w === 'last night' ? -1 : w === 'tomorrow' ? 1 : 0
      return shift(anchor, offset, 'day', m[0].toLowerCase())
    },
  },
  {
    id: 'relative-period',
    opens: 'ltne',
    re: /\b(last|this|next|earlier this|later this) (week|month|year)\b/gi,
    make: (m, anchor) =>
      period(
        m[1]!.toLowerCase(),
        m[2]!.toLowerCase() as 'week' | 'month' | 'year',
        anchor,
        m[0].toLowerCase(),
      ),
  },
  {
    id: 'ago',
    opens: `aotfsenmhdwy${DIGITS}`,
    re: /\b(?:(a|an|one|two|three|four|five|six|seven|eight|nine|ten|\d+|several|few|many) )?(hours|days|weeks|months|years|hour|day|week|month|year) ago\b/gi,
    make: (m, anchor) => {
      const n = m[1] ? (NUMBER_WORDS[m[1].toLowerCase()] ?? Number(m[1])) : 0
      const unit = m[2]!.toLowerCase().replace(/s$/, '') as
        | 'hour'
        | 'day'
        | 'week'
        | 'month'
        | 'year'
      if (!n || unit === 'hour')
        return {
          value: null,
          granularity: 'duration',
          relative: m[0].toLowerCase(),
          confidence: 0.6,
        }
      return shift(anchor, -n, unit, m[0].toLowerCase())
    },
  },
  {
    id: 'year',
    opens: 'isubofd',
    re: /\b(?:in|since|until|by|of|from|during) ((?:19|20)\d{2})\b/g,
    make: (m) => ({ value: m[1]!, granularity: 'year', relative: null, confidence: 0.8 }),
  },
]

const RULES: Rule[] = RULE_DEFS.map((r) => {
  const first = new Uint8Array(128)
  const opens = r.re.flags.includes('i') ? r.opens.toLowerCase() + r.opens.toUpperCase() : r.opens
  for (let k = 0; k < opens.length; k++) first[opens.charCodeAt(k)] = 1
  return { ...r, sticky: new RegExp(r.re.source, `${r.re.flags.replace('g', '')}y`), first }
})

/**
 * Finds time expressions and resolves them against the publication date when it is known;
 * otherwise they keep their relative meaning ("monday", "-1 day").
 * @example
 * findTimes('on Monday', new Date('2023-03-08'))[0].value // '2023-03-06'
 */
const capitalsOnly = (w: string) => w.length > 1 && /^[A-Z]+$/.test(w)

export function findTimes(text: string, anchor: Date | null, tokens: Token[]): TimeExpression[] {
  const out: TimeExpression[] = []
  let takenUntil = -1
  // only words that can end or anchor a time expression start the (costly) regular expressions
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!
    if (t.start < takenUntil || !isTrigger(t)) continue
    // "USA TODAY", "BBC NEWS TONIGHT": a word in capitals after another is part of a name
    if (capitalsOnly(t.text) && i > 0 && capitalsOnly(tokens[i - 1]!.text)) continue
    let best: TimeExpression | null = null
    for (const rule of RULES) {
      for (let b = Math.max(0, i - 4); b <= i; b++) {
        const from = tokens[b]!.start
        if (from < takenUntil) continue
        // a match cannot begin with any other character: skip the call to the expression
        const c0 = text.charCodeAt(from)
        if (c0 >= 128 || rule.first[c0] === 0) continue
        rule.sticky.lastIndex = from
        const m = rule.sticky.exec(text)
        if (!m) continue
        const end = from + m[0].length
        if (end < t.end) continue
        const r = rule.make(m, anchor)
        if (r) best = { start: from, end, text: m[0], rule: `time:${rule.id}`, ...r }
        break
      }
      if (best) break
    }
    if (best) {
      out.push(best)
      takenUntil = best.end
    }
  }
  return out
}

const TRIGGERS = new Set([
  ...Object.keys(MONTHS),
  ...WEEKDAYS,
  'yesterday',
  'today',
  'tonight',
  'tomorrow',
  'night',
  'week',
  'month',
  'year',
  'ago',
])

function isTrigger(t: Token): boolean {
  if (TRIGGERS.has(t.lower)) return t.lower !== 'may' || t.upper
  const c = t.text.charCodeAt(0)
  // a year, a day of the month, or an ISO date's first part
  return c >= 48 && c <= 57 && t.text.length <= 10
}

function month(s: string): number {
  return MONTHS[s.toLowerCase().replace('.', '')] ?? 0
}

function pad(n: number): string {
  return String(n).padStart(2, '0')
}

function valid(y: number, mo: number, d: number): boolean {
  if (!mo || d < 1 || d > 31) return false
  const dt = new Date(Date.UTC(y, mo - 1, d))
  return dt.getUTCMonth() === mo - 1
}

function day(y: number, mo: number, d: number, confidence: number) {
  if (!valid(y, mo, d)) return null
  return {
    value: `${y}-${pad(mo)}-${pad(d)}`,
    granularity: 'day' as Granularity,
    relative: null,
    confidence,
  }
}

function withYear(mo: number, d: number, anchor: Date | null, relative: string) {
  if (!mo || d < 1 || d > 31) return null
  if (!anchor) return { value: null, granularity: 'day' as Granularity, relative, confidence: 0.7 }
  // a month and day without a year is the nearest such day to the publication date
  const y = anchor.getUTCFullYear()
  const cands = [y - 1, y, y + 1].filter((yy) => valid(yy, mo, d))
  let best = cands[0]
  let bestDist = Number.POSITIVE_INFINITY
  for (const yy of cands) {
    const dist = Math.abs(Date.UTC(yy, mo - 1, d) - anchor.getTime())
    if (dist < bestDist) {
      bestDist = dist
      best = yy
    }
  }
  return best === undefined ? null : day(best, mo, d, 0.8)
}

// words after which a month without a year is still to come
const AHEAD = new Set(['until', 'by', 'next'])

/** A month without its year: news reports the past, so the latest such month, unless "by" or "next" looks ahead. */
function monthAlone(which: string, mo: number, text: string, anchor: Date | null) {
  if (!mo) return null
  const relative = text.toLowerCase()
  if (!anchor)
    return { value: null, granularity: 'month' as Granularity, relative, confidence: 0.6 }
  const am = anchor.getUTCMonth() + 1
  let y = anchor.getUTCFullYear()
  if (AHEAD.has(which)) {
    if (mo < am || (which === 'next' && mo === am)) y++
  } else if (mo > am || (which === 'last' && mo === am)) y--
  return {
    value: `${y}-${pad(mo)}`,
    granularity: 'month' as Granularity,
    relative: null,
    confidence: 0.7,
  }
}

function weekday(m: RegExpExecArray, anchor: Date | null) {
  const part = m[1] ? `${m[1].toLowerCase()} ` : ''
  const which = m[2]?.toLowerCase()
  const wd = WEEKDAYS.indexOf(m[3]!.toLowerCase())
  const partOfDay = m[4] ? ` ${m[4].toLowerCase()}` : ''
  const relative = `${part}${which ? `${which} ` : ''}${WEEKDAYS[wd]}${partOfDay}`
  if (!anchor) return { value: null, granularity: 'day' as Granularity, relative, confidence: 0.75 }
  // news reports the past: a bare weekday is the latest one on or before publication
  const a = anchor.getUTCDay()
  let diff = wd - a
  if (which === 'next') diff = diff <= 0 ? diff + 7 : diff
  else if (which !== 'this' && diff > 0) diff -= 7
  const d = new Date(anchor.getTime() + diff * 86400000)
  return { value: isoDay(d), granularity: 'day' as Granularity, relative, confidence: 0.75 }
}

function shift(
  anchor: Date | null,
  n: number,
  unit: 'day' | 'week' | 'month' | 'year',
  relative: string,
) {
  const granularity = unit as Granularity
  if (!anchor) return { value: null, granularity, relative, confidence: 0.7 }
  const d = new Date(anchor.getTime())
  if (unit === 'day') d.setUTCDate(d.getUTCDate() + n)
  if (unit === 'week') d.setUTCDate(d.getUTCDate() + 7 * n)
  if (unit === 'month') d.setUTCMonth(d.getUTCMonth() + n)
  if (unit === 'year') d.setUTCFullYear(d.getUTCFullYear() + n)
  const value =
    unit === 'year'
      ? String(d.getUTCFullYear())
      : unit === 'month'
        ? isoDay(d).slice(0, 7)
        : isoDay(d)
  return { value, granularity, relative, confidence: 0.7 }
}

function period(
  which: string,
  unit: 'week' | 'month' | 'year',
  anchor: Date | null,
  relative: string,
) {
  const n = which === 'last' ? -1 : which === 'next' ? 1 : 0
  return shift(anchor, n, unit, relative)
}

function isoDay(d: Date): string {
  return d.toISOString().slice(0, 10)
}
