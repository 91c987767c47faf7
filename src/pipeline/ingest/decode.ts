import chardet from 'chardet'
import iconv from 'iconv-lite'
import type { RawDocument } from './types.js'

export interface Decoded {
  content: string
  charset: string
  rule: RawDocument['charsetRule']
}

/** A decoding failure carries a message fit for the batch summary. */
export class DecodeError extends Error {}

const utf8 = new TextDecoder('utf-8', { fatal: true })

/**
 * Decodes bytes to text: a byte-order mark first, then a charset the document declares,
 * then strict UTF-8, then a detector. Bytes that are mostly UTF-8 but broken are an error,
 * not a guess: a detector would turn them into plausible-looking garbage.
 */
export function decode(bytes: Uint8Array, declared: string | null): Decoded {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    return { content: strictUtf8(bytes.subarray(3)), charset: 'utf-8', rule: 'bom' }
  }
  if (bytes[0] === 0xff && bytes[1] === 0xfe) {
    return {
      content: iconv.decode(Buffer.from(bytes.subarray(2)), 'utf-16le'),
      charset: 'utf-16le',
      rule: 'bom',
    }
  }
  if (bytes[0] === 0xfe && bytes[1] === 0xff) {
    return {
      content: iconv.decode(Buffer.from(bytes.subarray(2)), 'utf-16be'),
      charset: 'utf-16be',
      rule: 'bom',
    }
  }
  const utf16 = sniffUtf16(bytes)
  if (utf16)
    return { content: iconv.decode(Buffer.from(bytes), utf16), charset: utf16, rule: 'detector' }
  const label = declared ? normaliseLabel(declared) : null
  if (label && label !== 'utf-8' && iconv.encodingExists(label)) {
    return { content: iconv.decode(Buffer.from(bytes), label), charset: label, rule: 'meta' }
  }
  const bad = firstInvalidUtf8(bytes)
  if (bad < 0)
    return { content: utf8.decode(bytes), charset: 'utf-8', rule: label ? 'meta' : 'utf8-valid' }
  if (label === 'utf-8')
    throw new DecodeError(`invalid UTF-8 at byte ${bad} (the page declares UTF-8)`)
  if (hasUtf8Multibyte(bytes)) {
    throw new DecodeError(`invalid UTF-8 at byte ${bad} (the rest of the input is UTF-8)`)
  }
  const guess = chardet.detect(bytes)
  if (!guess || !iconv.encodingExists(guess)) {
    throw new DecodeError(`unknown text encoding (not UTF-8, byte ${bad} is invalid)`)
  }
  return {
    content: iconv.decode(Buffer.from(bytes), guess),
    charset: guess.toLowerCase(),
    rule: 'detector',
  }
}

function strictUtf8(bytes: Uint8Array): string {
  const bad = firstInvalidUtf8(bytes)
  if (bad >= 0)
    throw new DecodeError(`invalid UTF-8 at byte ${bad + 3} (after a UTF-8 byte-order mark)`)
  return utf8.decode(bytes)
}

function normaliseLabel(label: string): string {
  const l = label.trim().toLowerCase()
  if (l === 'utf8' || l === 'utf-8') return 'utf-8'
  // browsers read these labels as windows-1252 (WHATWG encoding standard)
  if (l === 'iso-8859-1' || l === 'latin1' || l === 'us-ascii' || l === 'ascii')
    return 'windows-1252'
  return l
}

/** Offset of the first byte that breaks UTF-8, or -1. */
export function firstInvalidUtf8(b: Uint8Array): number {
  const n = b.length
  let i = 0
  while (i < n) {
    const c = b[i]!
    if (c < 0x80) {
      i++
      continue
    }
    let need: number
    let min: number
    if (c >= 0xc2 && c <= 0xdf) {
      need = 1
      min = 0x80
    } else if (c >= 0xe0 && c <= 0xef) {
      need = 2
      min = 0x800
    } else if (c >= 0xf0 && c <= 0xf4) {
      need = 3
      min = 0x10000
    } else return i
    let cp = c & (need === 1 ? 0x1f : need === 2 ? 0x0f : 0x07)
    for (let k = 1; k <= need; k++) {
      const cc = b[i + k]
      if (cc === undefined || (cc & 0xc0) !== 0x80) return i
      cp = (cp << 6) | (cc & 0x3f)
    }
    if (cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) return i
    i += need + 1
  }
  return -1
}

function hasUtf8Multibyte(b: Uint8Array): boolean {
  for (let i = 0; i + 1 < b.length; i++) {
    const c = b[i]!
    if (c >= 0xc2 && c <= 0xf4 && (b[i + 1]! & 0xc0) === 0x80) {
      const need = c <= 0xdf ? 1 : c <= 0xef ? 2 : 3
      let ok = true
      for (let k = 1; k <= need; k++) if (((b[i + k] ?? 0) & 0xc0) !== 0x80) ok = false
      if (ok) return true
    }
  }
  return false
}

/** UTF-16 without a byte-order mark shows as a NUL in every other byte of ASCII text. */
function sniffUtf16(b: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  const n = Math.min(b.length, 4096) & ~1
  if (n < 8) return null
  let evenNul = 0
  let oddNul = 0
  for (let i = 0; i < n; i += 2) {
    if (b[i] === 0) evenNul++
    if (b[i + 1] === 0) oddNul++
  }
  const half = n / 2
  if (oddNul > half * 0.7 && evenNul < half * 0.05) return 'utf-16le'
  if (evenNul > half * 0.7 && oddNul < half * 0.05) return 'utf-16be'
  return null
}
