const WORD = /[\p{L}\p{N}_]+/gu
const SEP = '\u0001'

function tokens(s: string): string[] {
  return s.match(WORD) ?? []
}

/** Training labels: 1 when a line's words are the annotated body's words. */
export interface LineLabels {
  labels: number[]
  /** Shingles (4-token windows) per line, the unit the benchmark metric counts. */
  shingles: number[]
}

/**
 * Label each line against the annotated body: a line of 4+ tokens is body when at least half
 * its 4-token shingles occur in the body; a shorter line when it equals a body line.
 */
export function labelLines(texts: string[], truth: string): LineLabels {
  const tt = tokens(truth)
  const set = new Set<string>()
  for (let i = 0; i + 4 <= tt.length; i++) set.add(tt.slice(i, i + 4).join(SEP))
  const truthLines = new Set(
    truth
      .split('\n')
      .map((l) => tokens(l).join(SEP))
      .filter(Boolean),
  )
  const labels: number[] = []
  const shingles: number[] = []
  for (const text of texts) {
    const t = tokens(text)
    if (t.length === 0) {
      labels.push(0)
      shingles.push(0)
    } else if (t.length < 4) {
      labels.push(truthLines.has(t.join(SEP)) ? 1 : 0)
      shingles.push(1)
    } else {
      let hit = 0
      for (let i = 0; i + 4 <= t.length; i++) if (set.has(t.slice(i, i + 4).join(SEP))) hit++
      const total = t.length - 3
      labels.push(hit * 2 >= total ? 1 : 0)
      shingles.push(total)
    }
  }
  return { labels, shingles }
}
