import { type Context, inTime } from './context.js'
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
      if (otherSense(ctx, k, k + words.length, kind)) continue
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
// "told residents to leave": those told are listeners, not sources
const TELLING_BEFORE = new Set(['according', 'citing', 'by', 'from', 'interviewed'])

/** Is the evidence word at [k, end) used in a sense that cites nothing? */
function otherSense(ctx: Context, k: number, end: number, kind: string): boolean {
  const { tokens } = ctx
  const w = tokens[k]!.lower
  const prev = tokens[k - 1]?.lower ?? ''
  const next = tokens[end]?.lower ?? ''
  // "data centres", "post office", "report card": a modifier of another noun
  if (COMPOUND_HEADS.has(next)) return true
  // "could witness", "to report to parliament": a verb
  if (
    BASE_VERBS.has(w) &&
    (MODALS.has(prev) || (prev === 'to' && !TO_NOUN.has(tokens[k - 2]?.lower ?? '')))
  )
    return true
  // "no video", "no new data": the speaker cites its absence
  for (let j = k - 1; j >= Math.max(0, k - 2) && !tokens[j]!.punct; j--)
    if (tokens[j]!.lower === 'no' || tokens[j]!.lower === 'without') return true
  // "appealed for witnesses": sought, not heard
  if (
    kind === 'witness' &&
    (SEEK.has(prev) || (prev === 'any' && SEEK.has(tokens[k - 2]?.lower ?? '')))
  )
    return true
  // "the full picture", "public figures", "a letter of support"
  if (IDIOM_BEFORE.get(w)?.has(prev)) return true
  if (next === 'of' && OF_ACT.has(tokens[end + 1]?.lower ?? '')) return true
  // "records were broken", "set new records"
  if (w === 'records') {
    for (let j = Math.max(0, k - 3); j < Math.min(tokens.length, end + 3); j++)
      if (RECORD_BREAK.has(tokens[j]!.lower) || (j < k && RECORD_SET.has(tokens[j]!.lower)))
        return true
  }
  // "border post", "resigned from his post": a post is online only where the words say so
  if (kind === 'social media post' && (w === 'post' || w === 'posts') && !online(ctx, k, end))
    return true
  // "in a phone call": the medium of speech; only a recording of one is evidence
  if (w === 'phone' && !ctx.lex.qualifiers.has(prev)) {
    for (let j = end; j < Math.min(tokens.length, end + 3) && !tokens[j]!.punct; j++)
      if (RECORDED.has(tokens[j]!.lower)) return false
    return true
  }
  return false
}
// "a phone call recorded by the police"
const RECORDED = new Set(['recorded', 'leaked', 'intercepted', 'obtained', 'released', 'published'])
const COMPOUND_HEADS = new Set([
  'centre',
  'centres',
  'center',
  'centers',
  'office',
  'offices',
  'card',
  'cards',
  'opportunity',
  'opportunities',
  'op',
  'game',
  'games',
  'breach',
  'breaches',
  'protection',
  'privacy',
  'box',
  'boxes',
  'bomb',
  'bombs',
  'shoot',
  'room',
  'studio',
  'frame',
  'frames',
  'rights',
])
const BASE_VERBS = new Set([
  'witness',
  'report',
  'document',
  'picture',
  'post',
  'tweet',
  'photograph',
])
const MODALS = new Set([
  'will',
  'would',
  'could',
  'can',
  'cannot',
  'may',
  'might',
  'must',
  'should',
  'shall',
  'did',
  'does',
  'do',
])
// "according to witness accounts": "to" as a preposition
const TO_NOUN = new Set(['according', 'thanks', 'owing', 'contrary', 'pointed', 'referring'])
const SEEK = new Set(['for', 'seek', 'seeks', 'seeking', 'sought'])
const IDIOM_BEFORE = new Map([
  [
    'picture',
    new Set([
      'full',
      'bigger',
      'big',
      'clear',
      'clearer',
      'complete',
      'overall',
      'wider',
      'broader',
      'mixed',
      'grim',
      'bleak',
      'rosy',
    ]),
  ],
  ['image', new Set(['public', 'brand', 'self'])],
  [
    'figures',
    new Set([
      'public',
      'senior',
      'leading',
      'key',
      'prominent',
      'opposition',
      'political',
      'religious',
      'party',
      'community',
      'tribal',
      'influential',
      'controversial',
      'historical',
      'sporting',
      'cultural',
    ]),
  ],
])
const OF_ACT = new Set([
  'support',
  'intent',
  'credit',
  'recommendation',
  'thanks',
  'condolence',
  'condolences',
  'comfort',
  'introduction',
  'credence',
  'guarantee',
])
const RECORD_BREAK = new Set([
  'break',
  'breaks',
  'broke',
  'broken',
  'breaking',
  'smashed',
  'shattered',
  'tumbled',
])
// "set new records", but "the records set out the payments"
const RECORD_SET = new Set(['set', 'sets', 'setting'])
const ONLINE_BEFORE = new Set(['online', 'blog', 'viral', 'media', 'social', 'web', 'website'])
const ONLINE_AFTER = new Set([
  'online',
  'shared',
  'published',
  'uploaded',
  'deleted',
  'circulated',
  'circulating',
  'viewed',
  'reposted',
])
const ONLINE_PLACES = new Set([
  'channel',
  'account',
  'page',
  'feed',
  'website',
  'site',
  'blog',
  'platform',
  'media',
])

/** Is the post at [k, end) one made online ("a Telegram post", "a post on X", "in a post")? */
function online(ctx: Context, k: number, end: number): boolean {
  const { tokens } = ctx
  // "a Telegram post", "online posts"
  const before = tokens[k - 1]
  if (before && before.sentence === tokens[k]!.sentence) {
    const first = k === 1 || tokens[k - 2]!.sentence !== before.sentence
    if ((before.upper && !first && !before.punct) || ONLINE_BEFORE.has(before.lower)) return true
  }
  // "in a post, …"
  if (tokens[k - 2]?.lower === 'in' && ['a', 'an', 'one'].includes(tokens[k - 1]!.lower))
    return tokens[end]?.lower !== 'as'
  // "a post it shared", "the post was deleted"
  for (let j = end; j < Math.min(tokens.length, end + 3) && !tokens[j]!.punct; j++)
    if (ONLINE_AFTER.has(tokens[j]!.lower)) return true
  if (tokens[end]?.lower === 'on') {
    const o = tokens[end + 1]
    if (o?.upper && !inTime(ctx, end + 1)) return true
    for (let j = end + 1; j < Math.min(tokens.length, end + 5); j++)
      if (ONLINE_PLACES.has(tokens[j]!.lower)) return true
  }
  return false
}

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
