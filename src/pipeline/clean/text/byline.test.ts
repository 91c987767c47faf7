import { describe, expect, it } from 'vitest'
import { datelineAgency, parseByline } from './byline.js'

describe('parseByline', () => {
  it('takes a single brand word after a no-break space as the outlet', () => {
    expect(parseByline('By\u00a0Sitename'.replace(/\s/g, ' '))).toMatchObject({
      byline: null,
      outlet: 'Sitename',
      rule: 'byline:brand-word',
    })
  })
  it('splits a person from a known outlet', () => {
    expect(parseByline('By Jane Doe, Reuters')).toMatchObject({
      byline: 'Jane Doe',
      outlet: 'Reuters',
    })
    expect(parseByline('By Jane Doe for The Guardian')).toMatchObject({
      byline: 'Jane Doe',
      outlet: 'The Guardian',
    })
  })
  it('keeps several people together', () => {
    expect(parseByline('By Jane Doe and John Roe')).toMatchObject({
      byline: 'Jane Doe and John Roe',
      outlet: null,
    })
    expect(parseByline('By Jane Doe, John Roe and Ann Poe')?.byline).toBe(
      'Jane Doe, John Roe and Ann Poe',
    )
  })
  it('reads outlet-shaped names and stops at dates and places', () => {
    expect(parseByline('By The Associated Press')?.outlet).toBe('The Associated Press')
    expect(parseByline('By Harbour Daily News')?.outlet).toBe('Harbour Daily News')
    expect(parseByline('By Jane Doe | March 5, 2023')).toMatchObject({
      byline: 'Jane Doe',
      outlet: null,
    })
    expect(parseByline('By Jane Doe in Lisbon')).toMatchObject({ byline: 'Jane Doe', outlet: null })
  })
  it('ignores sentences that start with "By"', () => {
    expect(parseByline('By contrast, the company kept its forecast.')).toBeNull()
    expect(parseByline('By Monday the river had fallen')).toBeNull()
  })
})

describe('datelineAgency', () => {
  it('reads the agency of a dateline', () => {
    expect(datelineAgency('WASHINGTON (AP) — The Senate voted on Tuesday.')).toBe('AP')
    expect(datelineAgency('(Reuters) - Shares fell on Monday.')).toBe('Reuters')
    expect(datelineAgency('LISBON, March 5 (Reuters) - Shares fell.')).toBe('Reuters')
    expect(datelineAgency('The report (published today) - a long one.')).toBeNull()
  })
})
