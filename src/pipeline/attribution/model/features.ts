/**
 * Hashed features for the two taggers: cue detection over a document, and source/content
 * labelling relative to one cue.
 * @module
 */
import { normaliseWord, shippedClusters } from './clusters.js'
import { hashString, mix, mix3 } from './hash.js'
import { isCueLike, PRONOUNS, stem, TITLES } from './lexicon.js'
import { Slab, slabBytes } from './slab.js'
import { QuoteRole, type TokenizedDoc } from './tokenize.js'
import { WordTable } from './word-table.js'

// token flag bits
const F_CAP = 1
const F_PUNCT = 4
const F_CUELEX = 16
const F_PRON = 32
const F_TITLE = 64
const F_COMMA = 128
const F_END = 256
const F_COLON = 512
const F_DASH = 1024
const F_QUOTE = 2048
const F_WH = 4096
const F_THAT = 16384

// What the features read of a word type: offsets in its wordTypes record
const T_LW = 0
const T_SH = 1
const T_ST = 2
const T_FLAGS = 3
/** Cluster leaf id, or -1 for words without one. */
const T_CL = 4
const wordTypes = new WordTable(5, 300_000)

function shapeOf(w: string): string {
  let out = ''
  let last = ''
  for (const ch of w) {
    let c: string
    if (/\p{Lu}/u.test(ch)) c = 'X'
    else if (/\p{Ll}/u.test(ch)) c = 'x'
    else if (/\d/.test(ch)) c = 'd'
    else c = ch
    if (c !== last || out.length < 2) out += c
    last = c
    if (out.length > 6) break
  }
  return out
}

const WH = new Set([
  'who',
  'which',
  'whom',
  'whose',
  'where',
  'when',
  'while',
  'whether',
  'because',
])

/** Offset in wordTypes.rows of the type of the word text[s..e), computed on first sight. */
function typeRow(text: string, s: number, e: number): number {
  const found = wordTypes.find(text, s, e)
  if (found >= 0) return found
  const w = text.slice(s, e)
  const lower = w.toLowerCase()
  let flags = 0
  const first = w.charAt(0)
  if (/\p{Lu}/u.test(first)) flags |= F_CAP
  if (!/[\p{L}\d]/u.test(w)) flags |= F_PUNCT
  if (isCueLike(lower)) flags |= F_CUELEX
  if (PRONOUNS.has(lower)) flags |= F_PRON
  if (TITLES.has(lower)) flags |= F_TITLE
  if (w === ',') flags |= F_COMMA
  if (w === '.' || w === '!' || w === '?' || w === '…' || /^\.\.\.+$/.test(w)) flags |= F_END
  if (w === ':' || w === ';') flags |= F_COLON
  if (w === '—' || w === '–' || /^--+$/.test(w) || w === '―' || w === '-') flags |= F_DASH
  if (/^(["“”‘’'`«»]|``|'')$/.test(w)) flags |= F_QUOTE
  if (WH.has(lower)) flags |= F_WH
  if (lower === 'that') flags |= F_THAT
  // fold the many quote and dash glyphs into one lexical class each
  const norm = flags & F_QUOTE ? '"' : flags & F_DASH ? '—' : lower
  const r = wordTypes.add(text, s, e)
  const types = wordTypes.rows
  types[r + T_LW] = hashString(norm)
  types[r + T_SH] = hashString(shapeOf(w))
  types[r + T_ST] = hashString(stem(lower))
  types[r + T_FLAGS] = flags
  types[r + T_CL] = shippedClusters().get(normaliseWord(w)) ?? -1
  return r
}

/** Per-document token arrays the feature functions read. */
export interface DocInfo {
  tk: TokenizedDoc
  n: number
  lw: Int32Array
  sh: Int32Array
  st: Int32Array
  flags: Int32Array
  cl: Int32Array
  /** Index of the quote region a token lies in (its opening mark), or -1. */
  qOpen: Int32Array
  /** Index of the closing mark of that region, or -1 when unclosed in the paragraph. */
  qClose: Int32Array
  /** Prefix counts of commas, for "commas between" features. */
  commaPrefix: Int32Array
  /** Token index within its sentence, and tokens left to its end. */
  posInSent: Int32Array
  leftInSent: Int32Array
  /** Whether the token's sentence contains a quote mark. */
  sentHasQuote: Uint8Array
  /** Distance to the nearest cue-lexicon word in the sentence (left, right), capped. */
  cueLeft: Int32Array
  cueRight: Int32Array
  /** Number of cue-lexicon words in the token's sentence, capped at 3. */
  sentCues: Uint8Array
  /** Coarse class of each token (see classOf). */
  cls: Uint8Array
  /** big[i] = mix(lowercase hash of token i-1, of token i), for i in 0..n (BOS/EOS outside). */
  big: Int32Array
}

const MAXD = 99
const DOUBLE_QUOTES = new Set(['“', '”', '"', '``', "''", '«', '»'])

/** Compute per-token information for a tokenized document. */
export function docInfo(tk: TokenizedDoc): DocInfo {
  const n = tk.words.length
  const slab = new Slab(13 * n + 2, slabBytes(3, n))
  const lw = slab.i32(n)
  const sh = slab.i32(n)
  const st = slab.i32(n)
  const flags = slab.i32(n)
  const cl = slab.i32(n)
  for (let i = 0; i < n; i++) {
    const r = typeRow(tk.text, tk.starts[i]!, tk.ends[i]!)
    const types = wordTypes.rows
    lw[i] = types[r + T_LW]!
    sh[i] = types[r + T_SH]!
    st[i] = types[r + T_ST]!
    flags[i] = types[r + T_FLAGS]!
    cl[i] = types[r + T_CL]!
  }
  const qOpen = slab.i32(n).fill(-1)
  const qClose = slab.i32(n).fill(-1)
  let open = -1
  let members: number[] = []
  const closeRegion = (closeIdx: number) => {
    for (const m of members) qClose[m] = closeIdx
    members = []
  }
  for (let i = 0; i < n; i++) {
    if (i > 0 && tk.paragraph[i] !== tk.paragraph[i - 1]) {
      closeRegion(-1)
      open = -1
    }
    const q = tk.quote[i]
    const dbl = q !== QuoteRole.None && DOUBLE_QUOTES.has(tk.words[i]!)
    if (q === QuoteRole.Open && dbl) {
      closeRegion(-1)
      open = i
    }
    if (open >= 0) {
      qOpen[i] = open
      members.push(i)
    }
    if (q === QuoteRole.Close && open >= 0 && dbl) {
      closeRegion(i)
      open = -1
    }
  }
  closeRegion(-1)
  const commaPrefix = slab.i32(n + 1)
  for (let i = 0; i < n; i++) commaPrefix[i + 1] = commaPrefix[i]! + (flags[i]! & F_COMMA ? 1 : 0)
  const posInSent = slab.i32(n)
  const leftInSent = slab.i32(n)
  const sentHasQuote = slab.u8(n)
  const cueLeft = slab.i32(n)
  const cueRight = slab.i32(n)
  for (let s = 0; s < tk.sentStart.length; s++) {
    const a = tk.sentStart[s]!
    const b = tk.sentEnd[s]!
    let hasQ = 0
    for (let i = a; i < b; i++) if (flags[i]! & F_QUOTE) hasQ = 1
    let last = -1
    for (let i = a; i < b; i++) {
      posInSent[i] = i - a
      leftInSent[i] = b - 1 - i
      sentHasQuote[i] = hasQ
      cueLeft[i] = last < 0 ? MAXD : i - last
      if (flags[i]! & F_CUELEX) last = i
    }
    last = -1
    for (let i = b - 1; i >= a; i--) {
      cueRight[i] = last < 0 ? MAXD : last - i
      if (flags[i]! & F_CUELEX) last = i
    }
  }
  const sentCues = slab.u8(n)
  for (let s = 0; s < tk.sentStart.length; s++) {
    let c = 0
    for (let i = tk.sentStart[s]!; i < tk.sentEnd[s]!; i++) if (flags[i]! & F_CUELEX) c++
    for (let i = tk.sentStart[s]!; i < tk.sentEnd[s]!; i++) sentCues[i] = Math.min(3, c)
  }
  const big = slab.i32(n + 1)
  for (let i = 0; i <= n; i++) big[i] = mix(i > 0 ? lw[i - 1]! : BOS, i < n ? lw[i]! : EOS)
  const clsArr = slab.u8(n)
  for (let i = 0; i < n; i++) clsArr[i] = classOf(flags[i]!, tk.quote[i]!)
  return {
    tk,
    n,
    sentCues,
    cls: clsArr,
    big,
    lw,
    sh,
    st,
    flags,
    cl,
    qOpen,
    qClose,
    commaPrefix,
    posInSent,
    leftInSent,
    sentHasQuote,
    cueLeft,
    cueRight,
  }
}

/** Bucket a non-negative distance. */
export function bucket(d: number): number {
  if (d <= 4) return d
  if (d <= 6) return 5
  if (d <= 10) return 6
  if (d <= 15) return 7
  if (d <= 25) return 8
  if (d <= 40) return 9
  if (d < MAXD) return 10
  return 11
}

const BOS = hashString('<s>')
const EOS = hashString('</s>')

/** Feature templates are numbered; each feature is mixed with its template id. */
function lwAt(d: DocInfo, i: number): number {
  if (i < 0) return BOS
  if (i >= d.n) return EOS
  return d.lw[i]!
}

/** Coarse class of a token for context templates: quote, comma, end, cue-like, cap, pronoun, other. */
function classOf(f: number, quote: number): number {
  if (f & F_QUOTE) return 1 + quote
  if (f & F_COMMA) return 4
  if (f & F_END) return 5
  if (f & F_COLON) return 6
  if (f & F_DASH) return 7
  if (f & F_CUELEX) return 8
  if (f & F_PRON) return 9
  if (f & F_TITLE) return 10
  if (f & F_CAP) return 11
  if (f & F_PUNCT) return 12
  if (f & F_THAT) return 13
  if (f & F_WH) return 14
  return 15
}

function cls(d: DocInfo, i: number): number {
  return i < 0 || i >= d.n ? 0 : d.cls[i]!
}

/** Most features either function writes for one token. */
export const MAX_FEATURES = 40

/**
 * Features of token i for the cue tagger, written as raw 32-bit hashes into out from index 0;
 * returns how many. (Templates 3-7, 29-30 and 34-46 were dropped: no effect on dev.)
 */
export function cueFeatures(d: DocInfo, i: number, out: Int32Array): number {
  const lw = d.lw[i]!
  const st = d.st[i]!
  const f = d.flags[i]!
  const inQ = d.tk.inQuote[i]!
  const lwp = lwAt(d, i - 1)
  const lwn = lwAt(d, i + 1)
  const lwp2 = lwAt(d, i - 2)
  const lwn2 = lwAt(d, i + 2)
  const c1 = cls(d, i - 1)
  const c2 = cls(d, i - 2)
  const n1 = cls(d, i + 1)
  const n2 = cls(d, i + 2)
  const cue = f & F_CUELEX ? 1 : 0
  out[0] = mix(1, 0)
  out[1] = mix(2, lw)
  out[2] = mix(8, lwp)
  out[3] = mix(9, lwn)
  out[4] = mix(10, lwp2)
  out[5] = mix(11, lwn2)
  out[6] = mix3(12, lwp, lw)
  out[7] = mix3(13, lw, lwn)
  out[8] = mix3(14, st, lwn)
  out[9] = mix3(15, lwp, st)
  out[10] = mix3(16, lwn, lwn2)
  out[11] = mix3(17, lwp2, lwp)
  out[12] = mix3(18, c2 * 16 + c1, n1 * 16 + n2)
  out[13] = mix3(19, c1, lw)
  out[14] = mix3(20, n1, lw)
  out[15] = mix3(21, c2 * 16 + c1, lw)
  out[16] = mix3(22, n1 * 16 + n2, lw)
  out[17] = mix3(23, inQ, lw)
  out[18] = mix3(24, inQ * 4 + d.sentHasQuote[i]! * 2 + cue, cls(d, i))
  out[19] = mix3(25, bucket(d.posInSent[i]!), cue)
  out[20] = mix3(26, bucket(d.leftInSent[i]!), cue)
  out[21] = mix3(27, bucket(d.cueLeft[i]!), bucket(d.cueRight[i]!))
  out[22] = mix3(28, bucket(d.posInSent[i]!), st)
  // the shape of a short window of coarse classes, which captures `”, said X` and `X said “`
  out[23] = mix3(31, c2 * 256 + c1 * 16 + cls(d, i), n1 * 16 + n2)
  out[24] = mix3(32, inQ, st)
  out[25] = mix3(33, d.sentHasQuote[i]!, st)
  out[26] = mix3(37, d.sentCues[i]!, st)
  return 27
}

/** Where a cue sits: token range [c0, c1] inclusive, with a hash of its lowercased words. */
export interface CueRef {
  c0: number
  c1: number
  key: number
  /** Hash of the cue's last word stem (the head, usually). */
  head: number
  /** mix(dir, key) and mix(dir, head) for dir 0 (before), 1 (after), 2 (inside). */
  keyDir: Int32Array
  headDir: Int32Array
  /** Lowercase hashes of the words just after and just before the cue. */
  after: number
  before: number
}

/** Build a CueRef from a token range. */
export function cueRef(d: DocInfo, c0: number, c1: number): CueRef {
  let key = 77
  for (let i = c0; i <= c1; i++) key = mix(key, d.lw[i]!)
  const head = d.st[c1]!
  return {
    c0,
    c1,
    key,
    head,
    keyDir: Int32Array.of(mix(0, key), mix(1, key), mix(2, key)),
    headDir: Int32Array.of(mix(0, head), mix(1, head), mix(2, head)),
    after: lwAt(d, c1 + 1),
    before: lwAt(d, c0 - 1),
  }
}

/**
 * Features of token i for source/content labelling relative to cue c, written into out;
 * returns how many. `otherPrefix` holds prefix counts of other cues' tokens.
 */
export function argFeatures(
  d: DocInfo,
  c: CueRef,
  i: number,
  otherPrefix: Int32Array,
  out: Int32Array,
): number {
  const tk = d.tk
  const before = i < c.c0
  const inside = i >= c.c0 && i <= c.c1
  const dir = inside ? 2 : before ? 0 : 1
  const dist = before ? c.c0 - i : inside ? 0 : i - c.c1
  const db = bucket(dist)
  const rel = dir * 16 + db
  const sCue = tk.sentence[c.c0]!
  const sTok = tk.sentence[i]!
  const sd = sTok - sCue
  const srel = sd === 0 ? 0 : sd === -1 ? 1 : sd < -1 ? 2 : sd === 1 ? 3 : 4
  const lo = before ? i + 1 : c.c1 + 1
  const hi = before ? c.c0 : i
  const commas = Math.min(3, d.commaPrefix[hi]! - d.commaPrefix[lo]!)
  const others = otherPrefix[hi]! - otherPrefix[lo]! > 0 ? 1 : 0
  const isOther = otherPrefix[i + 1]! - otherPrefix[i]!
  const lw = d.lw[i]!
  const f = d.flags[i]!
  const key = c.key
  // quote region relation: inside a quote that closes just before the cue, or opens just after it
  let qrel = 0
  const qo = d.qOpen[i]!
  if (qo >= 0) {
    const qc = d.qClose[i]!
    if (c.c0 > qo && (qc < 0 || c.c1 < qc))
      qrel = 1 // cue inside the same quote
    else if (before && qc >= 0 && qc < c.c0) qrel = 2 + Math.min(3, bucket(c.c0 - qc - 1))
    else if (!before && qo > c.c1) qrel = 6 + Math.min(3, bucket(qo - c.c1 - 1))
    else qrel = 10
  }
  const ctx = srel * 4 + others * 2 + isOther
  out[0] = mix(101, rel)
  out[1] = mix3(102, rel, ctx)
  out[2] = mix3(103, dir * 64 + ctx * 2, commas)
  out[3] = mix3(104, dir, lw)
  out[4] = mix3(105, rel, lw)
  out[5] = mix3(106, dir, d.sh[i]!)
  out[6] = mix3(107, rel, d.sh[i]!)
  out[7] = mix3(108, dir, d.st[i]!)
  out[8] = mix3(109, dir, lwAt(d, i - 1))
  out[9] = mix3(110, dir, lwAt(d, i + 1))
  out[10] = mix3(111, dir * 32 + srel, d.big[i]!)
  out[11] = mix3(112, dir * 32 + srel, d.big[i + 1]!)
  out[12] = mix3(113, rel, key)
  out[13] = mix3(114, dir * 32 + ctx, key)
  out[14] = mix3(115, c.keyDir[dir]!, lw)
  out[15] = mix3(116, c.headDir[dir]!, d.sh[i]!)
  out[16] = mix3(117, rel, qrel)
  out[17] = mix3(120, rel, c.after)
  out[18] = mix3(121, rel, c.before)
  const c1 = cls(d, i - 1)
  const n1 = cls(d, i + 1)
  out[19] = mix3(123, rel, c1 * 16 + n1)
  out[20] = mix3(124, dir * 32 + srel, c1 * 256 + d.cls[i]! * 16 + n1)
  out[21] = mix3(125, dir * 16 + bucket(d.posInSent[i]!), srel)
  out[22] = mix3(126, dir * 16 + bucket(d.leftInSent[i]!), srel)
  out[23] = mix3(127, c.headDir[dir]!, rel)
  out[24] = mix3(128, tk.inQuote[i]! * 8 + dir * 2 + tk.inQuote[c.c0]!, srel * 16 + db)
  out[25] = mix3(129, dir * 16 + db, f & (F_PRON | F_TITLE | F_CAP | F_CUELEX | F_THAT | F_WH))
  out[26] = mix3(130, c.keyDir[dir]!, qrel * 8 + Math.min(db, 7))
  const cl = d.cl[i]!
  out[27] = mix3(132, dir, cl)
  out[28] = mix3(133, rel, cl >> 2)
  out[29] = mix3(134, dir * 32 + srel, cl >> 5)
  return 30
}
