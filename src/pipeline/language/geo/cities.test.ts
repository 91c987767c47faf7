import { describe, expect, it } from 'vitest'
import { CITY_FLAG_CAPITAL, loadCities } from './cities.js'

describe('loadCities', () => {
  const cities = loadCities()

  it('decodes every city of the package with its coordinates', () => {
    expect(cities.count).toBeGreaterThan(130_000)
    expect(cities.name).toHaveLength(cities.count)
    const i = cities.name.indexOf('Kyiv')
    expect(i).toBeGreaterThanOrEqual(0)
    expect(cities.country[i]).toBe('UA')
    expect(cities.lat[i]).toBeCloseTo(50.45, 1)
    expect(cities.lon[i]).toBeCloseTo(30.52, 1)
    expect(cities.population[i]).toBeGreaterThan(2_000_000)
    expect(cities.flags[i]! & CITY_FLAG_CAPITAL).toBeTruthy()
  })

  it('keeps coordinates in range', () => {
    let bad = 0
    for (let i = 0; i < cities.count; i++) {
      const ok =
        Math.abs(cities.lat[i]!) <= 90 &&
        Math.abs(cities.lon[i]!) <= 180 &&
        /^[A-Z]{2}$/.test(cities.country[i]!)
      if (!ok) bad++
    }
    expect(bad).toBe(0)
  })
})
