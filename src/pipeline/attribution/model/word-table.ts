/**
 * A few integers per word, keyed by the word's characters in a text (no string is made to
 * look one up): an open-addressing hash table in typed arrays. A look-up reads one slot, one
 * record and the word's characters in one pool, where a Map of strings to objects reads four
 * scattered places; in the pipeline, whose other stages evict the caches between documents,
 * that was most of the time spent on per-token information.
 * @module
 */

// record layout: hash, offset of the characters in the pool, length, then the values
const HEAD = 3

export class WordTable {
  /** Records of `stride` integers; a word's values start at the offset find and add return. */
  rows: Int32Array
  private readonly stride: number
  /** Record offset + 1 by hash (0: empty), at most half full. */
  private slots = new Int32Array(1 << 16)
  private count = 0
  private chars = new Uint16Array(1 << 18)
  private charCount = 0

  /** `width` values a word; past `maxWords` words the table starts afresh. */
  constructor(
    width: number,
    private readonly maxWords: number,
  ) {
    this.stride = HEAD + width
    this.rows = new Int32Array(this.stride * 4096)
  }

  /** Offset of the values of the word text[s..e) in `rows`, or -1 when it is not in the table. */
  find(text: string, s: number, e: number): number {
    const h = hashChars(text, s, e)
    const { slots, rows, chars } = this
    const mask = slots.length - 1
    for (let p = h & mask; slots[p] !== 0; p = (p + 1) & mask) {
      const r = slots[p]! - 1
      if (rows[r] !== h || rows[r + 2] !== e - s) continue
      let at = rows[r + 1]!
      let same = true
      for (let i = s; i < e && same; i++) same = chars[at++] === text.charCodeAt(i)
      if (same) return r + HEAD
    }
    return -1
  }

  /**
   * Adds the word text[s..e), which find did not find; returns the offset its values go to
   * (in `rows`, which this may replace: read it after).
   */
  add(text: string, s: number, e: number): number {
    if (this.count >= this.maxWords) {
      this.slots.fill(0)
      this.count = 0
      this.charCount = 0
    }
    if (2 * (this.count + 1) > this.slots.length) {
      this.slots = new Int32Array(this.slots.length * 2)
      for (let k = 0; k < this.count; k++) this.insert(k * this.stride)
    }
    const r = this.count++ * this.stride
    if (r + this.stride > this.rows.length) this.rows = grow(this.rows, r + this.stride)
    if (this.charCount + e - s > this.chars.length)
      this.chars = grow(this.chars, this.charCount + e - s)
    for (let i = s; i < e; i++) this.chars[this.charCount++] = text.charCodeAt(i)
    this.rows[r] = hashChars(text, s, e)
    this.rows[r + 1] = this.charCount - (e - s)
    this.rows[r + 2] = e - s
    this.insert(r)
    return r + HEAD
  }

  private insert(r: number): void {
    const mask = this.slots.length - 1
    let p = this.rows[r]! & mask
    while (this.slots[p] !== 0) p = (p + 1) & mask
    this.slots[p] = r + 1
  }
}

/** FNV-1a over the UTF-16 code units of text[s..e). */
function hashChars(text: string, s: number, e: number): number {
  let h = 0x811c9dc5
  for (let i = s; i < e; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193)
  return h | 0
}

function grow<T extends Int32Array | Uint16Array>(a: T, atLeast: number): T {
  const b = new (a.constructor as new (n: number) => T)(Math.max(a.length * 2, atLeast))
  b.set(a)
  return b
}
