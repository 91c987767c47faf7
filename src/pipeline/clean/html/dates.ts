/** Month names and abbreviations in the languages news pages commonly come in, 1-based. */
const MONTHS: Record<string, number> = {}
const MONTH_LISTS = [
  'january february march april may june july august september october november december',
  'jan feb mar apr may jun jul aug sep oct nov dec',
  'sept',
  'janeiro fevereiro março abril maio junho julho agosto setembro outubro novembro dezembro',
  'enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre',
  'janvier février mars avril mai juin juillet août septembre octobre novembre décembre',
  'januar februar märz april mai juni juli august september oktober november dezember',
  'gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre dicembre',
  'januari februari maret april mei juni juli agustus september oktober november desember',
  'января февраля марта апреля мая июня июля августа сентября октября ноября декабря',
]
for (const list of MONTH_LISTS) {
  const names = list.split(' ')
  names.forEach((m, i) => {
    if (names.length === 1) MONTHS[m] = 9
    else if (!(m in MONTHS)) MONTHS[m] = i + 1
  })
}

const WEEKDAYS =
  /^(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(?:day|nesday|urday|sday|rsday)?$|^(?:segunda|terça|quarta|quinta|sexta|sábado|domingo|feira|lunes|martes|miércoles|jueves|viernes|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|senin|selasa|rabu|kamis|jumat|sabtu|minggu)$/i

const DATE_WORDS =
  /^(?:updated?|published|posted|last|first|modified|on|at|am|pm|a\.m|p\.m|et|pt|ct|mt|est|edt|pst|pdt|cst|cdt|mst|mdt|gmt|utc|bst|cet|cest|ist|aest|jst|kst|wib|msk|hrs|ago|hours?|mins?|minutes?|days?|weeks?|months?|years?|just|now|today|yesterday|de|del|às|as|um|am|le|à|il|le|pukul|publicado|atualizado|actualizado|publié|mis|à|jour|aktualisiert|veröffentlicht|pubblicato|aggiornato|diperbarui|опубликовано|обновлено|в|г|time|date|th|st|nd|rd|of)$/i

function tokensOf(s: string): string[] {
  return s.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []
}

/** Whether a line says only when something was published or updated (plus at most two other words). */
export function isDateLine(text: string): boolean {
  if (text.length > 120) return false
  const toks = tokensOf(text)
  if (toks.length === 0 || toks.length > 16) return false
  let dateish = 0
  let other = 0
  for (const t of toks) {
    if (t in MONTHS || /^\d{1,4}$/.test(t) || /^\d{1,2}(?:st|nd|rd|th|h|am|pm)$/.test(t)) dateish++
    else if (WEEKDAYS.test(t) || DATE_WORDS.test(t)) dateish += 0.5
    else other++
  }
  const hasAnchor =
    /\b(?:19|20)\d{2}\b|\d{1,2}:\d{2}|\b\d+\s*(?:hours?|mins?|minutes?|days?)\s+ago\b/i.test(
      text,
    ) || toks.some((t) => t in MONTHS && t.length > 2)
  return hasAnchor && dateish >= 2 && other <= 2 && dateish > other
}

const pad = (n: number) => String(n).padStart(2, '0')

/** Normalise a machine-readable date (ISO 8601 and its common variants) to ISO 8601, or null. */
export function normalizeIsoDate(raw: string): string | null {
  const s = raw.trim()
  const m = s.match(
    /^(\d{4})-?(\d{2})-?(\d{2})(?:[T\s](\d{2}):?(\d{2})(?::?(\d{2})(?:\.\d+)?)?\s*(Z|[+-]\d{2}:?\d{2}|[+-]\d{4})?)?/,
  )
  if (m) {
    const [, y, mo, d, h, mi, se, tz] = m
    if (!validDate(+y!, +mo!, +d!)) return null
    if (h === undefined) return `${y}-${mo}-${d}`
    const time = `${y}-${mo}-${d}T${h}:${mi}:${se ?? '00'}`
    if (!tz) return time
    const zone = tz === 'Z' ? 'Z' : tz.length === 5 ? `${tz.slice(0, 3)}:${tz.slice(3)}` : tz
    return `${time}${zone}`
  }
  // Unix seconds or milliseconds.
  if (/^\d{10}(?:\d{3})?$/.test(s)) {
    const d = new Date(s.length === 10 ? +s * 1000 : +s)
    return Number.isNaN(d.getTime()) ? null : d.toISOString()
  }
  return parseTextDate(s)
}

function validDate(y: number, mo: number, d: number): boolean {
  return y >= 1900 && y <= 2100 && mo >= 1 && mo <= 12 && d >= 1 && d <= 31
}

/** Read a human-written date ("Nov. 19, 2019", "19 novembre 2019", "2019/11/19") as ISO 8601. */
export function parseTextDate(text: string): string | null {
  const s = text.toLowerCase()
  let y: number | undefined
  let mo: number | undefined
  let d: number | undefined
  const num = s.match(/\b((?:19|20)\d{2})[/.-](\d{1,2})[/.-](\d{1,2})\b/)
  if (num) {
    y = +num[1]!
    mo = +num[2]!
    d = +num[3]!
  } else {
    const re = /[\p{L}]+/gu
    for (const w of s.match(re) ?? []) {
      const k = w.replace(/\.$/, '')
      if (k in MONTHS && (k.length > 2 || k === 'may')) {
        mo = MONTHS[k]
        const at = s.indexOf(w)
        const before = s
          .slice(Math.max(0, at - 12), at)
          .match(/(\d{1,2})(?:st|nd|rd|th|\.)?\s*(?:de\s+|of\s+)?$/)
        const after = s
          .slice(at + w.length, at + w.length + 16)
          .match(/^\.?\s*(\d{1,2})(?:st|nd|rd|th)?\b/)
        d = before ? +before[1]! : after ? +after[1]! : undefined
        const yr = s.slice(at).match(/\b((?:19|20)\d{2})\b/)
        y = yr ? +yr[1]! : undefined
        break
      }
    }
  }
  if (y === undefined || mo === undefined || d === undefined || !validDate(y, mo, d)) return null
  const date = `${y}-${pad(mo)}-${pad(d)}`
  const t = s.match(/\b(\d{1,2}):(\d{2})\s*(a\.?m\.?|p\.?m\.?)?/)
  if (!t) return date
  let h = +t[1]!
  if (t[3]?.startsWith('p') && h < 12) h += 12
  if (t[3]?.startsWith('a') && h === 12) h = 0
  if (h > 23) return date
  // No zone is stated on most pages: a local time without offset.
  return `${date}T${pad(h)}:${t[2]}:00`
}
