import { describe, expect, test } from 'vitest'
import { bareArticle } from '../../assemble.js'
import { loadGazetteer } from '../geo/index.js'
import { analyze } from '../index.js'
import { tokenize } from '../tokenize.js'
import { distanceKm, findRelativePlaces, offset } from './relative-places.js'

// sentences written for these tests
const word = (w: string) => ['near', 'the', 'in'].includes(w)

describe('places located from another place', () => {
  test('"Name (N km <direction> of Anchor)" gives the name, the distance and the bearing', () => {
    const tokens = tokenize('Fighting went on near Novo Ardenka (12km north-northwest of Dnipro).')
    const [r] = findRelativePlaces(tokens, word)
    expect(tokens.slice(r!.from, r!.to).map((t) => t.text)).toEqual(['Novo', 'Ardenka'])
    expect(tokens[r!.anchor]!.text).toBe('Dnipro')
    expect(r!.km).toBe(12)
    expect(r!.bearing).toBe(337.5)
    // a bracket that gives no direction, or no distance, locates nothing
    expect(
      findRelativePlaces(tokenize('Talks in Ardenka (the second round) ended.'), word),
    ).toEqual([])
    expect(findRelativePlaces(tokenize('Ardenka (north of Dnipro) was hit.'), word)).toEqual([])
  })

  test('the offset point lies at the distance and on the side the text gives', () => {
    const from = { lat: 48.5, lon: 38 }
    const south = offset(from.lat, from.lon, 20, 180)
    expect(distanceKm(from, south)).toBeCloseTo(20, 0)
    expect(south.lat).toBeLessThan(from.lat)
    expect(offset(from.lat, from.lon, 10, 90).lon).toBeGreaterThan(from.lon)
  })

  test('a village no gazetteer holds is a place where the text puts it, and keeps that place', () => {
    const text =
      'Officials said troops had entered Ardenkivka (20km south of Kharkiv) on Monday. Ardenkivka was shelled again later.'
    const a = analyze(bareArticle([text]), { gazetteer: loadGazetteer() })
    const kharkiv = a.entities.find((e) => e.name === 'Kharkiv')!
    const village = a.entities.find((e) => e.name === 'Ardenkivka')!
    expect(village.type).toBe('place')
    expect(village.geo?.rule).toBe('relative-to-place')
    expect(distanceKm(village.geo!, kharkiv.geo!)).toBeCloseTo(20, 0)
    expect(village.geo!.lat).toBeLessThan(kharkiv.geo!.lat)
    expect(village.mentions).toHaveLength(2)
    expect(village.key).toBe('place:local:UA:ardenkivka')
  })

  test('a town the gazetteer puts far away is the one the text locates; a nearby one stays', () => {
    const read = (text: string) =>
      analyze(bareArticle([text]), { gazetteer: loadGazetteer() }).entities
    const far = read('Troops shelled Yampil (15km northeast of Lyman) on Monday.')
    const lyman = far.find((e) => e.name === 'Lyman')!
    const yampil = far.find((e) => e.name === 'Yampil')!
    expect(distanceKm(yampil.geo!, lyman.geo!)).toBeCloseTo(15, 0)
    const near = read('Troops shelled Kramatorsk (12km south of Sloviansk) on Monday.')
    expect(near.find((e) => e.name === 'Kramatorsk')!.geo?.rule).not.toBe('relative-to-place')
  })
})
