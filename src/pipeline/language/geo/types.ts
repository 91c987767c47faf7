export type PlaceKind = 'country' | 'region' | 'city'

export interface Place {
  /** Stable id: `country:UA`, `region:UA-14` (ISO 3166-2), `city:713174` (GeoNames), `extra:donbas`. */
  id: string
  name: string
  kind: PlaceKind
  /** ISO 3166-1 alpha-2. */
  country: string
  lat: number
  lon: number
  /** GeoNames population for cities; a rough estimate for regions and countries (for ranking). */
  population: number
}

export interface PlaceMatch {
  place: Place
  /** Which disambiguation step chose it, e.g. `gazetteer.context-country`. */
  rule: string
  confidence: number
}

export interface ResolveContext {
  /** ISO alpha-2 codes of the countries the text is about. */
  countries?: ReadonlySet<string>
  /** Kind named by the text ("region", "city of"). */
  kind?: PlaceKind
}

export interface CountryMatch {
  code: string
  name: string
  rule: 'country-name' | 'demonym'
}

export interface Gazetteer {
  /** Candidates for a surface name ("Donetsk region", "the United States", "Kiev"), best first, unfiltered. */
  candidates(name: string): Place[]
  /**
   * Best place for a name, disambiguated by the countries in context and a kind hint (from `ctx`
   * or from the name itself: "X region", "city of X"); null when the name is not a known place or
   * every reading is ruled out (stoplisted word, small town outside the context countries).
   */
  resolve(name: string, ctx?: ResolveContext): PlaceMatch | null
  /** Country for a country name, alternative spelling, demonym, plural demonym or possessive. */
  country(word: string): CountryMatch | null
  /**
   * Whether a capitalised string is a known place name: any country, or any city or region whose
   * name is not on the stoplist. Cheap; meant as a pre-filter before `resolve`.
   */
  isPlaceName(name: string): boolean
  /** The country whose capital city this name is ("Moscow" → RU), or null. */
  capitalOf(name: string): string | null
}
