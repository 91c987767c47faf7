/**
 * Features of a (claim, text) pair for the stance model: term-frequency vectors of both sides
 * (the UCL FNC-1 model's input), TF-IDF similarities over the whole text, its lead and its best
 * sentences, and counts of refuting, hedging, confirming and negating words, overall and near the
 * claim's terms.
 * @module
 */
import { HEDGE, NEGATION, REFUTE, REPORT, SUPPORT } from './lexicon.js'
import { cosine, type LsiSpace, lsiVector } from './lsi.js'
import { stem } from './porter.js'
import { STOPWORDS, words } from './text.js'

/** Inverse document frequencies learned from training text; unseen stems get `unseen`. */
export interface Idf {
  map: Map<string, number>
  unseen: number
}

/** The analysed form of one text; cached per distinct text in batch prediction. */
export interface TextInfo {
  stems: string[]
  /** 1 where the token is a content word. */
  content: Uint8Array
  /** Content-stem counts. */
  tf: Map<string, number>
  /** TF-IDF norm of tf. */
  norm: number
  /** Token ranges [start, end) of sentences. */
  sents: [number, number][]
  /** Content-stem bigrams (adjacent content words). */
  bigrams: Set<string>
  /** Five-letter prefixes of content words, for near matches ("spider", "spiderman"). */
  prefixes: Set<string>
  nTokens: number
  questions: number
  quotes: number
  /** Counts of lexicon words: refute, hedge, support, negation. */
  lex: [number, number, number, number]
  /** LSI vectors of the whole text, its lead and each sentence, filled on first use. */
  lsi?: { doc: Float32Array; lead: Float32Array; sents: Float32Array[] }
}

// an idf above this marks a term rarer than about one document in 150
const RARE_IDF = 6

function lexClass(s: string): number {
  if (REFUTE.has(s)) return 0
  if (NEGATION.has(s)) return 3
  if (HEDGE.has(s)) return 1
  if (SUPPORT.has(s)) return 2
  return -1
}

const lexCache = new Map<string, number>()
/** Lexicon class of a stem: 0 refute, 1 hedge, 2 support, 3 negation, -1 none. */
export function lexOf(s: string): number {
  let k = lexCache.get(s)
  if (k === undefined) {
    k = lexClass(s)
    lexCache.set(s, k)
  }
  return k
}

/** Analyse one text: tokens, stems, sentence ranges and counts. */
export function analyse(text: string, idf: Idf): TextInfo {
  const tokens: string[] = []
  const sents: [number, number][] = []
  // sentence ranges from the raw text, so tokens keep their sentence
  const paras = text.split(/\n+/)
  for (const para of paras) {
    for (const s of para.split(/(?<=[.!?]["'”’)]?)\s+(?=["'“‘(]?[A-Z0-9])/)) {
      const ws = words(s)
      if (ws.length === 0) continue
      const start = tokens.length
      for (const w of ws) tokens.push(w)
      sents.push([start, tokens.length])
    }
  }
  const n = tokens.length
  const stems = new Array<string>(n)
  const content = new Uint8Array(n)
  const tf = new Map<string, number>()
  const lex: [number, number, number, number] = [0, 0, 0, 0]
  const bigrams = new Set<string>()
  const prefixes = new Set<string>()
  let prev = ''
  for (let i = 0; i < n; i++) {
    const w = tokens[i]!
    const s = stem(w)
    stems[i] = s
    const k = lexOf(s)
    if (k >= 0) lex[k]!++
    if (!STOPWORDS.has(w) && (w.length > 1 || /\d/.test(w))) {
      content[i] = 1
      tf.set(s, (tf.get(s) ?? 0) + 1)
      if (w.length >= 5) prefixes.add(w.slice(0, 5))
      if (prev) bigrams.add(`${prev} ${s}`)
      prev = s
    }
  }
  let norm = 0
  for (const [s, c] of tf) {
    const v = c * (idf.map.get(s) ?? idf.unseen)
    norm += v * v
  }
  let questions = 0
  let quotes = 0
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i)
    if (c === 63) questions++
    else if (c === 34 || c === 0x201c || c === 0x201d) quotes++
  }
  return {
    stems,
    content,
    tf,
    norm: Math.sqrt(norm),
    sents,
    bigrams,
    prefixes,
    nTokens: n,
    questions,
    quotes,
    lex,
  }
}

/** Names of the dense pair features, in order. */
export const DENSE_NAMES = [
  'cos',
  'cos_lead',
  'cos_best_sent',
  'cos_top3_mean',
  'frac_in_text',
  'idf_frac_in_text',
  'frac_bigrams',
  'frac_in_lead',
  'frac_in_best_sent',
  'log_claim_len',
  'log_text_len',
  'n_sents_log',
  'best_sent_pos',
  'text_refute_rate',
  'text_hedge_rate',
  'text_support_rate',
  'text_neg_rate',
  'top_refute',
  'top_hedge',
  'top_support',
  'top_neg',
  'near_refute',
  'near_hedge',
  'near_support',
  'near_neg',
  'claim_refute',
  'claim_hedge',
  'claim_support',
  'claim_neg',
  'claim_question',
  'claim_quotes',
  'text_question_rate',
  'text_quote_rate',
  'refute_parity',
  'lead_refute',
  'lead_hedge',
  'lead_neg',
  'claim_terms_negated',
  'frac_prefix_match',
  'max_idf_hit',
  'sum_idf_hit',
  'n_rare_hits',
  'max_idf_miss',
  'frac_top2_sents',
  'lsi_cos',
  'lsi_cos_lead',
  'lsi_cos_best_sent',
  'lsi_cos_top3_mean',
] as const

export const N_DENSE = DENSE_NAMES.length

function sentSim(h: TextInfo, t: TextInfo, a: number, b: number, idf: Idf): [number, number] {
  // cosine of the claim with one sentence, and the fraction of claim terms it holds
  const tf = new Map<string, number>()
  for (let i = a; i < b; i++) if (t.content[i]) tf.set(t.stems[i]!, (tf.get(t.stems[i]!) ?? 0) + 1)
  let dot = 0
  let norm = 0
  let hits = 0
  for (const [s, c] of tf) {
    const w = idf.map.get(s) ?? idf.unseen
    norm += c * c * w * w
    const hc = h.tf.get(s)
    if (hc) {
      dot += hc * c * w * w
      hits++
    }
  }
  const cos = h.norm > 0 && norm > 0 ? dot / (h.norm * Math.sqrt(norm)) : 0
  return [cos, h.tf.size ? hits / h.tf.size : 0]
}

function leadEnd(t: TextInfo): number {
  return t.sents[Math.min(1, t.sents.length - 1)]?.[1] ?? 0
}

function lsiWeights(t: TextInfo, idf: Idf, a: number, b: number): Map<string, number> {
  const tf = new Map<string, number>()
  for (let i = a; i < b; i++) if (t.content[i]) tf.set(t.stems[i]!, (tf.get(t.stems[i]!) ?? 0) + 1)
  for (const [s, c] of tf) tf.set(s, (1 + Math.log(c)) * (idf.map.get(s) ?? idf.unseen))
  return tf
}

/** LSI vector of a whole text (log-TF x IDF weights), as used to fit the space. */
export function lsiDoc(space: LsiSpace, t: TextInfo, idf: Idf): Float32Array {
  return lsiOf(space, t, idf).doc
}

function lsiOf(space: LsiSpace, t: TextInfo, idf: Idf): NonNullable<TextInfo['lsi']> {
  if (!t.lsi) {
    t.lsi = {
      doc: lsiVector(space, lsiWeights(t, idf, 0, t.nTokens)),
      lead: lsiVector(space, lsiWeights(t, idf, 0, leadEnd(t))),
      sents: t.sents.map(([a, b]) => lsiVector(space, lsiWeights(t, idf, a, b))),
    }
  }
  return t.lsi
}

/** Dense features of a pair and the indices of the (up to three) sentences most like the claim. */
export interface PairFeatures {
  dense: Float64Array
  top: number[]
}

/** Dense features of the pair (claim h, text t); LSI features stay 0 without a space. */
export function pairFeatures(
  h: TextInfo,
  t: TextInfo,
  idf: Idf,
  space: LsiSpace | null,
): PairFeatures {
  const f = new Float64Array(N_DENSE)
  let dot = 0
  let hits = 0
  let idfHit = 0
  let idfAll = 0
  for (const [s, c] of h.tf) {
    const w = idf.map.get(s) ?? idf.unseen
    idfAll += w
    const tc = t.tf.get(s)
    if (tc) {
      dot += c * tc * w * w
      hits++
      idfHit += w
    }
  }
  const hn = h.tf.size || 1
  f[0] = h.norm > 0 && t.norm > 0 ? dot / (h.norm * t.norm) : 0
  // lead: first two sentences
  const lead = leadEnd(t)
  const [leadCos, leadFrac] = sentSim(h, t, 0, lead, idf)
  f[1] = leadCos
  const sims: { cos: number; frac: number; i: number }[] = []
  for (let i = 0; i < t.sents.length; i++) {
    const [a, b] = t.sents[i]!
    const [cos, frac] = sentSim(h, t, a, b, idf)
    sims.push({ cos, frac, i })
  }
  sims.sort((x, y) => y.cos - x.cos)
  const top = sims.slice(0, 3)
  f[2] = top[0]?.cos ?? 0
  f[3] = top.length ? top.reduce((a, x) => a + x.cos, 0) / top.length : 0
  f[4] = hits / hn
  f[5] = idfAll > 0 ? idfHit / idfAll : 0
  let bh = 0
  for (const bg of h.bigrams) if (t.bigrams.has(bg)) bh++
  f[6] = h.bigrams.size ? bh / h.bigrams.size : 0
  f[7] = leadFrac
  f[8] = top[0]?.frac ?? 0
  f[9] = Math.log1p(h.tf.size)
  f[10] = Math.log1p(t.nTokens)
  f[11] = Math.log1p(t.sents.length)
  f[12] = top[0] && t.sents.length > 1 ? top[0].i / (t.sents.length - 1) : 0
  const nt = t.nTokens || 1
  f[13] = (100 * t.lex[0]) / nt
  f[14] = (100 * t.lex[1]) / nt
  f[15] = (100 * t.lex[2]) / nt
  f[16] = (100 * t.lex[3]) / nt
  // lexicon words in the sentences most like the claim
  const topLex = [0, 0, 0, 0]
  for (const x of top) {
    if (x.cos <= 0) continue
    const [a, b] = t.sents[x.i]!
    for (let i = a; i < b; i++) {
      const k = lexOf(t.stems[i]!)
      if (k >= 0) topLex[k]!++
    }
  }
  f[17] = topLex[0]!
  f[18] = topLex[1]!
  f[19] = topLex[2]!
  f[20] = topLex[3]!
  // lexicon words within four tokens of a claim term
  const near = [0, 0, 0, 0]
  let negated = 0
  const n = t.nTokens
  const hitTerm = new Uint8Array(n)
  for (let i = 0; i < n; i++) if (t.content[i] && h.tf.has(t.stems[i]!)) hitTerm[i] = 1
  for (let i = 0; i < n; i++) {
    const k = lexOf(t.stems[i]!)
    if (k < 0) continue
    let close = false
    for (let j = Math.max(0, i - 4); j <= Math.min(n - 1, i + 4); j++) {
      if (hitTerm[j]) {
        close = true
        break
      }
    }
    if (close) {
      near[k]!++
      if (k === 3 || k === 0) negated++
    }
  }
  f[21] = Math.log1p(near[0]!)
  f[22] = Math.log1p(near[1]!)
  f[23] = Math.log1p(near[2]!)
  f[24] = Math.log1p(near[3]!)
  f[25] = h.lex[0]
  f[26] = h.lex[1]
  f[27] = h.lex[2]
  f[28] = h.lex[3]
  f[29] = h.questions > 0 ? 1 : 0
  f[30] = h.quotes > 0 ? 1 : 0
  f[31] = (100 * t.questions) / nt
  f[32] = (100 * t.quotes) / nt
  f[33] = (h.lex[0] + t.lex[0]) % 2
  const leadLex = [0, 0, 0, 0]
  for (let i = 0; i < lead; i++) {
    const k = lexOf(t.stems[i]!)
    if (k >= 0) leadLex[k]!++
  }
  f[34] = leadLex[0]!
  f[35] = leadLex[1]!
  f[36] = leadLex[3]!
  f[37] = negated / hn
  // near matches by prefix, and how rare the shared terms are
  let pre = 0
  let maxHit = 0
  let maxMiss = 0
  let sumHit = 0
  let rare = 0
  for (const [s] of h.tf) {
    const w = idf.map.get(s) ?? idf.unseen
    if (t.tf.has(s)) {
      pre++
      if (w > maxHit) maxHit = w
      sumHit += w
      if (w > RARE_IDF) rare++
    } else {
      if (s.length >= 5 && t.prefixes.has(s.slice(0, 5))) pre++
      if (w > maxMiss) maxMiss = w
    }
  }
  f[38] = pre / hn
  f[39] = maxHit
  f[40] = sumHit
  f[41] = rare
  f[42] = maxMiss
  // claim terms found in the two best sentences together
  if (top.length > 1) {
    const seen = new Set<string>()
    for (const x of top.slice(0, 2)) {
      const [a, b] = t.sents[x.i]!
      for (let i = a; i < b; i++) if (t.content[i] && h.tf.has(t.stems[i]!)) seen.add(t.stems[i]!)
    }
    f[43] = seen.size / hn
  } else f[43] = f[8]!
  if (space) {
    const hv = lsiOf(space, h, idf).doc
    const tv = lsiOf(space, t, idf)
    f[44] = cosine(hv, tv.doc)
    f[45] = cosine(hv, tv.lead)
    const sc = tv.sents.map((v) => cosine(hv, v)).sort((a, b) => b - a)
    f[46] = sc[0] ?? 0
    const k = Math.min(3, sc.length)
    f[47] = k ? (sc[0]! + (sc[1] ?? 0) + (sc[2] ?? 0)) / k : 0
  }
  return { dense: f, top: top.filter((x) => x.cos > 0).map((x) => x.i) }
}

/**
 * Names of the stance-only features: where in the text the cue words sit relative to the claim's
 * terms (the best sentence, the lead, sentences that carry the claim) and how much of it is
 * attributed speech. The stance model sees them; relatedness does not (chosen on topic CV).
 */
export const STANCE_NAMES = [
  'best_sent_refute_rate',
  'best_sent_hedge_rate',
  'best_sent_support_rate',
  'best_sent_neg_rate',
  'text_report_rate',
  'best_sent_report_rate',
  'lead3_report_rate',
  'lead3_refute_rate',
  'lead3_hedge_rate',
  'first_claim_term_pos',
  'sents_with_refute',
  'sents_with_hedge',
  'near_report',
  'top_report_rate',
  'claim_sents_attributed',
  'claim_sents_log',
  'claim_report',
] as const

export const N_STANCE = STANCE_NAMES.length

/** Stance-only features of the pair (claim h, text t), given the best sentences `top`. */
export function stanceFeatures(h: TextInfo, t: TextInfo, top: readonly number[]): Float64Array {
  const f = new Float64Array(N_STANCE)
  const isReport = (s: string) => REPORT.has(s)
  // per 100 tokens of [a, b)
  const rate = (a: number, b: number, pred: (s: string) => boolean) => {
    let c = 0
    for (let i = a; i < b; i++) if (pred(t.stems[i]!)) c++
    return b > a ? (100 * c) / (b - a) : 0
  }
  const [a1, b1] = top[0] !== undefined ? t.sents[top[0]]! : [0, 0]
  for (let k = 0; k < 4; k++) f[k] = rate(a1, b1, (s) => lexOf(s) === k)
  f[4] = rate(0, t.nTokens, isReport)
  f[5] = rate(a1, b1, isReport)
  const lead3 = t.sents[Math.min(2, t.sents.length - 1)]?.[1] ?? 0
  f[6] = rate(0, lead3, isReport)
  f[7] = rate(0, lead3, (s) => lexOf(s) === 0)
  f[8] = rate(0, lead3, (s) => lexOf(s) === 1)
  const claimTerm = (i: number) => t.content[i] === 1 && h.tf.has(t.stems[i]!)
  let first = -1
  for (let i = 0; i < t.nTokens && first < 0; i++) if (claimTerm(i)) first = i
  f[9] = first < 0 ? 1 : first / (t.nTokens || 1)
  // sentences with a refuting word, with a hedging word; and of the sentences holding two or
  // more claim terms, the share that attribute or hedge
  let refuting = 0
  let hedging = 0
  let withClaim = 0
  let attributed = 0
  for (const [a, b] of t.sents) {
    let r = false
    let hg = false
    let rep = false
    let terms = 0
    for (let i = a; i < b; i++) {
      const s = t.stems[i]!
      const k = lexOf(s)
      if (k === 0) r = true
      if (k === 1) hg = true
      if (isReport(s)) rep = true
      if (claimTerm(i)) terms++
    }
    if (r) refuting++
    if (hg) hedging++
    if (terms >= 2) {
      withClaim++
      if (rep || hg) attributed++
    }
  }
  const ns = t.sents.length || 1
  f[10] = refuting / ns
  f[11] = hedging / ns
  // report verbs within six tokens of a claim term
  let near = 0
  const n = t.nTokens
  for (let i = 0; i < n; i++) {
    if (!isReport(t.stems[i]!)) continue
    for (let j = Math.max(0, i - 6); j <= Math.min(n - 1, i + 6); j++) {
      if (claimTerm(j)) {
        near++
        break
      }
    }
  }
  f[12] = Math.log1p(near)
  let topReport = 0
  let topLen = 0
  for (const k of top) {
    const [a, b] = t.sents[k]!
    topLen += b - a
    for (let i = a; i < b; i++) if (isReport(t.stems[i]!)) topReport++
  }
  f[13] = topLen ? (100 * topReport) / topLen : 0
  f[14] = withClaim ? attributed / withClaim : 0
  f[15] = Math.log1p(withClaim)
  f[16] = h.stems.filter(isReport).length
  return f
}
