import type { PlaceLookup, Token } from '../types.js'
import { isPossessiveS } from './normalize.js'

// What the words around a name say about it. A town's name the gazetteer cannot place in the
// article's countries is as often a team, a show, a surname or a word of another language: only
// the text can make it a place.

// "in X", "near X", "at X": the name is where something is
const LOCATIVES = new Set(
  'in near from at outside inside toward towards into around across throughout through via'.split(
    ' ',
  ),
)
// "in the X", "at its X": a determiner makes a thing of it (a show, a ship, a team)
const DETERMINERS = new Set(
  'the a an this that these those its his her their our your my whose'.split(' '),
)
const COMPASS = new Set(
  (
    'north south east west northeast northwest southeast southwest ' +
    'northern southern eastern western northeastern northwestern southeastern southwestern'
  ).split(' '),
)
// "south of X", "the outskirts of X", "the mayor of X": a phrase that only a place completes
const OF_PLACE = new Set([
  ...COMPASS,
  'outskirts',
  'suburbs',
  'suburb',
  'centre',
  'center',
  'mayor',
  'residents',
])
// "the X area", "X residents": a kind of place, or those who live in one, after the name
const KIND_AFTER = new Set(
  'area region city town village township hamlet suburb suburbs neighborhood neighbourhood district province oblast county municipality residents'.split(
    ' ',
  ),
)
// ", a town in …": the kind set off after the name
const SETTLEMENTS = new Set(
  'city town village township hamlet settlement suburb neighborhood neighbourhood port county'.split(
    ' ',
  ),
)

/** Does the text at this mention (tokens [from, to)) say the name is a place? */
export function markedAsPlace(
  tokens: Token[],
  from: number,
  to: number,
  gaz: PlaceLookup,
): boolean {
  return (
    locativeBefore(tokens, from, to) ||
    placePhraseBefore(tokens, from) ||
    kindAfter(tokens, to) ||
    withinAfterComma(tokens, to, gaz) !== null
  )
}

/**
 * "in X", "near embattled X"; not "toward X's campaign", where the locative governs what X
 * owns, nor "at the X".
 */
function locativeBefore(tokens: Token[], from: number, to: number): boolean {
  if (isPossessiveS(tokens[to]?.text ?? '')) return false
  const p1 = tokens[from - 1]
  if (!p1) return false
  if (LOCATIVES.has(p1.lower)) return true
  return (
    /^[a-z]+$/.test(p1.text) &&
    !DETERMINERS.has(p1.lower) &&
    LOCATIVES.has(tokens[from - 2]?.lower ?? '')
  )
}

/** "West X", "western X", "20km south of X", "the outskirts of X". */
function placePhraseBefore(tokens: Token[], from: number): boolean {
  const p1 = tokens[from - 1]?.lower ?? ''
  if (COMPASS.has(p1)) return true
  return p1 === 'of' && OF_PLACE.has(tokens[from - 2]?.lower ?? '')
}

/** "X area", "X residents", "X, a town in …". */
function kindAfter(tokens: Token[], to: number): boolean {
  const n = tokens[to]
  if (n && !n.upper && KIND_AFTER.has(n.lower)) return true
  if (n?.text !== ',' || !['a', 'an', 'the'].includes(tokens[to + 1]?.lower ?? '')) return false
  // one word may describe it: "a small town", "the coastal city"
  return (
    SETTLEMENTS.has(tokens[to + 2]?.lower ?? '') || SETTLEMENTS.has(tokens[to + 3]?.lower ?? '')
  )
}

/** Where the text says a place lies: a country, or a state with its centre. */
export interface Within {
  country: string
  /** A state's or region's centre; a country has none. */
  centre?: { lat: number; lon: number }
}

/**
 * "Tolland, CT", "Walden, Ore.", "Walden, Switzerland", "Walden, New York": the state or
 * country written after the name's comma, or null.
 */
export function withinAfterComma(tokens: Token[], to: number, gaz: PlaceLookup): Within | null {
  if (tokens[to]?.text !== ',' || !tokens[to + 1]?.upper) return null
  const state = stateAbbreviation(tokens, to + 1)
  // a state or country of up to three words: "New South Wales", "South Korea"
  let name = ''
  for (let k = to + 1; !state && k < to + 4 && tokens[k]?.upper && !tokens[k]!.punct; k++) {
    name = name ? `${name} ${tokens[k]!.text}` : tokens[k]!.text
    const c = gaz.country(name)
    if (c?.rule === 'country-name') return { country: c.code }
    const r = gaz.resolve(name, { kind: 'region' })
    if (r?.place.kind === 'country') return { country: r.place.country }
    if (r?.place.kind === 'region')
      return { country: r.place.country, centre: { lat: r.place.lat, lon: r.place.lon } }
  }
  const r = state ? gaz.resolve(state, { kind: 'region' }) : null
  return r?.place.kind === 'region'
    ? { country: r.place.country, centre: { lat: r.place.lat, lon: r.place.lon } }
    : null
}

/** The state a US or Canadian postal code ("CT") or abbreviation with its stop ("Conn.") names. */
function stateAbbreviation(tokens: Token[], at: number): string | null {
  const t = tokens[at]!
  const postal = POSTAL.get(t.text)
  if (postal) return postal
  // the tokenizer keeps the stops of "N.Y." inside the token, and splits the one of "Conn."
  if (t.text.endsWith('.')) return DOTTED.get(t.text.slice(0, -1)) ?? null
  return tokens[at + 1]?.text === '.' ? (DOTTED.get(t.text) ?? null) : null
}

// state, postal code, abbreviations
const STATES: [string, string, ...string[]][] = [
  ['Alabama', 'AL', 'Ala'],
  ['Alaska', 'AK'],
  ['Arizona', 'AZ', 'Ariz'],
  ['Arkansas', 'AR', 'Ark'],
  ['California', 'CA', 'Calif'],
  ['Colorado', 'CO', 'Colo'],
  ['Connecticut', 'CT', 'Conn'],
  ['Delaware', 'DE', 'Del'],
  ['District of Columbia', 'DC', 'D.C'],
  ['Florida', 'FL', 'Fla'],
  ['Georgia', 'GA', 'Ga'],
  ['Hawaii', 'HI'],
  ['Idaho', 'ID'],
  ['Illinois', 'IL', 'Ill'],
  ['Indiana', 'IN', 'Ind'],
  ['Iowa', 'IA'],
  ['Kansas', 'KS', 'Kan', 'Kans'],
  ['Kentucky', 'KY', 'Ky'],
  ['Louisiana', 'LA', 'La'],
  ['Maine', 'ME'],
  ['Maryland', 'MD', 'Md'],
  ['Massachusetts', 'MA', 'Mass'],
  ['Michigan', 'MI', 'Mich'],
  ['Minnesota', 'MN', 'Minn'],
  ['Mississippi', 'MS', 'Miss'],
  ['Missouri', 'MO', 'Mo'],
  ['Montana', 'MT', 'Mont'],
  ['Nebraska', 'NE', 'Neb', 'Nebr'],
  ['Nevada', 'NV', 'Nev'],
  ['New Hampshire', 'NH', 'N.H'],
  ['New Jersey', 'NJ', 'N.J'],
  ['New Mexico', 'NM', 'N.M'],
  ['New York', 'NY', 'N.Y'],
  ['North Carolina', 'NC', 'N.C'],
  ['North Dakota', 'ND', 'N.D'],
  ['Ohio', 'OH'],
  ['Oklahoma', 'OK', 'Okla'],
  ['Oregon', 'OR', 'Ore'],
  ['Pennsylvania', 'PA', 'Pa', 'Penn'],
  ['Rhode Island', 'RI', 'R.I'],
  ['South Carolina', 'SC', 'S.C'],
  ['South Dakota', 'SD', 'S.D'],
  ['Tennessee', 'TN', 'Tenn'],
  ['Texas', 'TX', 'Tex'],
  ['Utah', 'UT'],
  ['Vermont', 'VT', 'Vt'],
  ['Virginia', 'VA', 'Va'],
  ['Washington', 'WA', 'Wash'],
  ['West Virginia', 'WV', 'W.Va'],
  ['Wisconsin', 'WI', 'Wis', 'Wisc'],
  ['Wyoming', 'WY', 'Wyo'],
  ['Alberta', 'AB', 'Alta'],
  ['British Columbia', 'BC', 'B.C'],
  ['Manitoba', 'MB'],
  ['New Brunswick', 'NB', 'N.B'],
  ['Newfoundland and Labrador', 'NL'],
  ['Nova Scotia', 'NS', 'N.S'],
  ['Northwest Territories', 'NT'],
  ['Nunavut', 'NU'],
  ['Ontario', 'ON', 'Ont'],
  ['Prince Edward Island', 'PE'],
  ['Quebec', 'QC', 'Que'],
  ['Saskatchewan', 'SK', 'Sask'],
  ['Yukon', 'YT'],
]
const POSTAL = new Map(STATES.map(([name, code]) => [code, name]))
const DOTTED = new Map(STATES.flatMap(([name, , ...abbr]) => abbr.map((a) => [a, name] as const)))
