/** 32-bit FNV-1a hash of a string. */
export function hashString(s: string): number {
  let h = 0x811c9dc5
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i)
    h = Math.imul(h, 0x01000193)
  }
  return h | 0
}

/** Mix two 32-bit values into one (murmur3 finaliser on a combined value). */
export function mix(a: number, b: number): number {
  let h = Math.imul(a ^ 0x9e3779b9, 0x85ebca6b) ^ b
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35)
  return (h ^ (h >>> 16)) | 0
}

/** Mix three values (a template id and two values) in one pass. */
export function mix3(a: number, b: number, c: number): number {
  let h = Math.imul(a, 0x27d4eb2f) ^ Math.imul(b, 0x9e3779b1)
  h = Math.imul(h ^ (h >>> 15), 0x85ebca6b) ^ c
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35)
  return (h ^ (h >>> 16)) | 0
}
