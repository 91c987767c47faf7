/** Lower case, no diacritics, straight apostrophes, single spaces, no leading "the". */
export function normName(s: string): string {
  // most names are plain ASCII: skip the Unicode decomposition for them
  const base = /^[\x20-\x7e]*$/.test(s) ? s : s.normalize('NFKD').replace(/\p{M}/gu, '')
  return base.replace(/[’ʼ`]/g, "'").toLowerCase().replace(/\s+/g, ' ').replace(/^the /, '').trim()
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
