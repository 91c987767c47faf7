import { readFileSync } from 'node:fs'
import { bareArticle } from '../../assemble.js'
import { analyze } from '../../language/index.js'
import type { PlaceLookup } from '../../language/types.js'
import { attribute } from '../index.js'

interface Gold {
  text: string
  hedges: string[]
  evidence: { kind: string; qualifiers: string[] }[]
}

export interface PR {
  tp: number
  fp: number
  fn: number
  precision: number
  recall: number
  f1: number
}

export interface HedgeEvidenceScore {
  sentences: number
  withStatement: number
  hedges: PR
  evidence: PR
  qualifiers: PR
  errors: { text: string; missed: string[]; extra: string[] }[]
}

/** The hand-written hedge and evidence sets beside this file: dev (used while building the rules) and test (held out). */
export function loadGold(split: 'dev' | 'test'): Gold[] {
  return readFileSync(new URL(`./hedges-evidence.${split}.jsonl`, import.meta.url), 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as Gold)
}

/**
 * Runs each sentence through the pipeline as a one-paragraph article and scores the hedges,
 * evidence kinds and evidence qualifiers of the statements found against the gold labels.
 */
export function scoreHedgesEvidence(
  gazetteer: PlaceLookup,
  split: 'dev' | 'test',
): HedgeEvidenceScore {
  const gold = loadGold(split)
  const count = { h: pr0(), e: pr0(), q: pr0() }
  const errors: HedgeEvidenceScore['errors'] = []
  let withStatement = 0
  for (const g of gold) {
    const article = bareArticle([g.text])
    const statements = attribute(article, analyze(article, { gazetteer }))
    if (statements.length) withStatement++
    const hedges = new Set(statements.flatMap((s) => s.hedges))
    const kinds = new Set(statements.flatMap((s) => s.evidence.map((e) => e.kind)))
    const quals = new Set(
      statements.flatMap((s) =>
        s.evidence.flatMap((e) => e.qualifiers.map((q) => `${e.kind}:${q}`)),
      ),
    )
    const gh = new Set(g.hedges)
    const gk = new Set(g.evidence.map((e) => e.kind))
    const gq = new Set(g.evidence.flatMap((e) => e.qualifiers.map((q) => `${e.kind}:${q}`)))
    tally(count.h, gh, hedges)
    tally(count.e, gk, kinds)
    tally(count.q, gq, quals)
    const missed = [
      ...[...gh].filter((x) => !hedges.has(x)),
      ...[...gk].filter((x) => !kinds.has(x)),
      ...[...gq].filter((x) => !quals.has(x)),
    ]
    const extra = [
      ...[...hedges].filter((x) => !gh.has(x)),
      ...[...kinds].filter((x) => !gk.has(x)),
      ...[...quals].filter((x) => !gq.has(x)),
    ]
    if (missed.length || extra.length) errors.push({ text: g.text, missed, extra })
  }
  return {
    sentences: gold.length,
    withStatement,
    hedges: finish(count.h),
    evidence: finish(count.e),
    qualifiers: finish(count.q),
    errors,
  }
}

function pr0(): PR {
  return { tp: 0, fp: 0, fn: 0, precision: 0, recall: 0, f1: 0 }
}

function tally(c: PR, gold: Set<string>, got: Set<string>) {
  for (const x of got)
    if (gold.has(x)) c.tp++
    else c.fp++
  for (const x of gold) if (!got.has(x)) c.fn++
}

function finish(c: PR): PR {
  const precision = c.tp + c.fp ? c.tp / (c.tp + c.fp) : 1
  const recall = c.tp + c.fn ? c.tp / (c.tp + c.fn) : 1
  return {
    ...c,
    precision,
    recall,
    f1: precision + recall ? (2 * precision * recall) / (precision + recall) : 0,
  }
}
