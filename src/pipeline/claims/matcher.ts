import type { Matcher } from './link.js'

const STOP = new Set(
  'a an the of to in on at for from by with and or but that this these those it its is are was were be been being has have had will would could should may might can not no than as into over after before about against between during under their they them he she his her we our you your i who which what when where how said says say also more most some any all there here'.split(
    ' ',
  ),
)

/** Lower-cased content words, with plural and past endings cut, as a sorted set. */
function words(text: string): string[] {
  const out = new Set<string>()
  for (const w of text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []) {
    if (w.length < 3 || STOP.has(w)) continue
    out.add(w.replace(/(ies|es|s|ed|ing)$/, (m) => (m === 'ies' ? 'y' : '')))
  }
  return [...out].sort()
}

/** The plain word-overlap matcher: Dice over content words. */
export const wordOverlapMatcher: Matcher<string[]> = {
  key: words,
  terms: (k) => [...k].sort((a, b) => b.length - a.length).slice(0, 8),
  similarity(a, b) {
    if (!a.length || !b.length) return 0
    const sb = new Set(b)
    let shared = 0
    for (const w of a) if (sb.has(w)) shared++
    return (2 * shared) / (a.length + b.length)
  },
  threshold: 0.6,
}
