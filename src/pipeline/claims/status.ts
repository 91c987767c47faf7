import type { StanceLabel } from './types.js'

/** One statement's stance toward a claim, with what the status needs to know about it. */
export interface StanceRow {
  statementId: string
  stance: StanceLabel
  /** The side of the speaker (ISO alpha-2), or null when unknown. */
  affiliation: string | null
  /** Who speaks: an entity id, or the speaker's words when no entity is known. */
  voice: string
  /** Copies of one wire story share this id: they are one source, not several. */
  syndicationId: string
  /** When: the speech act's date, else the article's, else when it was stored. */
  date: string
}

export type ClaimStatus = 'asserted' | 'contested' | 'conceded' | 'corroborated' | 'refuted'

export interface Side {
  affiliation: string | null
  stance: StanceLabel
  supports: number
  refutes: number
  reports: number
  /** Independent sources: distinct voices, a syndicated copy counted once. */
  sources: number
  voices: string[]
}

export interface TimelineEntry {
  date: string
  statementId: string
  affiliation: string | null
  stance: StanceLabel
  /** The claim's status once this statement is counted. */
  status: ClaimStatus
}

export interface ClaimState {
  status: ClaimStatus
  disputed: boolean
  sides: Side[]
  timeline: TimelineEntry[]
  firstSeen: string | null
  lastSeen: string | null
}

/**
 * A claim's sides, status and timeline from its stances. A dispute is a claim that one side
 * supports and another side refutes. Status: asserted (only support so far), contested (both,
 * from different sides), conceded (a side that supported it later refutes it, or the reverse),
 * corroborated (support from two or more sides, no refutation), refuted (only refutation).
 * @example
 * claimState(rows).sides.map((s) => `${s.affiliation} ${s.stance} (${s.sources})`)
 */
export function claimState(rows: StanceRow[]): ClaimState {
  const sorted = [...rows].sort((a, b) =>
    a.date < b.date ? -1 : a.date > b.date ? 1 : a.statementId < b.statementId ? -1 : 1,
  )
  const timeline: TimelineEntry[] = []
  const sideStances = new Map<string, StanceLabel[]>()
  let status: ClaimStatus = 'asserted'
  let conceded = false
  for (const r of sorted) {
    const side = r.affiliation ?? '?'
    const list = sideStances.get(side) ?? []
    const last = [...list].reverse().find((s) => s !== 'reports')
    if (r.affiliation && last && r.stance !== 'reports' && last !== r.stance) conceded = true
    list.push(r.stance)
    sideStances.set(side, list)
    status = statusOf(sideStances, conceded)
    timeline.push({
      date: r.date,
      statementId: r.statementId,
      affiliation: r.affiliation,
      stance: r.stance,
      status,
    })
  }
  const sides = summarizeSides(sorted)
  const known = sides.filter((s) => s.affiliation !== null)
  const disputed = known.some(
    (a) => a.supports > 0 && known.some((b) => b.affiliation !== a.affiliation && b.refutes > 0),
  )
  return {
    status,
    disputed,
    sides,
    timeline,
    firstSeen: sorted[0]?.date ?? null,
    lastSeen: sorted.at(-1)?.date ?? null,
  }
}

function statusOf(sides: Map<string, StanceLabel[]>, conceded: boolean): ClaimStatus {
  const supporting = new Set<string>()
  const refuting = new Set<string>()
  for (const [side, list] of sides) {
    if (list.includes('supports')) supporting.add(side)
    if (list.includes('refutes')) refuting.add(side)
  }
  if (conceded) return 'conceded'
  const knownSupport = [...supporting].filter((s) => s !== '?')
  const crossSides = [...supporting].some((a) => [...refuting].some((b) => a !== b))
  if (supporting.size > 0 && refuting.size > 0 && crossSides) return 'contested'
  if (supporting.size > 0 && refuting.size === 0 && knownSupport.length >= 2) return 'corroborated'
  if (supporting.size === 0 && refuting.size > 0) return 'refuted'
  if (supporting.size > 0 && refuting.size > 0) return 'contested'
  return 'asserted'
}

function summarizeSides(rows: StanceRow[]): Side[] {
  const by = new Map<string, StanceRow[]>()
  for (const r of rows) {
    const k = r.affiliation ?? ''
    by.set(k, [...(by.get(k) ?? []), r])
  }
  const out: Side[] = []
  for (const [k, list] of by) {
    const supports = list.filter((r) => r.stance === 'supports').length
    const refutes = list.filter((r) => r.stance === 'refutes').length
    const reports = list.length - supports - refutes
    // a voice is a speaker; copies of one story repeat a voice without adding one
    const voices = new Set(
      list.map((r) => (r.voice.startsWith('ent_') ? r.voice : `${r.voice}@${r.syndicationId}`)),
    )
    out.push({
      affiliation: k || null,
      stance: supports >= refutes ? (supports > 0 ? 'supports' : 'reports') : 'refutes',
      supports,
      refutes,
      reports,
      sources: voices.size,
      voices: [...voices],
    })
  }
  return out.sort((a, b) => b.supports + b.refutes - (a.supports + a.refutes))
}
