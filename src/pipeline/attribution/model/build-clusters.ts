/**
 * Build word clusters from unlabelled news text in ../shared (PolNeAR train texts and the
 * other shared news corpora; never PolNeAR dev or test): positive PMI over directional
 * context words, a randomised SVD, then hierarchical spherical k-means (32 x 8 x 4 = 1024
 * leaves). Only words seen at least 5 times and written in lower case at least half the time
 * are kept, so the shipped list holds common words and no names. Writes word-clusters.tsv.gz
 * beside this file (a word and its leaf id per line).
 *
 *   npx tsx src/pipeline/attribution/model/build-clusters.ts
 * @module
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { gzipSync } from 'node:zlib'
import { jacobiEigen, orthonormalise, rng } from '../../../lib/numeric.js'
import { CLUSTER_FILE, normaliseWord } from './clusters.js'
import { loadPolnear, polnearRoot } from './polnear.js'
import { tokenize } from './tokenize.js'

const DIM = 100
const MIN_COUNT = 5
const MAX_VOCAB = 60_000
const N_CONTEXT = 5000
const OFFSETS = [-2, -1, 1, 2]

/** Minimal RFC 4180 CSV reader. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = []
  let row: string[] = []
  let field = ''
  let q = false
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!
    if (q) {
      if (ch === '"') {
        if (text[i + 1] === '"') {
          field += '"'
          i++
        } else q = false
      } else field += ch
    } else if (ch === '"') q = true
    else if (ch === ',') {
      row.push(field)
      field = ''
    } else if (ch === '\n') {
      row.push(field)
      rows.push(row)
      row = []
      field = ''
    } else if (ch !== '\r') field += ch
  }
  if (field || row.length) {
    row.push(field)
    rows.push(row)
  }
  return rows
}

function column(file: string, name: string): string[] {
  if (!existsSync(file)) return []
  const rows = parseCsv(readFileSync(file, 'utf8'))
  const idx = rows[0]?.indexOf(name) ?? -1
  if (idx < 0) return []
  return rows.slice(1).map((r) => r[idx] ?? '')
}

function gatherTexts(shared: string): string[] {
  const d = (...p: string[]) => join(shared, 'data', ...p)
  const texts: string[] = []
  texts.push(...loadPolnear(polnearRoot(), 'train').map((x) => x.text))
  texts.push(...column(d('fnc-1', 'train_bodies.csv'), 'articleBody'))
  texts.push(...column(d('fnc-1', 'competition_test_bodies.csv'), 'articleBody'))
  texts.push(...column(d('arc', 'arc_bodies.csv'), 'articleBody'))
  texts.push(...column(d('guardian-nyt-russia-ukraine-2022', 'NYT_Russia_Ukraine.csv'), 'articles'))
  texts.push(
    ...column(d('guardian-nyt-russia-ukraine-2022', 'Guardians_Russia_Ukraine.csv'), 'articles'),
  )
  const gd = d('gdelt-5country-ukraine-war-news-2022-2024', 'articles')
  if (existsSync(gd)) {
    for (const f of readdirSync(gd))
      if (f.endsWith('.txt')) texts.push(readFileSync(join(gd, f), 'utf8'))
  }
  const isw = d('isw-campaign-assessments-2022-2023', 'reports.json')
  if (existsSync(isw)) {
    const collect = (v: unknown): void => {
      if (typeof v === 'string' && v.length > 200) texts.push(v)
      else if (Array.isArray(v)) v.forEach(collect)
      else if (v && typeof v === 'object') Object.values(v).forEach(collect)
    }
    collect(JSON.parse(readFileSync(isw, 'utf8')))
  }
  return texts
}

function gaussian(r: () => number): number {
  const u = Math.max(r(), 1e-12)
  return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * r())
}

/** Spherical k-means over the given rows of a row-major matrix; returns an assignment per row. */
function kmeans(
  x: Float32Array,
  dim: number,
  rows: number[],
  k: number,
  weights: Float64Array,
  r: () => number,
): Int32Array {
  const n = rows.length
  const assign = new Int32Array(n)
  if (n <= k) {
    for (let i = 0; i < n; i++) assign[i] = i
    return assign
  }
  const cent = new Float64Array(k * dim)
  // k-means++ seeding
  const dist = new Float64Array(n).fill(Infinity)
  let pick = Math.floor(r() * n)
  for (let c = 0; c < k; c++) {
    const row = rows[pick]!
    for (let j = 0; j < dim; j++) cent[c * dim + j] = x[row * dim + j]!
    let tot = 0
    for (let i = 0; i < n; i++) {
      let dot = 0
      const ri = rows[i]!
      for (let j = 0; j < dim; j++) dot += x[ri * dim + j]! * cent[c * dim + j]!
      const d = Math.max(0, 1 - dot)
      if (d < dist[i]!) dist[i] = d
      tot += dist[i]! * weights[ri]!
    }
    let u = r() * tot
    pick = n - 1
    for (let i = 0; i < n; i++) {
      u -= dist[i]! * weights[rows[i]!]!
      if (u <= 0) {
        pick = i
        break
      }
    }
  }
  for (let iter = 0; iter < 25; iter++) {
    let changed = 0
    for (let i = 0; i < n; i++) {
      const ri = rows[i]!
      let best = -Infinity
      let arg = 0
      for (let c = 0; c < k; c++) {
        let dot = 0
        for (let j = 0; j < dim; j++) dot += x[ri * dim + j]! * cent[c * dim + j]!
        if (dot > best) {
          best = dot
          arg = c
        }
      }
      if (assign[i] !== arg) changed++
      assign[i] = arg
    }
    cent.fill(0)
    for (let i = 0; i < n; i++) {
      const ri = rows[i]!
      const c = assign[i]!
      const w = Math.sqrt(weights[ri]!)
      for (let j = 0; j < dim; j++) cent[c * dim + j]! += w * x[ri * dim + j]!
    }
    for (let c = 0; c < k; c++) {
      let norm = 0
      for (let j = 0; j < dim; j++) norm += cent[c * dim + j]! ** 2
      norm = Math.sqrt(norm) || 1
      for (let j = 0; j < dim; j++) cent[c * dim + j]! /= norm
    }
    if (changed === 0) break
  }
  return assign
}

function main(): void {
  const t0 = Date.now()
  const shared = join(polnearRoot(), '..', '..')
  const texts = gatherTexts(shared)
  const seqs: string[][] = []
  const freq = new Map<string, number>()
  const lowerFreq = new Map<string, number>()
  let tokens = 0
  for (const t of texts) {
    const tk = tokenize(t)
    const ws = tk.words.map(normaliseWord)
    ws.forEach((w, i) => {
      freq.set(w, (freq.get(w) ?? 0) + 1)
      const raw = tk.words[i]!
      if (raw === raw.toLowerCase()) lowerFreq.set(w, (lowerFreq.get(w) ?? 0) + 1)
    })
    tokens += ws.length
    seqs.push(ws)
  }
  console.log(`${texts.length} texts, ${tokens} tokens, ${freq.size} types (${Date.now() - t0} ms)`)
  // only words written in lower case at least half the time: common words, not names
  const vocab = [...freq]
    .filter(([w, c]) => c >= MIN_COUNT && (lowerFreq.get(w) ?? 0) * 2 >= c)
    .sort((a, b) => b[1] - a[1])
    .slice(0, MAX_VOCAB)
    .map(([w]) => w)
  const V = vocab.length
  const id = new Map(vocab.map((w, i) => [w, i]))
  const C = N_CONTEXT * OFFSETS.length
  // co-occurrence pairs as packed keys, counted by sorting
  const keys: number[] = []
  for (const ws of seqs) {
    const ids = ws.map((w) => id.get(w) ?? -1)
    for (let i = 0; i < ids.length; i++) {
      const wi = ids[i]!
      if (wi < 0) continue
      for (let o = 0; o < OFFSETS.length; o++) {
        const cj = ids[i + OFFSETS[o]!]
        if (cj === undefined || cj < 0 || cj >= N_CONTEXT) continue
        keys.push(wi * C + o * N_CONTEXT + cj)
      }
    }
  }
  const sorted = Float64Array.from(keys).sort()
  const rowPtr = new Int32Array(V + 1)
  const colIdx: number[] = []
  const vals: number[] = []
  const rowSum = new Float64Array(V)
  const colSum = new Float64Array(C)
  for (let i = 0; i < sorted.length; ) {
    let j = i
    while (j < sorted.length && sorted[j] === sorted[i]) j++
    const key = sorted[i]!
    const w = Math.floor(key / C)
    const c = key - w * C
    colIdx.push(c)
    vals.push(j - i)
    rowPtr[w + 1]!++
    rowSum[w]! += j - i
    colSum[c]! += j - i
    i = j
  }
  for (let w = 0; w < V; w++) rowPtr[w + 1]! += rowPtr[w]!
  let colSmooth = 0
  for (let c = 0; c < C; c++) colSmooth += colSum[c]! ** 0.75
  for (let w = 0; w < V; w++) {
    for (let k = rowPtr[w]!; k < rowPtr[w + 1]!; k++) {
      const c = colIdx[k]!
      const pmi = Math.log((vals[k]! * colSmooth) / (rowSum[w]! * colSum[c]! ** 0.75))
      vals[k] = Math.max(0, pmi)
    }
  }
  console.log(`vocab ${V}, nonzeros ${vals.length} (${Date.now() - t0} ms)`)
  // randomised SVD: Y = A G, two power iterations
  const K = DIM + 10
  const r = rng(7)
  const g = new Float64Array(C * K)
  for (let i = 0; i < g.length; i++) g[i] = gaussian(r)
  const mulA = (m: Float64Array): Float64Array => {
    const out = new Float64Array(V * K)
    for (let w = 0; w < V; w++) {
      for (let k = rowPtr[w]!; k < rowPtr[w + 1]!; k++) {
        const v = vals[k]!
        if (v === 0) continue
        const c = colIdx[k]!
        for (let j = 0; j < K; j++) out[w * K + j]! += v * m[c * K + j]!
      }
    }
    return out
  }
  const mulAt = (m: Float64Array): Float64Array => {
    const out = new Float64Array(C * K)
    for (let w = 0; w < V; w++) {
      for (let k = rowPtr[w]!; k < rowPtr[w + 1]!; k++) {
        const v = vals[k]!
        if (v === 0) continue
        const c = colIdx[k]!
        for (let j = 0; j < K; j++) out[c * K + j]! += v * m[w * K + j]!
      }
    }
    return out
  }
  let y = mulA(g)
  orthonormalise(y, V, K)
  for (let it = 0; it < 2; it++) {
    const z = mulAt(y)
    orthonormalise(z, C, K)
    y = mulA(z)
    orthonormalise(y, V, K)
  }
  // B^T = A^T Q (C x K); B B^T = Q^T A A^T Q
  const bt = mulAt(y)
  const bbt = new Float64Array(K * K)
  for (let c = 0; c < C; c++) {
    for (let i = 0; i < K; i++) {
      const x = bt[c * K + i]!
      if (x === 0) continue
      for (let j = 0; j < K; j++) bbt[i * K + j]! += x * bt[c * K + j]!
    }
  }
  const { values, vectors } = jacobiEigen(bbt, K)
  const order = Array.from({ length: K }, (_, i) => i).sort((a, b) => values[b]! - values[a]!)
  const vec = new Float32Array(V * DIM)
  for (let w = 0; w < V; w++) {
    let norm = 0
    for (let d = 0; d < DIM; d++) {
      const e = order[d]!
      // U = Q * eigvec; scale by sqrt(sigma) = value^(1/4)
      let s = 0
      for (let j = 0; j < K; j++) s += y[w * K + j]! * vectors[j * K + e]!
      s *= Math.max(values[e]!, 0) ** 0.25
      vec[w * DIM + d] = s
      norm += s * s
    }
    norm = Math.sqrt(norm) || 1
    for (let d = 0; d < DIM; d++) vec[w * DIM + d]! /= norm
  }
  console.log(`svd done (${Date.now() - t0} ms)`)
  const weights = new Float64Array(V)
  for (let w = 0; w < V; w++) weights[w] = freq.get(vocab[w]!) ?? 1
  const leaf = new Int32Array(V)
  const all = Array.from({ length: V }, (_, i) => i)
  const top = kmeans(vec, DIM, all, 32, weights, r)
  for (let c1 = 0; c1 < 32; c1++) {
    const rows1 = all.filter((i) => top[i] === c1)
    const mid = kmeans(vec, DIM, rows1, 8, weights, r)
    for (let c2 = 0; c2 < 8; c2++) {
      const rows2 = rows1.filter((_, i) => mid[i] === c2)
      const low = kmeans(vec, DIM, rows2, 4, weights, r)
      rows2.forEach((row, i) => {
        leaf[row] = (c1 * 8 + c2) * 4 + low[i]!
      })
    }
  }
  console.log(`clusters done (${Date.now() - t0} ms)`)
  const lines = vocab.map((w, i) => `${w}\t${leaf[i]}`)
  const out = join(dirname(fileURLToPath(import.meta.url)), CLUSTER_FILE)
  const gz = gzipSync(`${lines.join('\n')}\n`, { level: 9 })
  writeFileSync(out, gz)
  console.log(`wrote ${out} (${gz.length} bytes, ${V} words)`)
  // a few neighbours as a sanity check
  for (const probe of ['said', 'insisted', 'believes', 'president', 'monday', 'he']) {
    const pi = id.get(probe)
    if (pi === undefined) continue
    const sims: Array<[number, string]> = []
    for (let w = 0; w < V; w++) {
      let dot = 0
      for (let d = 0; d < DIM; d++) dot += vec[pi * DIM + d]! * vec[w * DIM + d]!
      sims.push([dot, vocab[w]!])
    }
    sims.sort((a, b) => b[0] - a[0])
    const sameLeaf = vocab.filter((_, w) => leaf[w] === leaf[pi]).slice(0, 12)
    console.log(
      probe,
      sims
        .slice(1, 10)
        .map((s) => s[1])
        .join(' '),
      '| leaf:',
      sameLeaf.join(' '),
    )
  }
}

main()
