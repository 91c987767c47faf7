import { describe, expect, it } from 'vitest'
import { looseKey, normKey } from './normalize.js'

describe('normKey', () => {
  it('folds case, diacritics and apostrophes', () => {
    expect(normKey('Kramators’k')).toBe('kramatorsk')
    expect(normKey("Mar'inka")).toBe('marinka')
    expect(normKey('Zürich')).toBe('zurich')
    expect(normKey('Łódź')).toBe('lodz')
    expect(normKey('Khān Yūnis')).toBe('khan yunis')
    expect(normKey('Rafaḩ')).toBe('rafah')
  })

  it('treats hyphens, commas and runs of spaces as one space', () => {
    expect(normKey('Ivano-Frankivsk')).toBe('ivano frankivsk')
    expect(normKey('  the  Donetsk   region ')).toBe('the donetsk region')
    expect(normKey('Rostov–on–Don')).toBe('rostov on don')
  })

  it('closes dotted initialisms and spells out St/Mt/Ft', () => {
    expect(normKey('U.S.')).toBe('us')
    expect(normKey('U.S')).toBe('us')
    expect(normKey('Washington, D.C.')).toBe('washington dc')
    expect(normKey('St. Petersburg')).toBe(normKey('Saint Petersburg'))
    expect(normKey('St.Louis')).toBe('saint louis')
    expect(normKey('Mt Vernon')).toBe('mount vernon')
  })

  it('keeps letters of other scripts', () => {
    expect(normKey('Москва')).toBe('москва')
  })
})

describe('looseKey', () => {
  it('merges y/i, doubled consonants and zhzh', () => {
    expect(looseKey(normKey('Avdiivka'))).toBe(looseKey(normKey('Avdiyivka')))
    expect(looseKey(normKey('Berdiansk'))).toBe(looseKey(normKey('Berdyansk')))
    expect(looseKey(normKey('Odesa'))).toBe(looseKey(normKey('Odessa')))
    expect(looseKey(normKey('Zaporizhzhia'))).toBe(looseKey(normKey('Zaporizhia')))
    expect(looseKey(normKey('Dobropillia'))).toBe(looseKey(normKey('Dobropillya')))
  })

  it('keeps English words apart from place names', () => {
    expect(looseKey('peeking')).not.toBe(looseKey('peking'))
    expect(looseKey('being')).not.toBe(looseKey('beijing'))
  })

  it('drops the Arabic article and a final -ah', () => {
    expect(looseKey(normKey('Ar Raqqah'))).toBe(looseKey(normKey('Raqqa')))
    expect(looseKey(normKey('Fallujah'))).toBe(looseKey(normKey('Falluja')))
  })

  it('does not collapse digits', () => {
    expect(looseKey('district 11')).toBe('district 11')
  })
})
