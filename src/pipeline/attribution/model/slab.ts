/**
 * Typed arrays carved from one ArrayBuffer. A paragraph needs a dozen small arrays; each one
 * allocated on its own costs an off-heap allocation and garbage-collector bookkeeping, which
 * took more time than filling them.
 * @module
 */
export class Slab {
  private readonly buf: ArrayBuffer
  private at = 0

  /** Room for `ints` 32-bit values and `bytes` single bytes (each byte array rounded up to 4). */
  constructor(ints: number, bytes: number) {
    this.buf = new ArrayBuffer(4 * ints + bytes)
  }

  /** The next n 32-bit integers, zeroed. */
  i32(n: number): Int32Array {
    const a = new Int32Array(this.buf, this.at, n)
    this.at += 4 * n
    return a
  }

  /** The next n bytes, zeroed; the slab stays 4-byte aligned. */
  u8(n: number): Uint8Array {
    const a = new Uint8Array(this.buf, this.at, n)
    this.at += (n + 3) & ~3
    return a
  }
}

/** Bytes to reserve for k byte arrays of n elements each. */
export const slabBytes = (k: number, n: number) => k * ((n + 3) & ~3)

type Typed = Float32Array | Int32Array | Uint8Array

/**
 * A grow-only buffer for arrays read right after they are filled (emission scores, labels):
 * each view it hands out is zeroed, and valid until the next one is taken.
 */
export class Scratch<T extends Typed> {
  private buf: T

  constructor(private readonly make: (n: number) => T) {
    this.buf = make(1024)
  }

  take(n: number): T {
    if (this.buf.length < n) this.buf = this.make(Math.max(n, 2 * this.buf.length))
    const v = this.buf.subarray(0, n) as T
    v.fill(0)
    return v
  }
}
