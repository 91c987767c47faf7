/**
 * Reading and writing the shipped weights: a JSON header, then for each tagger its non-zero
 * weights as delta-coded varint indices with int8 codes into a log-spaced codebook, the whole
 * file gzipped.
 * @module
 */
import { gunzipSync, gzipSync } from 'node:zlib'
import { LinearChain } from './chain.js'
import type { ModelParts } from './extract.js'

/** File name of the shipped weights, beside this module. */
export const MODEL_FILE = 'attribution-model.bin.gz'

/** Name and version recorded in every extracted item's `why.rule`. */
export const MODEL_NAME = 'attribution-perceptron'

/** Int8 weights index a log-spaced codebook of this many magnitudes per sign. */
const LEVELS = 127
/** Non-zero weights below this quantile of magnitudes share the smallest level or drop out. */
const LOW_QUANTILE = 0.02

interface ChainHeader {
  labels: number
  bits: number
  trans: number[]
  validTrans: number[]
  lo: number
  hi: number
  count: number
}

interface Header {
  name: string
  version: string
  cue: ChainHeader
  arg: ChainHeader
  cueTemperature: number
  cueBias: number
  /** The cue boundary scorer (absent in models saved without one). */
  boundary?: ChainHeader & { delta: number; scale: number }
}

class ByteWriter {
  buf = new Uint8Array(1 << 16)
  len = 0
  ensure(k: number): void {
    if (this.len + k <= this.buf.length) return
    const nb = new Uint8Array(Math.max(this.buf.length * 2, this.len + k))
    nb.set(this.buf.subarray(0, this.len))
    this.buf = nb
  }
  byte(b: number): void {
    this.ensure(1)
    this.buf[this.len++] = b
  }
  varint(v: number): void {
    while (v >= 0x80) {
      this.byte((v & 0x7f) | 0x80)
      v = Math.floor(v / 128)
    }
    this.byte(v)
  }
  bytes(b: Uint8Array): void {
    this.ensure(b.length)
    this.buf.set(b, this.len)
    this.len += b.length
  }
}

/** Magnitudes of the 127 int8 levels: log-spaced between lo and hi. */
export function codebook(lo: number, hi: number): Float32Array {
  const table = new Float32Array(256)
  const step = Math.log(hi / lo) / (LEVELS - 1)
  for (let k = 1; k <= LEVELS; k++) {
    const v = lo * Math.exp((k - 1) * step)
    table[128 + k] = v
    table[128 - k] = -v
  }
  return table
}

function encodeChain(m: LinearChain, w: ByteWriter): ChainHeader {
  const mags: number[] = []
  for (const x of m.w) if (x !== 0) mags.push(Math.abs(x))
  mags.sort((a, b) => a - b)
  const lo = mags[Math.floor(mags.length * LOW_QUANTILE)] ?? 1
  const hi = mags[mags.length - 1] ?? 1
  const step = Math.log(hi / lo) / (LEVELS - 1) || 1
  let last = -1
  let count = 0
  for (let k = 0; k < m.w.length; k++) {
    const x = m.w[k]!
    const a = Math.abs(x)
    // below half the smallest level rounds to zero (pruning the weakest weights)
    if (a < lo / 2) continue
    const level = Math.max(
      1,
      Math.min(LEVELS, Math.round(Math.log(Math.max(a, lo) / lo) / step) + 1),
    )
    w.varint(k - last - 1)
    w.byte((x < 0 ? -level : level) & 0xff)
    last = k
    count++
  }
  return {
    labels: m.labels,
    bits: m.bits,
    trans: Array.from(m.trans, (x) => Math.round(x * 1000) / 1000),
    validTrans: Array.from(m.validTrans),
    lo,
    hi,
    count,
  }
}

/** Serialise the model parts to gzipped bytes. */
export function saveModel(parts: ModelParts, version = '1'): Uint8Array {
  const body = new ByteWriter()
  const cue = encodeChain(parts.cue, body)
  const arg = encodeChain(parts.arg, body)
  const header: Header = {
    name: MODEL_NAME,
    version,
    cue,
    arg,
    cueTemperature: parts.cueTemperature,
    cueBias: parts.cueBias,
  }
  if (parts.boundary) {
    const { w, delta, scale } = parts.boundary
    header.boundary = { ...encodeChain(w, body), delta, scale }
  }
  const hb = new TextEncoder().encode(JSON.stringify(header))
  const out = new ByteWriter()
  out.varint(hb.length)
  out.bytes(hb)
  out.bytes(body.buf.subarray(0, body.len))
  return gzipSync(out.buf.subarray(0, out.len), { level: 9 })
}

/** The loaded model parts and their name and version. */
export interface LoadedModel {
  parts: ModelParts
  name: string
  version: string
}

/** Parse gzipped model bytes. */
export function loadModelBytes(gz: Uint8Array): LoadedModel {
  const buf = gunzipSync(gz)
  let pos = 0
  const varint = () => {
    let v = 0
    let mul = 1
    for (;;) {
      const b = buf[pos++]!
      v += (b & 0x7f) * mul
      if (b < 0x80) return v
      mul *= 128
    }
  }
  const hlen = varint()
  const header = JSON.parse(new TextDecoder().decode(buf.subarray(pos, pos + hlen))) as Header
  pos += hlen
  const decodeChain = (h: ChainHeader): LinearChain => {
    const m = new LinearChain(h.labels, h.bits, Uint8Array.from(h.validTrans), true)
    m.trans.set(h.trans)
    m.qTable = codebook(h.lo, h.hi)
    const q = m.q!
    let k = -1
    for (let c = 0; c < h.count; c++) {
      k += varint() + 1
      const b = buf[pos++]!
      q[k] = b > 127 ? b - 256 : b
    }
    return m
  }
  const cue = decodeChain(header.cue)
  const arg = decodeChain(header.arg)
  const bh = header.boundary
  const boundary = bh ? { w: decodeChain(bh), delta: bh.delta, scale: bh.scale } : null
  return {
    parts: {
      cue,
      arg,
      cueTemperature: header.cueTemperature,
      cueBias: header.cueBias,
      boundary,
    },
    name: header.name,
    version: header.version,
  }
}
