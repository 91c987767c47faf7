import type { PlaceLookup } from './types.js'

const LIMIT = 100_000

/**
 * Wraps a gazetteer with memo tables: the same few thousand names ("Ukraine", "Russian")
 * come up in every article. The tables are cleared when full, so memory stays bounded.
 */
export function cachedPlaces(gaz: PlaceLookup): PlaceLookup {
  const country = new Map<string, ReturnType<PlaceLookup['country']>>()
  const isPlace = new Map<string, boolean>()
  const resolved = new Map<string, ReturnType<PlaceLookup['resolve']>>()
  const capitals = new Map<string, string | null>()
  // the sorted context of the last call: an article resolves all its places against one set
  let lastCountries: string[] = []
  let lastJoined = ''
  const countriesKey = (set: ReadonlySet<string>): string => {
    let i = 0
    let same = set.size === lastCountries.length
    if (same)
      for (const c of set)
        if (c !== lastCountries[i++]) {
          same = false
          break
        }
    if (!same) {
      lastCountries = [...set]
      lastJoined = [...lastCountries].sort().join(',')
    }
    return lastJoined
  }
  const bounded = <K, V>(m: Map<K, V>, k: K, v: V): V => {
    if (m.size >= LIMIT) m.clear()
    m.set(k, v)
    return v
  }
  return {
    country(word) {
      const hit = country.get(word)
      return hit !== undefined ? hit : bounded(country, word, gaz.country(word))
    },
    isPlaceName(name) {
      const hit = isPlace.get(name)
      return hit !== undefined ? hit : bounded(isPlace, name, gaz.isPlaceName(name))
    },
    capitalOf(name) {
      const hit = capitals.get(name)
      return hit !== undefined ? hit : bounded(capitals, name, gaz.capitalOf(name))
    },
    resolve(name, ctx) {
      const key = `${name}\u0001${ctx?.kind ?? ''}\u0001${ctx?.countries ? countriesKey(ctx.countries) : ''}`
      const hit = resolved.get(key)
      return hit !== undefined ? hit : bounded(resolved, key, gaz.resolve(name, ctx))
    },
  }
}
