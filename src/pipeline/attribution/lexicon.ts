import { readFileSync } from 'node:fs'
import type { EntityType } from '../language/types.js'
import type { Polarity } from './types.js'

function readList(name: string): string[] {
  return readFileSync(new URL(`./data/${name}`, import.meta.url), 'utf8')
    .split('\n')
    .map((l) => l.trimEnd())
    .filter((l) => l.trim() && !l.startsWith('#'))
}

export interface CueEntry {
  lemma: string
  polarity: Polarity
}

export interface AttributionLexicon {
  /** Verb form (lower case) -> cue. */
  verbs: Map<string, CueEntry>
  /** Noun form (lower case) -> cue. */
  nouns: Map<string, CueEntry>
  /** Hedge phrases, as word arrays, by first word. */
  hedges: Map<string, string[][]>
  /** Evidence phrases, as word arrays, by first word, with their kind. */
  evidence: Map<string, { words: string[]; kind: string }[]>
  qualifiers: Set<string>
  pronouns: Map<string, Set<EntityType>>
}

let cached: AttributionLexicon | undefined

/** The attribution stage's lexicons (data/README.md), loaded once. */
export function attributionLexicon(): AttributionLexicon {
  if (cached) return cached
  const verbs = new Map<string, CueEntry>()
  const nouns = new Map<string, CueEntry>()
  for (const l of readList('cues.tsv')) {
    const [lemma, polarity, vs, ns] = l.split('\t')
    if (!lemma || !polarity) continue
    const e = { lemma, polarity: polarity as Polarity }
    for (const v of (vs ?? '').split(',')) if (v.trim()) verbs.set(v.trim(), e)
    for (const n of (ns ?? '').split(',')) if (n.trim()) nouns.set(n.trim(), e)
  }
  const hedges = new Map<string, string[][]>()
  for (const h of readList('hedges.txt')) {
    const words = h.trim().split(/\s+/)
    const list = hedges.get(words[0]!) ?? []
    list.push(words)
    hedges.set(words[0]!, list)
  }
  for (const list of hedges.values()) list.sort((a, b) => b.length - a.length)
  const evidence = new Map<string, { words: string[]; kind: string }[]>()
  for (const l of readList('evidence.tsv')) {
    const [kind, phrases] = l.split('\t')
    if (!kind || !phrases) continue
    for (const p of phrases.split(',')) {
      const words = p.trim().split(/\s+/)
      const list = evidence.get(words[0]!) ?? []
      list.push({ words, kind })
      evidence.set(words[0]!, list)
    }
  }
  for (const list of evidence.values()) list.sort((a, b) => b.words.length - a.words.length)
  const pronouns = new Map<string, Set<EntityType>>()
  for (const l of readList('pronouns.tsv')) {
    const [p, types] = l.split('\t')
    if (p && types) pronouns.set(p, new Set(types.split(',') as EntityType[]))
  }
  cached = {
    verbs,
    nouns,
    hedges,
    evidence,
    qualifiers: new Set(readList('evidence-qualifiers.txt').map((q) => q.trim())),
    pronouns,
  }
  return cached
}
