import { existsSync, readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { normKey } from './normalize.js'

/**
 * The data folder beside this module. The TypeScript build does not copy data files, so from
 * dist/ fall back to the same folder under src/ (the package ships src/**\/data).
 */
export function geoDataDir(): string {
  const here = fileURLToPath(new URL('./data/', import.meta.url))
  if (existsSync(here)) return here
  const fromDist = here.replace(/([\\/])dist([\\/])/, '$1src$2')
  if (existsSync(fromDist)) return fromDist
  throw new Error(`gazetteer data folder not found at ${here}`)
}

/** Rows of a tab-separated data file, without blank lines and `#` comments. */
export function readTsv(path: string): string[][] {
  return readFileSync(path, 'utf8')
    .split('\n')
    .map((l) => l.replace(/\r$/, ''))
    .filter((l) => l.trim() !== '' && !l.startsWith('#'))
    .map((l) => l.split('\t').map((c) => c.trim()))
}

export type KindWordPosition = 'prefix' | 'suffix'

export interface KindWord {
  /** Normalised phrase. */
  key: string
  kind: 'region' | 'city'
  position: KindWordPosition
}

/** kind-words.tsv, longest phrases first so "autonomous okrug" wins over "okrug". */
export function readKindWords(dir = geoDataDir()): KindWord[] {
  const out: KindWord[] = []
  for (const [phrase, kind, position] of readTsv(`${dir}/kind-words.tsv`)) {
    if (!phrase || (kind !== 'region' && kind !== 'city')) continue
    if (position !== 'prefix' && position !== 'suffix') continue
    out.push({ key: normKey(phrase), kind, position })
  }
  return out.sort((a, b) => b.key.length - a.key.length)
}

/** Strips one kind word from a normalised key; null when none applies or nothing would be left. */
export function stripKindWord(
  key: string,
  words: readonly KindWord[],
): { core: string; kind: 'region' | 'city'; position: KindWordPosition } | null {
  for (const w of words) {
    if (w.position === 'suffix') {
      if (key.length > w.key.length + 1 && key.endsWith(` ${w.key}`)) {
        return {
          core: key.slice(0, key.length - w.key.length - 1),
          kind: w.kind,
          position: 'suffix',
        }
      }
    } else if (key.length > w.key.length + 1 && key.startsWith(`${w.key} `)) {
      return { core: key.slice(w.key.length + 1), kind: w.kind, position: 'prefix' }
    }
  }
  return null
}

/** One country as the build script writes it. */
export interface GeneratedCountry {
  code: string
  name: string
  /** Other names: the official name and Latin-script alternative spellings. */
  names: string[]
  /** Upper-case abbreviations ("UK", "USA"): matched only when written in capitals. */
  acronyms: string[]
  demonyms: string[]
  lat: number
  lon: number
  /** Sum of its GeoNames cities over 1000 people: an under-estimate, used only to rank. */
  population: number
  /** Independent and a UN member. */
  sovereign: boolean
}

/** One first-level region as the build script writes it. */
export interface GeneratedRegion {
  /** `${country}-${isoCode}` */
  id: string
  country: string
  name: string
  /** Short forms without the type word ("Donetska oblast" -> "Donetska"). */
  stems: string[]
  lat: number
  lon: number
  /** Sum of the GeoNames cities whose nearest region centre this is: a rough estimate for ranking. */
  population: number
}
