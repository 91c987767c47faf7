const BITS = 64

/**
 * A 64-bit SimHash of a text's word 3-grams, as 16 hex digits (pass the lower-cased words when
 * they are at hand). Copies of one story (a wire
 * report republished with a new headline or a trimmed ending) differ in a few bits.
 * @example
 * hamming(fingerprint(a), fingerprint(b)) <= 3 // a near-duplicate
 */
export function fingerprint(text: string, words?: string[]): string {
  const wh = (words ?? text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []).map(fnv)
  const ones = new Int32Array(BITS)
  // 4-bit counters, eight to a 32-bit lane (one lane a byte of the hash): flushed before
  // they can overflow, so counting a 3-gram costs eight additions rather than 64
  const lanes = new Int32Array(8)
  let inLanes = 0
  let n = 0
  for (let i = 0; i + 3 <= Math.max(wh.length, 3); i++) {
    const a = wh[i] ?? 0
    const b = wh[i + 1] ?? 0
    const c = wh[i + 2] ?? 0
    const lo = mix(a ^ Math.imul(b, 0x9e3779b1) ^ Math.imul(c, 0x85ebca6b))
    const hi = mix(lo ^ Math.imul(c, 0xc2b2ae35) ^ b)
    for (let k = 0; k < 4; k++) {
      lanes[k]! += SPREAD[(lo >>> (8 * k)) & 255]!
      lanes[k + 4]! += SPREAD[(hi >>> (8 * k)) & 255]!
    }
    n++
    if (++inLanes === 15) {
      flushLanes(lanes, ones)
      inLanes = 0
    }
  }
  flushLanes(lanes, ones)
  let hex = ''
  for (let nib = 0; nib < 16; nib++) {
    let v = 0
    // a bit is set where more 3-grams have it than not
    for (let k = 0; k < 4; k++) if (2 * ones[nib * 4 + k]! > n) v |= 1 << k
    hex += v.toString(16)
  }
  return hex
}

/** For each byte value, its eight bits spread into the low bit of eight 4-bit counters. */
const SPREAD = Int32Array.from({ length: 256 }, (_, b) => {
  let v = 0
  for (let j = 0; j < 8; j++) if ((b >>> j) & 1) v |= 1 << (4 * j)
  return v
})

function flushLanes(lanes: Int32Array, ones: Int32Array): void {
  for (let l = 0; l < 8; l++) {
    const v = lanes[l]!
    // lane l holds bits 8l..8l+7 of the 64 (lanes 4 to 7 are the high word)
    for (let j = 0; j < 8; j++) ones[8 * l + j]! += (v >>> (4 * j)) & 15
    lanes[l] = 0
  }
}

/** Bits that differ between two fingerprints. */
export function hamming(a: string, b: string): number {
  let d = 0
  for (let i = 0; i < 16; i++) {
    let x = Number.parseInt(a[i]!, 16) ^ Number.parseInt(b[i]!, 16)
    while (x) {
      d += x & 1
      x >>= 1
    }
  }
  return d
}

/** The four 16-bit bands of a fingerprint: two fingerprints within 3 bits share at least one. */
export function bands(fp: string): string[] {
  return [0, 1, 2, 3].map((i) => `${i}:${fp.slice(i * 4, i * 4 + 4)}`)
}

export const NEAR_DUPLICATE_BITS = 3

function fnv(s: string): number {
  let h = 0x811c9dc5
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193)
  return h >>> 0
}

// murmur3's finaliser: every input bit moves every output bit
function mix(h: number): number {
  h ^= h >>> 16
  h = Math.imul(h, 0x85ebca6b)
  h ^= h >>> 13
  h = Math.imul(h, 0xc2b2ae35)
  h ^= h >>> 16
  return h >>> 0
}
