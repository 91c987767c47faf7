import type { Kysely } from 'kysely'
import type { Database } from '../schema.js'

export interface PlaceSummary {
  id: string
  name: string
  lat: number | null
  lon: number | null
  country: string | null
  kind: string | null
  /** Claims about the place, and how many of them are disputed. */
  claims: number
  disputed: number
  lastSeen: string | null
}

/**
 * Places claims are about: by default only those with a disputed claim ("contested"), with
 * `all` every place any claim names. Most disputed first, then most recently active.
 * @example
 * const places = await contestedPlaces(db, { all: false })
 */
export async function contestedPlaces(
  db: Kysely<Database>,
  opts: { all: boolean },
): Promise<PlaceSummary[]> {
  let q = db
    .selectFrom('claims')
    .select(['places', 'disputed', 'last_seen'])
    .where('status', '!=', 'merged')
    .where('places', '!=', '[]')
  if (!opts.all) q = q.where('disputed', '=', 1)
  const agg = new Map<string, { claims: number; disputed: number; lastSeen: string | null }>()
  for (const r of await q.execute()) {
    for (const key of new Set(JSON.parse(r.places) as string[])) {
      const a = agg.get(key) ?? { claims: 0, disputed: 0, lastSeen: null }
      a.claims++
      a.disputed += r.disputed
      if (r.last_seen && (!a.lastSeen || r.last_seen > a.lastSeen)) a.lastSeen = r.last_seen
      agg.set(key, a)
    }
  }
  if (agg.size === 0) return []
  const out: PlaceSummary[] = []
  const keys = [...agg.keys()]
  for (let i = 0; i < keys.length; i += 500) {
    const rows = await db
      .selectFrom('entities')
      .select(['id', 'key', 'name', 'lat', 'lon', 'country', 'place_kind'])
      .where('key', 'in', keys.slice(i, i + 500))
      .execute()
    for (const r of rows) {
      const a = agg.get(r.key)!
      out.push({
        id: r.id,
        name: r.name,
        lat: r.lat,
        lon: r.lon,
        country: r.country,
        kind: r.place_kind,
        ...a,
      })
    }
  }
  return out.sort(
    (a, b) =>
      b.disputed - a.disputed ||
      (b.lastSeen ?? '').localeCompare(a.lastSeen ?? '') ||
      a.name.localeCompare(b.name),
  )
}
