import { describe, expect, test } from 'vitest'
import { findTimes } from './times.js'
import { tokenize } from './tokenize.js'

// sentences written for this test
const text =
  'The video was released on Monday. In a video published late on Sunday, on Nov. 20, 2022, the group said it had left months ago, two days ago and last week, as it did in May 2021 and on March 5 and since 2014 (2023-05-20).'
const times = (anchor: Date | null) =>
  findTimes(text, anchor, tokenize(text)).map((t) => [t.text, t.value, t.relative])

describe('time expressions', () => {
  test('kept relative when the publication date is unknown', () => {
    expect(times(null)).toEqual([
      ['on Monday', null, 'monday'],
      ['late on Sunday', null, 'late sunday'],
      ['Nov. 20, 2022', '2022-11-20', null],
      ['months ago', null, 'months ago'],
      ['two days ago', null, 'two days ago'],
      ['last week', null, 'last week'],
      ['in May 2021', '2021-05', null],
      ['on March 5', null, '03-05'],
      ['since 2014', '2014', null],
      ['2023-05-20', '2023-05-20', null],
    ])
  })

  test('resolved against the publication date', () => {
    const got = new Map(times(new Date('2023-05-22T10:00:00Z')).map(([t, v]) => [t, v]))
    expect(got.get('on Monday')).toBe('2023-05-22')
    expect(got.get('late on Sunday')).toBe('2023-05-21')
    expect(got.get('two days ago')).toBe('2023-05-20')
    expect(got.get('last week')).toBe('2023-05-15')
    expect(got.get('on March 5')).toBe('2023-03-05')
  })

  test('a month without its year is the latest one, unless "by" or "next" looks ahead', () => {
    const s =
      'In June the army withdrew. Since March the town has been shelled, and talks end by early May. The March for peace and May herself said nothing.'
    const at = (anchor: Date | null) =>
      findTimes(s, anchor, tokenize(s)).map((t) => [t.text, t.value, t.relative])
    expect(at(new Date('2024-03-08T10:00:00Z'))).toEqual([
      ['In June', '2023-06', null],
      ['Since March', '2024-03', null],
      ['by early May', '2024-05', null],
    ])
    expect(at(null)[0]).toEqual(['In June', null, 'in june'])
  })

  test('"may" the verb is no month', () => {
    const s = 'Officials said the talks may 3 times fail.'
    expect(findTimes(s, null, tokenize(s))).toEqual([])
  })
})

describe('names that hold time words', () => {
  test('a word in capitals after another is part of a name: "USA TODAY" is no time', () => {
    const t = 'Experts told USA TODAY that the rule changed today.'
    expect(findTimes(t, null, tokenize(t)).map((x) => x.text)).toEqual(['today'])
  })
})
