/** Lower case, no diacritics, straight apostrophes, single spaces, no leading "the". */
export function normName(s: string): string {
  // most names are printable ASCII with single spaces and no backtick: for them only the case,
  // a leading "the " and the ends change, and the regular expressions below cost more than that
  if (plainAscii(s)) {
    const l = s.toLowerCase()
    return (l.startsWith('the ') ? l.slice(4) : l).trim()
  }
  // the rest: ASCII ones skip the Unicode decomposition
  const base = /^[\x20-\x7e]*$/.test(s) ? s : s.normalize('NFKD').replace(/\p{M}/gu, '')
  return base.replace(/[’ʼ`]/g, "'").toLowerCase().replace(/\s+/g, ' ').replace(/^the /, '').trim()
}

function plainAscii(s: string): boolean {
  let space = false
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i)
    if (c < 0x20 || c > 0x7e || c === 96) return false
    if (c === 32) {
      if (space) return false
      space = true
    } else space = false
  }
  return true
}

const WEEKDAYS_MONTHS = new Set([
  'monday',
  'tuesday',
  'wednesday',
  'thursday',
  'friday',
  'saturday',
  'sunday',
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
  'jan',
  'feb',
  'mar',
  'apr',
  'jun',
  'jul',
  'aug',
  'sep',
  'sept',
  'oct',
  'nov',
  'dec',
])

/** Day and month names are capitalised but are times, not entities. */
export function isCalendarWord(lower: string): boolean {
  return WEEKDAYS_MONTHS.has(lower)
}

/** "'s" or "’s" with either case of s: what /^['’]s$/i matches. */
export function isPossessiveS(text: string): boolean {
  if (text.length !== 2) return false
  const a = text.charCodeAt(0)
  const b = text.charCodeAt(1)
  return (a === 39 || a === 0x2019) && (b === 115 || b === 83)
}
