/**
 * Clustering scores against gold classes: B-cubed precision, recall and F1 (Bagga & Baldwin
 * 1998, averaged over items) and the Adjusted Rand Index (Hubert & Arabie 1985).
 * @module
 */

/** Counts of each (gold, predicted) pair, each gold class and each predicted cluster. */
function contingency(gold: readonly string[], pred: readonly string[]) {
  const joint = new Map<string, number>()
  const g = new Map<string, number>()
  const p = new Map<string, number>()
  for (let i = 0; i < gold.length; i++) {
    const k = `${gold[i]}\u0000${pred[i]}`
    joint.set(k, (joint.get(k) ?? 0) + 1)
    g.set(gold[i]!, (g.get(gold[i]!) ?? 0) + 1)
    p.set(pred[i]!, (p.get(pred[i]!) ?? 0) + 1)
  }
  return { joint, g, p }
}

/** B-cubed precision, recall and F1 of predicted cluster labels against gold labels. */
export function bcubed(
  gold: readonly string[],
  pred: readonly string[],
): { precision: number; recall: number; f1: number } {
  const { joint, g, p } = contingency(gold, pred)
  let prec = 0
  let rec = 0
  for (let i = 0; i < gold.length; i++) {
    const both = joint.get(`${gold[i]}\u0000${pred[i]}`)!
    prec += both / p.get(pred[i]!)!
    rec += both / g.get(gold[i]!)!
  }
  const n = gold.length || 1
  const precision = prec / n
  const recall = rec / n
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0
  return { precision, recall, f1 }
}

const pairs = (n: number) => (n * (n - 1)) / 2

/** Adjusted Rand Index of predicted labels against gold labels. */
export function adjustedRand(gold: readonly string[], pred: readonly string[]): number {
  const { joint, g, p } = contingency(gold, pred)
  let index = 0
  for (const v of joint.values()) index += pairs(v)
  let a = 0
  for (const v of g.values()) a += pairs(v)
  let b = 0
  for (const v of p.values()) b += pairs(v)
  const expected = (a * b) / (pairs(gold.length) || 1)
  const max = (a + b) / 2
  return max === expected ? 1 : (index - expected) / (max - expected)
}
