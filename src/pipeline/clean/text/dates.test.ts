import { describe, expect, it } from 'vitest'
import { cuedDate, dateResidue, findDate } from './dates.js'

describe('findDate', () => {
  it.each([
    ['Nov. 20, 2022', '2022-11-20'],
    ['March 5, 2023 10:02 GMT', '2023-03-05T10:02Z'],
    ['Nov. 19, 2019 8:03 am ET', '2019-11-19T08:03-05:00'],
    ['July 4, 2023 at 6:15 p.m. ET', '2023-07-04T18:15-04:00'],
    ['Monday, 6 March 2023', '2023-03-06'],
    ['5th June 2021, 14:20 BST', '2021-06-05T14:20+01:00'],
    ['2023-06-01T08:30:00Z', '2023-06-01T08:30:00Z'],
    ['2023-06-01 08:30+02:00', '2023-06-01T08:30+02:00'],
    ['14/03/2023 - 10:15', '2023-03-14T10:15'],
    ['03/14/2023', '2023-03-14'],
    ['2019.11.20 10:31', '2019-11-20T10:31'],
    ['20 de novembro de 2019', '2019-11-20'],
    ['Maret 30, 2015', '2015-03-30'],
  ])('reads %s', (text, iso) => {
    expect(findDate(text)?.iso).toBe(iso)
  })
  it('reads an ambiguous all-numeric date day first', () => {
    expect(findDate('12/03/2023')?.iso).toBe('2023-03-12')
  })
  it('rejects impossible dates and plain numbers', () => {
    expect(findDate('February 30, 2023')).toBeNull()
    expect(findDate('It rose 12.5 percent in 2023')).toBeNull()
  })
})

describe('cuedDate', () => {
  it('prefers "Published" over "Updated"', () => {
    expect(cuedDate('Updated: March 6, 2023 | Published: March 5, 2023')).toEqual({
      iso: '2023-03-05',
      updated: false,
    })
  })
  it('falls back to "Updated" and marks it', () => {
    expect(cuedDate('Updated: March 5, 2023 10:02 GMT')).toEqual({
      iso: '2023-03-05T10:02Z',
      updated: true,
    })
  })
  it('needs the date right after the cue', () => {
    expect(cuedDate('The report was published by the ministry on its website in full')).toBeNull()
  })
})

describe('dateResidue', () => {
  it('leaves the words that are not the date', () => {
    const text = 'Reuters November 18, 2019 11:03 PM'
    expect(dateResidue(text, findDate(text)!)).toBe('Reuters')
  })
})
