import { describe, expect, it } from 'vitest'
import { isDateLine, normalizeIsoDate, parseTextDate } from './dates.js'

describe('normalizeIsoDate', () => {
  it('keeps ISO 8601 with its offset and pads a missing seconds field', () => {
    expect(normalizeIsoDate('2021-06-01T08:15:00+02:00')).toBe('2021-06-01T08:15:00+02:00')
    expect(normalizeIsoDate('2021-06-01T08:15Z')).toBe('2021-06-01T08:15:00Z')
    expect(normalizeIsoDate('2021-06-01 08:15:30.120-0500')).toBe('2021-06-01T08:15:30-05:00')
  })
  it('reads date-only and compact forms', () => {
    expect(normalizeIsoDate('2021-06-01')).toBe('2021-06-01')
    expect(normalizeIsoDate('20210601')).toBe('2021-06-01')
  })
  it('falls back to written dates and rejects nonsense', () => {
    expect(normalizeIsoDate('June 1, 2021')).toBe('2021-06-01')
    expect(normalizeIsoDate('2021-13-40')).toBeNull()
    expect(normalizeIsoDate('yesterday')).toBeNull()
  })
})

describe('parseTextDate', () => {
  it('reads English, European and numeric dates, with a 12-hour time', () => {
    expect(parseTextDate('Published Nov. 19, 2019 10:02 PM')).toBe('2019-11-19T22:02:00')
    expect(parseTextDate('19 novembre 2019')).toBe('2019-11-19')
    expect(parseTextDate('19 de março de 2020')).toBe('2020-03-19')
    expect(parseTextDate('2019/11/19')).toBe('2019-11-19')
  })
  it('needs a year, a month and a day', () => {
    expect(parseTextDate('November 2019')).toBeNull()
    expect(parseTextDate('The May meeting')).toBeNull()
  })
})

describe('isDateLine', () => {
  it('accepts lines that only say when', () => {
    expect(isDateLine('Updated 10:01 pm PST, Tuesday, November 19, 2019')).toBe(true)
    expect(isDateLine('Published: 14 March 2023 | 09:30 GMT')).toBe(true)
    expect(isDateLine('3 hours ago')).toBe(true)
  })
  it('rejects sentences that merely contain a date', () => {
    expect(isDateLine('The bridge opened on March 14, 2023 after two years of work.')).toBe(false)
    expect(isDateLine('Ferry fares to rise')).toBe(false)
  })
})
