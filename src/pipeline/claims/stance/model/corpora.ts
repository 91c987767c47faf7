/**
 * Readers for the stance corpora in ../shared/data (FNC-1, Emergent, ARC), used by training only.
 * src/ cannot import bench/, so this keeps its own small CSV reader.
 * @module
 */
import { existsSync, readFileSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import type { Stance } from '../index.js'

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..', '..', '..', '..')

/** The shared data folder: $COUNTERCLAIM_SHARED, else ../shared beside the checkout. */
export function dataDir(...parts: string[]): string {
  const root = resolve(process.env.COUNTERCLAIM_SHARED ?? join(repoRoot, '..', 'shared'))
  return join(root, 'data', ...parts)
}

/** Parses RFC 4180 CSV with a header into objects keyed by column name. */
export function readCsvFile(path: string): Record<string, string>[] {
  const text = readFileSync(path, 'utf8').replace(/^\uFEFF/, '')
  const rows: string[][] = []
  let row: string[] = []
  let field = ''
  let quoted = false
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!
    if (quoted) {
      if (c !== '"') field += c
      else if (text[i + 1] === '"') {
        field += '"'
        i++
      } else quoted = false
    } else if (c === '"') quoted = true
    else if (c === ',') {
      row.push(field)
      field = ''
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') i++
      row.push(field)
      rows.push(row)
      row = []
      field = ''
    } else field += c
  }
  if (field || row.length) rows.push([...row, field])
  const [header, ...body] = rows
  if (!header) return []
  return body
    .filter((r) => r.length > 1)
    .map((r) => Object.fromEntries(header.map((h, k) => [h, r[k] ?? ''])))
}

/** One labelled (claim, text) pair. */
export interface Pair {
  claim: string
  text: string
  stance: Stance
  /** Groups pairs that must stay on one side of a split (FNC body id, Emergent claim id). */
  group: string
}

const FNC_LABEL: Record<string, Stance> = {
  agree: 'supports',
  disagree: 'refutes',
  discuss: 'reports',
  unrelated: 'unrelated',
}
const EMERGENT_LABEL: Record<string, Stance> = {
  for: 'supports',
  against: 'refutes',
  observing: 'reports',
}

/** FNC-format stances joined to bodies (FNC-1 or ARC); the headline is the claim. */
export function loadFncFormat(stancesPath: string, bodiesPath: string): Pair[] {
  const bodies = new Map(readCsvFile(bodiesPath).map((r) => [r['Body ID']!, r.articleBody!]))
  return readCsvFile(stancesPath).map((r) => {
    const body = bodies.get(r['Body ID']!)
    const stance = FNC_LABEL[r.Stance!]
    if (body === undefined || !stance) throw new Error(`bad row: ${r['Body ID']} ${r.Stance}`)
    return { claim: r.Headline!, text: body, stance, group: r['Body ID']! }
  })
}

/** FNC-1 train split with the standard hold-out bodies marked. */
export function loadFncTrain(): { pairs: Pair[]; holdout: Set<string> } {
  const pairs = loadFncFormat(
    dataDir('fnc-1', 'train_stances.csv'),
    dataDir('fnc-1', 'train_bodies.csv'),
  )
  const holdout = new Set(
    readFileSync(dataDir('fnc-1', 'splits', 'hold_out_ids.txt'), 'utf8')
      .split(/\s+/)
      .filter(Boolean),
  )
  return { pairs, holdout }
}

/** FNC-1 competition test pairs, in file order. */
export function loadFncTest(): Pair[] {
  return loadFncFormat(
    dataDir('fnc-1', 'competition_test_stances.csv'),
    dataDir('fnc-1', 'competition_test_bodies.csv'),
  )
}

/** ARC stances ('train' or 'test'). */
export function loadArc(split: 'train' | 'test'): Pair[] {
  return loadFncFormat(dataDir('arc', `arc_stances_${split}.csv`), dataDir('arc', 'arc_bodies.csv'))
}

/** One Emergent article headline with its claim. */
export interface EmergentRow extends Pair {
  articleId: string
  claimId: string
}

/** Emergent headlines ('train', 'test' or 'all' for the full clean file). */
export function loadEmergent(split: 'train' | 'test' | 'all'): EmergentRow[] {
  const suffix = split === 'all' ? '' : `-${split}`
  const rows = readCsvFile(dataDir('emergent', `url-versions-2015-06-14-clean${suffix}.csv`))
  return rows.map((r) => {
    const stance = EMERGENT_LABEL[r.articleHeadlineStance!]
    if (!stance) throw new Error(`bad stance ${r.articleHeadlineStance}`)
    return {
      claim: r.claimHeadline!,
      text: r.articleHeadline!,
      stance,
      group: r.claimId!,
      articleId: r.articleId!,
      claimId: r.claimId!,
    }
  })
}

/** Whether the corpora are present (training and data-backed tests need them). */
export function haveCorpora(): boolean {
  return existsSync(dataDir('fnc-1', 'train_stances.csv')) && existsSync(dataDir('emergent'))
}
