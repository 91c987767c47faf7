import type {
  ArticleEntity,
  EntityType,
  Sentence,
  TimeExpression,
  Token,
} from '../language/types.js'
import type { AttributionLexicon } from './lexicon.js'
import { findQuotes, type Quote } from './quotes.js'

/** A mention seen from the tokens: which entity, and which tokens it covers. */
export interface TokenMention {
  entityKey: string
  type: EntityType
  affiliation: string | null
  kind: string
  from: number
  to: number
  start: number
  end: number
}

/** Everything the rules read, indexed by token. */
export interface Context {
  text: string
  tokens: Token[]
  sentences: Sentence[]
  /** Token range of each sentence. */
  sentenceTokens: { from: number; to: number }[]
  quotes: Quote[]
  /** For each token, the quote that holds it, or -1. */
  inQuote: Int32Array
  /** Mentions sorted by start; for each token the innermost non-description mention index, or -1. */
  mentions: TokenMention[]
  mentionAt: Int32Array
  /** Description mentions ("the head of X") by their first token. */
  descriptionAt: Map<number, TokenMention>
  entities: Map<string, ArticleEntity>
  times: TimeExpression[]
  lex: AttributionLexicon
  outletKey: string | null
}

export function buildContext(
  text: string,
  tokens: Token[],
  sentences: Sentence[],
  entities: ArticleEntity[],
  times: TimeExpression[],
  lex: AttributionLexicon,
): Context {
  const sentenceTokens = sentences.map(() => ({ from: 0, to: 0 }))
  for (let i = 0; i < tokens.length; i++) {
    const st = sentenceTokens[tokens[i]!.sentence]!
    if (st.to === 0) st.from = i
    st.to = i + 1
  }
  const quotes = findQuotes(text, tokens, (w) => lex.verbs.has(w) && !w.endsWith('ing'))
  const inQuote = new Int32Array(tokens.length).fill(-1)
  quotes.forEach((q, qi) => {
    for (let k = q.from; k < q.to; k++) inQuote[k] = qi
  })
  const mentions: TokenMention[] = []
  const descriptionAt = new Map<number, TokenMention>()
  const byKey = new Map<string, ArticleEntity>()
  let outletKey: string | null = null
  for (const e of entities) {
    byKey.set(e.key, e)
    if (e.type === 'outlet' && e.mentions.length === 0) outletKey = e.key
    for (const m of e.mentions) {
      const from = tokenAt(tokens, m.start)
      const to = tokenAt(tokens, m.end - 1) + 1
      if (from < 0 || to <= from) continue
      const tm = {
        entityKey: e.key,
        type: e.type,
        affiliation: e.affiliation,
        kind: m.kind,
        from,
        to,
        start: m.start,
        end: m.end,
      }
      if (m.kind === 'description') descriptionAt.set(from, tm)
      else mentions.push(tm)
    }
  }
  mentions.sort((a, b) => a.start - b.start || b.end - a.end)
  const mentionAt = new Int32Array(tokens.length).fill(-1)
  mentions.forEach((m, mi) => {
    for (let k = m.from; k < m.to; k++) mentionAt[k] = mi
  })
  return {
    text,
    tokens,
    sentences,
    sentenceTokens,
    quotes,
    inQuote,
    mentions,
    mentionAt,
    descriptionAt,
    entities: byKey,
    times,
    lex,
    outletKey,
  }
}

/** Is token k inside a time expression ("on Friday", "last week")? */
export function inTime(ctx: Context, k: number): boolean {
  const t = ctx.tokens[k]!
  return ctx.times.some((x) => x.start <= t.start && t.end <= x.end)
}

/** Index of the token holding a character offset, or -1. */
export function tokenAt(tokens: Token[], offset: number): number {
  let lo = 0
  let hi = tokens.length - 1
  while (lo <= hi) {
    const mid = (lo + hi) >> 1
    const t = tokens[mid]!
    if (offset < t.start) hi = mid - 1
    else if (offset >= t.end) lo = mid + 1
    else return mid
  }
  return -1
}
