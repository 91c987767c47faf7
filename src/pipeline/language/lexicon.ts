import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import humanNames from 'human-names'
import { isCalendarWord } from './entities/normalize.js'

/** Reads a data file: one entry a line, `#` comments and blank lines skipped. */
export function readList(name: string): string[] {
  const text = readFileSync(new URL(`./data/${name}`, import.meta.url), 'utf8')
  return text
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l && !l.startsWith('#'))
}

export type RoleClass = 'leader' | 'spokesperson' | 'official'

export interface Lexicon {
  givenNames: Set<string>
  /** Given names that are only a woman's or only a man's in the name lists ("Liz", "Boris"). */
  gender: Map<string, 'female' | 'male'>
  /** Titles by their first word, longest first. */
  titles: Map<string, string[][]>
  roles: Map<string, RoleClass>
  orgKeywords: Set<string>
  groupNouns: Map<string, string[][]>
  /** Group nouns that name an institution rather than people ("defence ministry"). */
  institutionalNouns: Set<string>
  /** Lower-cased. */
  outlets: Set<string>
  institutions: Map<string, { type: 'organization'; affiliation: string | null }>
  commonWords: Set<string>
  /** What someone says ("claims", "reports"): after a demonym, the country is the speaker. */
  speechNouns: Set<string>
}

let cached: Lexicon | undefined
// the languages of the name lists in human-names
const LANGS = ['En', 'Fr', 'De', 'It', 'Es', 'Nl']

/** The language stage's word lists, loaded once. */
export function lexicon(): Lexicon {
  if (cached) return cached
  const h = humanNames as unknown as Record<string, string[]>
  const extra = readList('given-names.txt').map((l) => l.split('\t'))
  const givenNames = new Set<string>([
    ...LANGS.flatMap((l) => h[`all${l}`] ?? []),
    ...extra.map(([n]) => n!),
  ])
  // the all* lists lack some of the gendered ones ("Shelly", "Sheila"); of those, the ones that
  // are English words or months too ("Summer", "Star", "September") stay words
  for (const l of LANGS)
    for (const n of [...(h[`female${l}`] ?? []), ...(h[`male${l}`] ?? [])]) {
      const lower = n.toLowerCase()
      if (!givenNames.has(n) && !isEnglishWord(lower) && !isCalendarWord(lower)) givenNames.add(n)
    }
  const roles = new Map<string, RoleClass>()
  for (const l of readList('roles.tsv')) {
    const [role, cls] = l.split('\t')
    if (role && cls) roles.set(role, cls as RoleClass)
  }
  const institutions = new Map<string, { type: 'organization'; affiliation: string | null }>()
  for (const l of readList('institutions.tsv')) {
    const [name, , aff] = l.split('\t')
    if (name)
      institutions.set(name, { type: 'organization', affiliation: aff && aff !== '-' ? aff : null })
  }
  const female = new Set(LANGS.flatMap((l) => h[`female${l}`] ?? []))
  const male = new Set(LANGS.flatMap((l) => h[`male${l}`] ?? []))
  const gender = new Map<string, 'female' | 'male'>()
  for (const n of female) if (!male.has(n)) gender.set(n, 'female')
  for (const n of male) if (!female.has(n)) gender.set(n, 'male')
  for (const [n, sex] of extra)
    if (n && !female.has(n) && !male.has(n) && (sex === 'm' || sex === 'f'))
      gender.set(n, sex === 'f' ? 'female' : 'male')
  cached = {
    givenNames,
    gender,
    titles: byFirstWord(readList('titles.txt')),
    roles,
    orgKeywords: new Set(readList('org-keywords.txt')),
    groupNouns: byFirstWord(readList('group-nouns.txt').map((l) => l.split('\t')[0]!)),
    institutionalNouns: new Set(
      readList('group-nouns.txt')
        .filter((l) => l.split('\t')[1] === 'organization')
        .map((l) => l.split('\t')[0]!),
    ),
    outlets: new Set(readList('outlets.txt').map((o) => o.toLowerCase())),
    institutions,
    commonWords: new Set(readList('common-words.txt')),
    speechNouns: new Set(readList('speech-nouns.txt')),
  }
  return cached
}

function byFirstWord(entries: string[]): Map<string, string[][]> {
  const m = new Map<string, string[][]>()
  for (const e of entries) {
    const words = e.split(/\s+/)
    const k = words[0]!
    const list = m.get(k) ?? []
    list.push(words)
    m.set(k, list)
  }
  for (const list of m.values()) list.sort((a, b) => b.length - a.length)
  return m
}

let dictionary: string | undefined
// the same few thousand words are asked about in every article; cleared when full
const englishSeen = new Map<string, boolean>()

/**
 * Is this lower-case word in a general English word list (no proper names)? Tells a body named
 * by common words ("Defence Ministry") from one with a name of its own ("Rosatom").
 */
export function isEnglishWord(lower: string): boolean {
  // the list's sorted JSON text, searched as it is: parsing 275,000 words costs 0.5 s at start-up
  dictionary ??= readFileSync(
    createRequire(import.meta.url).resolve('an-array-of-english-words'),
    'utf8',
  )
  const hit = englishSeen.get(lower)
  if (hit !== undefined) return hit
  if (englishSeen.size >= 100_000) englishSeen.clear()
  const found = inSortedJsonList(dictionary, lower)
  englishSeen.set(lower, found)
  return found
}

/** Binary search over the text of a sorted JSON array of plain strings (`["a","ab",…]`). */
export function inSortedJsonList(list: string, word: string): boolean {
  // lo: where an entry's opening quote is; hi: the separator after the last entry in range
  let lo = list.indexOf('"')
  let hi = list.lastIndexOf(']')
  while (lo >= 0 && lo < hi) {
    const mid = (lo + hi) >>> 1
    const start = Math.max(lo, list.lastIndexOf(',', mid) + 1)
    const end = list.indexOf('"', start + 1)
    const w = list.slice(start + 1, end)
    if (w === word) return true
    if (w < word) lo = end + 2
    else hi = start - 1
  }
  return false
}
