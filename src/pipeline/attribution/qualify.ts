import type { Context } from './context.js'
import type { TokSpan } from './speaker.js'
import type { Evidence, Statement } from './types.js'

const DETERMINERS = new Set([
  'a',
  'an',
  'the',
  'this',
  'that',
  'these',
  'those',
  'its',
  'their',
  'his',
  'her',
])

/** Hedge phrases in a token range, each once, in text order. */
export function hedgesIn(ctx: Context, from: number, to: number): string[] {
  const out: string[] = []
  const { tokens } = ctx
  for (let k = from; k < to; k++) {
    const cands = ctx.lex.hedges.get(tokens[k]!.lower)
    if (!cands) continue
    for (const words of cands) {
      if (words.every((w, i) => tokens[k + i]?.lower === w && k + i < to)) {
        // "an unverified photo": a word that qualifies evidence is the evidence's qualifier
        if (
          words.length === 1 &&
          ctx.lex.qualifiers.has(words[0]!) &&
          ctx.lex.evidence.has(tokens[k + 1]?.lower ?? '')
        )
          break
        const phrase = words.join(' ')
        if (!out.includes(phrase)) out.push(phrase)
        k += words.length - 1
        break
      }
    }
  }
  return out
}

/** Evidence named in a token range, with the qualifiers written before it ("an undated video"). */
export function evidenceIn(ctx: Context, from: number, to: number): (Evidence & { at: number })[] {
  const out: (Evidence & { at: number })[] = []
  const { tokens, text } = ctx
  for (let k = from; k < to; k++) {
    if (ctx.inQuote[k]! >= 0) continue
    const cands = ctx.lex.evidence.get(tokens[k]!.lower)
    if (!cands) continue
    // "The Washington Post reported", "The Post": a word of a name is no evidence; nor is a
    // caption's label ("Photograph: Agency")
    const mi = ctx.mentionAt[k]!
    if (mi >= 0 && ctx.mentions[mi]!.to - ctx.mentions[mi]!.from > 1) continue
    if (tokens[k + 1]?.text === ':' && tokens[k]!.upper) continue
    const t = tokens[k]!
    const first = k === 0 || tokens[k - 1]!.sentence !== t.sentence
    if (t.upper && !first && !tokens[k - 1]!.punct && (t.lower === 'post' || t.lower === 'posts'))
      continue
    for (const { words, kind } of cands) {
      if (!words.every((w, i) => tokens[k + i]?.lower === w && k + i < to)) continue
      // "evacuated residents", "locals fled": people who may tell, but only what they say is
      // evidence ("residents said", "according to locals", "footage filmed by residents")
      if (kind === 'witness' && !words[0]!.includes('witness') && !tells(ctx, k, k + words.length))
        continue
      // "Jehovah's Witnesses" are a church
      if (kind === 'witness' && tokens[k]!.upper && /^jehovah/.test(tokens[k - 2]?.lower ?? ''))
        continue
      const qualifiers: string[] = []
      let a = k
      while (
        a - 1 >= from &&
        (ctx.lex.qualifiers.has(tokens[a - 1]!.lower) || DETERMINERS.has(tokens[a - 1]!.lower)) &&
        k - a < 4
      ) {
        a--
        if (ctx.lex.qualifiers.has(tokens[a]!.lower)) qualifiers.unshift(tokens[a]!.lower)
      }
      const last = k + words.length - 1
      if (!out.some((e) => e.kind === kind))
        out.push({ kind, qualifiers, text: text.slice(tokens[a]!.start, tokens[last]!.end), at: k })
      k = last
      break
    }
  }
  return out
}

/** Do the people named at [from, to) speak or record, by the words around them? */
function tells(ctx: Context, from: number, to: number): boolean {
  const { tokens } = ctx
  for (let k = to; k < Math.min(tokens.length, to + 3); k++)
    if (ctx.lex.verbs.has(tokens[k]!.lower)) return true
  for (let k = from - 1; k >= Math.max(0, from - 3); k--)
    if (TELLING_BEFORE.has(tokens[k]!.lower)) return true
  return false
}
const TELLING_BEFORE = new Set(['according', 'citing', 'told', 'by', 'from', 'interviewed'])

/** The time of a speech act: a time expression in its clause, outside its content, nearest the cue. */
export function speechTime(
  ctx: Context,
  lo: number,
  hi: number,
  cue: TokSpan,
  content: TokSpan,
): Statement['time'] {
  const s = { start: ctx.tokens[lo]!.start, end: ctx.tokens[hi - 1]!.end }
  const cs = ctx.tokens[content.from]!.start
  const ce = ctx.tokens[content.to - 1]!.end
  const cuePos = ctx.tokens[cue.from]!.start
  let best: Statement['time'] = null
  let bestDist = Number.POSITIVE_INFINITY
  for (const t of ctx.times) {
    if (t.start < s.start || t.end > s.end) continue
    if (t.start >= cs && t.end <= ce) continue
    const d = Math.abs(t.start - cuePos)
    if (d < bestDist) {
      bestDist = d
      best = { text: t.text, value: t.value, relative: t.relative }
    }
  }
  return best
}
