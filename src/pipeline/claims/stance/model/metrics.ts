/**
 * Stance metrics: the FNC-1 competition score (related/unrelated worth 0.25, the exact related
 * label 0.75 more), per-class F1, macro-F1 and accuracy.
 * @module
 */
import type { Stance } from '../index.js'

export const STANCES: readonly Stance[] = ['supports', 'refutes', 'reports', 'unrelated']

/** FNC-1 score, its maximum and the relative score. */
export function fncScore(
  gold: readonly Stance[],
  pred: readonly Stance[],
): { score: number; max: number; relative: number } {
  let score = 0
  let max = 0
  for (let i = 0; i < gold.length; i++) {
    const g = gold[i]!
    const p = pred[i]!
    const gRel = g !== 'unrelated'
    const pRel = p !== 'unrelated'
    max += gRel ? 1 : 0.25
    if (!gRel && !pRel) score += 0.25
    if (gRel && pRel) score += 0.25
    if (gRel && p === g) score += 0.75
  }
  return { score, max, relative: max ? score / max : 0 }
}

/** Per-class F1 (over the labels given), their unweighted mean, and accuracy. */
export function classScores(
  gold: readonly Stance[],
  pred: readonly Stance[],
  labels: readonly Stance[] = STANCES,
): { f1: Record<string, number>; macroF1: number; accuracy: number } {
  const f1: Record<string, number> = {}
  for (const l of labels) {
    let tp = 0
    let fp = 0
    let fn = 0
    for (let i = 0; i < gold.length; i++) {
      if (pred[i] === l && gold[i] === l) tp++
      else if (pred[i] === l) fp++
      else if (gold[i] === l) fn++
    }
    f1[l] = tp ? (2 * tp) / (2 * tp + fp + fn) : 0
  }
  let correct = 0
  for (let i = 0; i < gold.length; i++) if (gold[i] === pred[i]) correct++
  const vals = labels.map((l) => f1[l]!)
  return {
    f1,
    macroF1: vals.reduce((a, b) => a + b, 0) / vals.length,
    accuracy: gold.length ? correct / gold.length : 0,
  }
}

/** Confusion counts gold x predicted, as rows of text. */
export function confusion(
  gold: readonly Stance[],
  pred: readonly Stance[],
  labels: readonly Stance[] = STANCES,
): string {
  const head = `${'gold\\pred'.padEnd(11)}${labels.map((l) => l.padStart(11)).join('')}`
  const rows = labels.map((g) => {
    const cells = labels.map((p) => {
      let n = 0
      for (let i = 0; i < gold.length; i++) if (gold[i] === g && pred[i] === p) n++
      return String(n).padStart(11)
    })
    return `${g.padEnd(11)}${cells.join('')}`
  })
  return [head, ...rows].join('\n')
}
