import { readFileSync } from 'node:fs'
import type { FrameType } from './types.js'

function readList(name: string): string[] {
  return readFileSync(new URL(`./data/${name}`, import.meta.url), 'utf8')
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l && !l.startsWith('#'))
}

export interface Trigger {
  frame: FrameType
  role: string
  words: string[]
}

export interface ClaimsLexicon {
  /** Frame triggers by first word, longest first. */
  triggers: Map<string, Trigger[]>
  weapons: Map<string, string[][]>
  people: Set<string>
}

let cached: ClaimsLexicon | undefined

/** The claims stage's word lists (data/), loaded once. */
export function claimsLexicon(): ClaimsLexicon {
  if (cached) return cached
  const triggers = new Map<string, Trigger[]>()
  for (const l of readList('frames.tsv')) {
    const [frame, role, phrases] = l.split('\t')
    if (!frame || !role || !phrases) continue
    for (const p of phrases.split(',')) {
      const words = p.trim().split(/\s+/)
      const list = triggers.get(words[0]!) ?? []
      list.push({ frame: frame as FrameType, role, words })
      triggers.set(words[0]!, list)
    }
  }
  for (const list of triggers.values()) list.sort((a, b) => b.words.length - a.words.length)
  const weapons = new Map<string, string[][]>()
  for (const w of readList('weapon-nouns.txt')) {
    const words = w.split(/\s+/)
    weapons.set(words[0]!, [...(weapons.get(words[0]!) ?? []), words])
  }
  cached = { triggers, weapons, people: new Set(readList('people-nouns.txt')) }
  return cached
}
