/**
 * Word clusters learnt from unlabelled news (see build-clusters.ts): a leaf id in 0..1023
 * whose high bits are the coarser levels (leaf >> 2: 256 clusters, leaf >> 5: 32).
 * @module
 */
import { existsSync, readFileSync } from 'node:fs'
import { gunzipSync } from 'node:zlib'
import { assetPath } from './assets.js'

/** File name of the shipped clusters, beside this module. */
export const CLUSTER_FILE = 'word-clusters.tsv.gz'

/** The key a word is clustered under: lowercased, digits folded to 0. */
export function normaliseWord(w: string): string {
  return w.toLowerCase().replace(/\d/g, '0').replace(/[’‘]/g, "'")
}

/** Parse cluster file bytes into a map. */
export function parseClusters(gz: Uint8Array): Map<string, number> {
  const map = new Map<string, number>()
  const text = gunzipSync(gz).toString('utf8')
  let start = 0
  while (start < text.length) {
    let end = text.indexOf('\n', start)
    if (end < 0) end = text.length
    const tab = text.indexOf('\t', start)
    if (tab > start && tab < end) map.set(text.slice(start, tab), Number(text.slice(tab + 1, end)))
    start = end + 1
  }
  return map
}

let shipped: Map<string, number> | null = null

/** The shipped clusters (empty when the file is absent, e.g. before the first build). */
export function shippedClusters(): Map<string, number> {
  if (shipped) return shipped
  const file = assetPath(CLUSTER_FILE)
  shipped = existsSync(file) ? parseClusters(readFileSync(file)) : new Map()
  return shipped
}
