/**
 * The shipped weights file: a JSON header, then named float tensors, the big ones stored as int8
 * with one float scale per row; the whole file gzipped.
 * @module
 */
import { gunzipSync, gzipSync } from 'node:zlib'

/** A named row-major matrix. `quantise` stores it as int8 with a scale per row. */
export interface Tensor {
  name: string
  rows: number
  cols: number
  data: Float32Array
  quantise?: boolean
}

interface TensorHeader {
  name: string
  rows: number
  cols: number
  q: boolean
}

/** Serialise a header object and tensors to gzipped bytes. */
export function writeBundle(header: unknown, tensors: Tensor[]): Uint8Array {
  const parts: Uint8Array[] = []
  const th: TensorHeader[] = []
  for (const t of tensors) {
    if (t.data.length !== t.rows * t.cols) throw new Error(`tensor ${t.name}: bad shape`)
    th.push({ name: t.name, rows: t.rows, cols: t.cols, q: !!t.quantise })
    if (t.quantise) {
      const scales = new Float32Array(t.rows)
      const q = new Int8Array(t.data.length)
      for (let r = 0; r < t.rows; r++) {
        let m = 0
        for (let c = 0; c < t.cols; c++) m = Math.max(m, Math.abs(t.data[r * t.cols + c]!))
        const s = m / 127 || 1
        scales[r] = s
        for (let c = 0; c < t.cols; c++) q[r * t.cols + c] = Math.round(t.data[r * t.cols + c]! / s)
      }
      parts.push(new Uint8Array(scales.buffer), new Uint8Array(q.buffer))
    } else {
      parts.push(new Uint8Array(t.data.slice().buffer))
    }
  }
  const head = new TextEncoder().encode(JSON.stringify({ header, tensors: th }))
  const len = new Uint8Array(4)
  new DataView(len.buffer).setUint32(0, head.length, true)
  const total = 4 + head.length + parts.reduce((a, p) => a + p.length, 0)
  const out = new Uint8Array(total)
  out.set(len, 0)
  out.set(head, 4)
  let pos = 4 + head.length
  for (const p of parts) {
    out.set(p, pos)
    pos += p.length
  }
  return gzipSync(out, { level: 9 })
}

/** Parse gzipped bytes written by writeBundle. */
export function readBundle<H>(gz: Uint8Array): { header: H; tensors: Map<string, Float32Array> } {
  const buf = gunzipSync(gz)
  const hl = new DataView(buf.buffer, buf.byteOffset, 4).getUint32(0, true)
  const { header, tensors: th } = JSON.parse(new TextDecoder().decode(buf.subarray(4, 4 + hl))) as {
    header: H
    tensors: TensorHeader[]
  }
  let pos = 4 + hl
  const tensors = new Map<string, Float32Array>()
  // copy out of the gunzipped buffer, since typed views need aligned offsets
  const take = (n: number): ArrayBuffer => {
    // a fresh copy: Buffer#slice would share the whole pooled buffer
    const b = new Uint8Array(buf.subarray(pos, pos + n)).buffer
    pos += n
    return b
  }
  for (const t of th) {
    const n = t.rows * t.cols
    if (t.q) {
      const scales = new Float32Array(take(4 * t.rows))
      const q = new Int8Array(take(n))
      const data = new Float32Array(n)
      for (let r = 0; r < t.rows; r++) {
        const s = scales[r]!
        for (let c = 0; c < t.cols; c++) data[r * t.cols + c] = q[r * t.cols + c]! * s
      }
      tensors.set(t.name, data)
    } else {
      tensors.set(t.name, new Float32Array(take(4 * n)))
    }
  }
  return { header, tensors }
}
