import { describe, expect, test } from 'vitest'
import { loadGazetteer } from '../geo/index.js'
import { tokenize } from '../tokenize.js'
import { markedAsPlace, withinAfterComma } from './place-evidence.js'

// sentences written for these tests; "Walden" is a small town's name in several countries
const gaz = loadGazetteer()

function marked(text: string, name = 'Walden'): boolean {
  const tokens = tokenize(text)
  const at = tokens.findIndex((t) => t.text === name)
  return markedAsPlace(tokens, at, at + 1, gaz)
}

describe('what marks a name as a place', () => {
  test('a locative, a compass word, a place phrase or a kind of place around the name', () => {
    for (const text of [
      'Roads were closed in Walden overnight.',
      'Shelling went on near flooded Walden.',
      'Storms hit West Walden.',
      'The column stopped 20km south of Walden.',
      'Smoke rose over the outskirts of Walden.',
      'Schools in the Walden area stayed shut.',
      'Walden, a small town in the hills, lost power.',
    ])
      expect(marked(text), text).toBe(true)
  })

  test('a team, a show or a surname: no locative of its own, a determiner, a possessive', () => {
    for (const text of [
      'Walden said the vote would fail.',
      'She performed at the Walden on Sunday.',
      'Donors gave money toward Walden’s campaign.',
      'The Walden coach praised the defence.',
      'Walden, who led the team, retired.',
    ])
      expect(marked(text), text).toBe(false)
  })

  test('a state or country after the comma, by name, postal code or abbreviation', () => {
    const within = (text: string) => {
      const tokens = tokenize(text)
      return withinAfterComma(tokens, tokens.findIndex((t) => t.text === 'Walden') + 1, gaz)
    }
    for (const text of [
      'The fair opened in Walden, OR on Friday.',
      'The fair opened in Walden, Ore., on Friday.',
      'The fair opened in Walden, N.Y., on Friday.',
      'The fair opened in Walden, New Hampshire, on Friday.',
    ])
      expect(within(text)?.country, text).toBe('US')
    expect(within('The fair opened in Walden, Ontario.')?.country).toBe('CA')
    expect(within('The fair opened in Walden, Switzerland.')).toEqual({ country: 'CH' })
    // the centre of a state bounds where its town may lie
    expect(within('Walden, Mich. voted.')?.centre?.lat).toBeGreaterThan(40)
    expect(within('Walden, Smith said.')).toBeNull()
    expect(within('Walden, the coach said.')).toBeNull()
  })
})
