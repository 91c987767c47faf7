import { describe, expect, it } from 'vitest'
import { splitTitle } from './metadata.js'

describe('splitTitle', () => {
  it('drops the part that names the site, by outlet or by host', () => {
    expect(
      splitTitle('Council approves bridge | Valley Gazette', 'Valley Gazette', null, false),
    ).toEqual({
      headline: 'Council approves bridge',
      site: 'Valley Gazette',
    })
    expect(
      splitTitle('Council approves bridge - GAZETTE.example', null, 'www.gazette.example', false)
        .headline,
    ).toBe('Council approves bridge')
  })
  it('guesses a short trailing site name and a leading section label only when asked', () => {
    expect(
      splitTitle('Opinion | Why the bridge vote matters - The Daily Ledger', null, null, true),
    ).toEqual({
      headline: 'Why the bridge vote matters',
      site: 'The Daily Ledger',
    })
    expect(
      splitTitle('Opinion | Why the bridge vote matters - The Daily Ledger', null, null, false)
        .headline,
    ).toBe('Opinion | Why the bridge vote matters - The Daily Ledger')
  })
  it('keeps headlines that merely contain a dash or a colon', () => {
    expect(splitTitle('Bridge vote: what happens next', null, null, true).headline).toBe(
      'Bridge vote: what happens next',
    )
    expect(splitTitle('Spider-Man returns', null, null, true).headline).toBe('Spider-Man returns')
  })
})
