import { describe, expect, test } from 'vitest'
import { bands, fingerprint, hamming } from './fingerprint.js'

/** The plain SimHash the packed counters must agree with: ±1 per bit per 3-gram. */
function reference(words: string[]): string {
  const fnv = (s: string) => {
    let h = 0x811c9dc5
    for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193)
    return h >>> 0
  }
  const mix = (x: number) => {
    let h = x ^ (x >>> 16)
    h = Math.imul(h, 0x85ebca6b)
    h ^= h >>> 13
    h = Math.imul(h, 0xc2b2ae35)
    h ^= h >>> 16
    return h >>> 0
  }
  const wh = words.map(fnv)
  const acc = new Array<number>(64).fill(0)
  for (let i = 0; i + 3 <= Math.max(wh.length, 3); i++) {
    const [a, b, c] = [wh[i] ?? 0, wh[i + 1] ?? 0, wh[i + 2] ?? 0]
    const lo = mix(a ^ Math.imul(b, 0x9e3779b1) ^ Math.imul(c, 0x85ebca6b))
    const hi = mix(lo ^ Math.imul(c, 0xc2b2ae35) ^ b)
    for (let k = 0; k < 32; k++) {
      acc[k]! += (lo >>> k) & 1 ? 1 : -1
      acc[k + 32]! += (hi >>> k) & 1 ? 1 : -1
    }
  }
  let hex = ''
  for (let nib = 0; nib < 16; nib++) {
    let v = 0
    for (let k = 0; k < 4; k++) if (acc[nib * 4 + k]! > 0) v |= 1 << k
    hex += v.toString(16)
  }
  return hex
}

describe('fingerprint', () => {
  const sentence =
    'the ferry resumed its crossings on tuesday after storms closed the harbour for three days'
  test('equals the plain per-bit SimHash for short, long and empty texts', () => {
    const words = sentence.split(' ')
    // 1 to 40 copies: counters are packed and flushed every 15 3-grams
    for (const n of [0, 1, 2, 3, 4, 14, 15, 16, 17, 29, 30, 31, 200, 600])
      for (const w of [words.slice(0, n), Array.from({ length: 3 * n }, (_, i) => words[i % 7]!)])
        expect(fingerprint('', w)).toBe(reference(w))
    expect(fingerprint('')).toBe(reference([]))
  })
  test('a copy with a changed ending stays near; another text does not', () => {
    const a = `${sentence} ${sentence.split(' ').reverse().join(' ')} and more`
    const b = `${a} officials said`
    const c = 'a new bridge over the river opened to traffic on friday with a ceremony in the rain'
    expect(hamming(fingerprint(a), fingerprint(b))).toBeLessThanOrEqual(12)
    expect(hamming(fingerprint(a), fingerprint(c))).toBeGreaterThan(12)
    expect(bands(fingerprint(a))).toHaveLength(4)
  })
})
