import { readFileSync } from 'node:fs'
import humanNames from 'human-names'

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

/** The language stage's word lists, loaded once. */
export function lexicon(): Lexicon {
  if (cached) return cached
  const h = humanNames as unknown as Record<string, string[]>
  const givenNames = new Set<string>([
    ...(h.allEn ?? []),
    ...(h.allFr ?? []),
    ...(h.allDe ?? []),
    ...(h.allIt ?? []),
    ...(h.allEs ?? []),
    ...(h.allNl ?? []),
    ...readList('given-names.txt'),
  ])
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
  cached = {
    givenNames,
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
