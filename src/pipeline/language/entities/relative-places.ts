import type { Token } from '../types.js'

export { distanceKm } from '../geo/distance.js'

/**
 * A place described by its distance and direction from another, as war reports locate
 * villages no gazetteer holds: "Ardenkivka (20km south of Northport)".
 */
export interface RelativePlace {
  /** Tokens of the described place's name: [from, to). */
  from: number
  to: number
  /** Token where the anchor place's name starts. */
  anchor: number
  km: number
  /** Compass bearing from the anchor, in degrees. */
  bearing: number
}

const POINTS = ['north', 'east', 'south', 'west']
const BEARINGS = new Map<string, number>([
  ['north', 0],
  ['east', 90],
  ['south', 180],
  ['west', 270],
  ['northeast', 45],
  ['southeast', 135],
  ['southwest', 225],
  ['northwest', 315],
])
// "north-northwest": halfway between the point and the quarter
for (const p of POINTS)
  for (const [q, b] of [...BEARINGS])
    if (q.length > 5 && !q.includes('-') && q.includes(p)) {
      const a = BEARINGS.get(p)!
      const mid = Math.abs(a - b) > 180 ? ((a + b + 360) / 2) % 360 : (a + b) / 2
      BEARINGS.set(`${p}-${q}`, mid)
    }

const UNITS = new Map([
  ['km', 1],
  ['kilometers', 1],
  ['kilometres', 1],
  ['mi', 1.609],
  ['miles', 1.609],
])
const ABOUT = new Set(['approximately', 'about', 'roughly', 'around', 'some', 'over', 'nearly'])

/**
 * The "Name (N km <direction> of Anchor)" descriptions in a text. The name is the one to three
 * capitalised words right before the bracket; `isWord` tells a dictionary word that opens a
 * sentence ("Near") from a name.
 */
export function findRelativePlaces(
  tokens: Token[],
  isWord: (lower: string) => boolean,
): RelativePlace[] {
  const out: RelativePlace[] = []
  for (let p = 1; p + 5 < tokens.length; p++) {
    if (tokens[p]!.text !== '(') continue
    let k = p + 1
    if (ABOUT.has(tokens[k]!.lower)) k++
    const km = Number(tokens[k]?.text.replace(',', '.'))
    const unit = UNITS.get(tokens[k + 1]?.lower ?? '')
    if (!Number.isFinite(km) || km <= 0 || km > 300 || !unit) continue
    const bearing = BEARINGS.get(tokens[k + 2]?.lower ?? '')
    if (bearing === undefined || tokens[k + 3]?.lower !== 'of' || !tokens[k + 4]?.upper) continue
    let from = p
    while (from > p - 3 && nameWord(tokens[from - 1])) from--
    // a sentence's first word may be a dictionary word before the name ("Near Dibrova (…)")
    while (from < p - 1 && isWord(tokens[from]!.lower)) from++
    if (from === p || (p - from === 1 && isWord(tokens[from]!.lower))) continue
    out.push({ from, to: p, anchor: k + 4, km: km * unit, bearing })
  }
  return out
}

function nameWord(t: Token | undefined): boolean {
  return t?.upper === true && !t.punct && !t.acronym
}

/** The point `km` from (lat, lon) along `bearing`, on a sphere: close enough at these distances. */
export function offset(
  lat: number,
  lon: number,
  km: number,
  bearing: number,
): { lat: number; lon: number } {
  const r = (bearing * Math.PI) / 180
  const dLat = (km * Math.cos(r)) / 111.32
  const dLon = (km * Math.sin(r)) / (111.32 * Math.cos((lat * Math.PI) / 180))
  return { lat: round(lat + dLat), lon: round(lon + dLon) }
}

const round = (x: number) => Math.round(x * 1e4) / 1e4
