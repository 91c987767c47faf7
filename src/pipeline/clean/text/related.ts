import type { Annotation } from './annotate.js'
import type { Line } from './lines.js'

const MAX_ITEMS = 40
const MAX_SKIPS = 3
const PROSE_END = /[.。]$/u

function headlineLike(ann: Annotation): boolean {
  return ann.words >= 3 && ann.words <= 30 && !ann.furniture && !ann.byline && !ann.headerDate
}

/**
 * Lists of other stories after the body starts: a header ("You might also like", "Most read")
 * and the headline-like lines under it, plus "Read more: <headline>" lines.
 */
export function relatedLists(
  lines: Line[],
  anns: Annotation[],
  probs: number[],
  firstBody: number,
): { lines: Set<number>; headlines: string[] } {
  const taken = new Set<number>()
  const headlines: string[] = []
  const seen = new Set<string>()
  const add = (text: string) => {
    if (!seen.has(text) && headlines.length < MAX_ITEMS) {
      seen.add(text)
      headlines.push(text)
    }
  }
  for (let i = Math.max(0, firstBody); i < lines.length; i++) {
    const ann = anns[i]!
    if (ann.inlineRelated) {
      taken.add(i)
      add(ann.inlineRelated)
      continue
    }
    if (!ann.relatedHeader) continue
    taken.add(i)
    let skips = 0
    let j = i + 1
    for (; j < lines.length && skips < MAX_SKIPS; j++) {
      const a = anns[j]!
      if (a.relatedHeader) break
      const text = lines[j]!.text
      // running prose again: the list has ended and the article goes on
      if (a.words >= 15 && PROSE_END.test(text) && probs[j]! > 0.5) break
      if (headlineLike(a) && !(a.words > 20 && PROSE_END.test(text))) {
        taken.add(j)
        add(text)
        skips = 0
      } else {
        if (a.furniture || a.headerDate || a.words < 3) taken.add(j)
        skips++
      }
    }
    i = j - 1
  }
  return { lines: taken, headlines }
}
