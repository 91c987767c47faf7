/**
 * The article-extraction benchmark's metric (Zyte/Scrapinghub), as its README
 * in ../shared/data/article-extraction-benchmark specifies it.
 */

const WORD = /[\p{L}\p{N}_]+/gu

/** Maximal runs of Unicode letters, numbers and `_`; combining marks split tokens. */
export function tokens(text: string): string[] {
  return text.match(WORD) ?? []
}

function shingles(toks: string[]): Map<string, number> {
  const m = new Map<string, number>()
  if (toks.length === 0) return m
  if (toks.length < 4) {
    m.set(toks.join('\u0001'), 1)
    return m
  }
  for (let i = 0; i + 4 <= toks.length; i++) {
    const k = `${toks[i]}\u0001${toks[i + 1]}\u0001${toks[i + 2]}\u0001${toks[i + 3]}`
    m.set(k, (m.get(k) ?? 0) + 1)
  }
  return m
}

export interface PageScore {
  tp: number
  fp: number
  fn: number
  precision: number
  recall: number
  exact: boolean
}

/** Per-page counts, normalised so every page weighs the same. */
export function scorePage(truth: string, prediction: string): PageScore {
  const tt = tokens(truth)
  const pt = tokens(prediction)
  const ts = shingles(tt)
  const ps = shingles(pt)
  let tp = 0
  let fp = 0
  let fn = 0
  for (const [k, t] of ts) {
    const p = ps.get(k) ?? 0
    tp += Math.min(t, p)
    fn += Math.max(0, t - p)
  }
  for (const [k, p] of ps) fp += Math.max(0, p - (ts.get(k) ?? 0))
  const total = tp + fp + fn
  if (total > 0) {
    tp /= total
    fp /= total
    fn /= total
  }
  let precision: number
  let recall: number
  if (fp === 0 && fn === 0) {
    precision = 1
    recall = 1
  } else {
    precision = tp + fp === 0 ? 0 : tp / (tp + fp)
    recall = tp + fn === 0 ? 0 : tp / (tp + fn)
  }
  const exact = tt.length === pt.length && tt.every((t, i) => t === pt[i])
  return { tp, fp, fn, precision, recall, exact }
}

export interface Summary {
  f1: number
  precision: number
  recall: number
  accuracy: number
  pages: number
}

/** Means over pages as the benchmark defines them; F1 of the two means. */
export function summarize(pages: PageScore[]): Summary {
  let pSum = 0
  let pN = 0
  let rSum = 0
  let rN = 0
  let exact = 0
  for (const s of pages) {
    if (s.tp + s.fp > 0) {
      pSum += s.precision
      pN++
    }
    if (s.tp + s.fn > 0) {
      rSum += s.recall
      rN++
    }
    if (s.exact) exact++
  }
  const precision = pN ? pSum / pN : 0
  const recall = rN ? rSum / rN : 0
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0
  return {
    f1,
    precision,
    recall,
    accuracy: pages.length ? exact / pages.length : 0,
    pages: pages.length,
  }
}

/** Standard deviation of F1 over bootstrap resamples of the pages (seeded, repeatable). */
export function bootstrapF1(pages: PageScore[], rounds = 1000, seed = 1): number {
  let s = seed >>> 0
  const rand = () => {
    s = (s * 1664525 + 1013904223) >>> 0
    return s / 2 ** 32
  }
  const f1s: number[] = []
  for (let r = 0; r < rounds; r++) {
    const sample: PageScore[] = []
    for (let i = 0; i < pages.length; i++) sample.push(pages[Math.floor(rand() * pages.length)]!)
    f1s.push(summarize(sample).f1)
  }
  const mean = f1s.reduce((a, b) => a + b, 0) / f1s.length
  return Math.sqrt(f1s.reduce((a, b) => a + (b - mean) ** 2, 0) / f1s.length)
}

/** Dev pages have ids starting 0-7, test pages 8-f (the benchmark README's halves). */
export function halfOf(id: string): 'dev' | 'test' {
  return /^[0-7]/.test(id) ? 'dev' : 'test'
}
