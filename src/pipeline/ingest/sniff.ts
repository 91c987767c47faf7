/** Magic numbers of binary formats people drop into a folder of articles by mistake. */
const MAGIC: [string, number[]][] = [
  ['PNG image', [0x89, 0x50, 0x4e, 0x47]],
  ['JPEG image', [0xff, 0xd8, 0xff]],
  ['GIF image', [0x47, 0x49, 0x46, 0x38]],
  ['PDF document', [0x25, 0x50, 0x44, 0x46]],
  ['ZIP archive (or DOCX/XLSX)', [0x50, 0x4b, 0x03, 0x04]],
  ['ELF executable', [0x7f, 0x45, 0x4c, 0x46]],
  ['SQLite database', [0x53, 0x51, 0x4c, 0x69, 0x74, 0x65]],
  ['WebP/RIFF media', [0x52, 0x49, 0x46, 0x46]],
  ['MP4/QuickTime video', [0x00, 0x00, 0x00]],
  ['7-Zip archive', [0x37, 0x7a, 0xbc, 0xaf]],
  ['bzip2 archive', [0x42, 0x5a, 0x68]],
  ['xz archive', [0xfd, 0x37, 0x7a, 0x58]],
]

export function isGzip(b: Uint8Array): boolean {
  return b[0] === 0x1f && b[1] === 0x8b
}

/**
 * Names the binary format of a buffer's head, or returns null when it looks like text.
 * UTF-16 text has NULs too, so NULs count only when they do not fall in every other byte.
 */
export function binaryKind(head: Uint8Array): string | null {
  for (const [name, sig] of MAGIC) {
    if (name.startsWith('MP4')) {
      if (head[4] === 0x66 && head[5] === 0x74 && head[6] === 0x79 && head[7] === 0x70) return name
      continue
    }
    if (sig.every((v, i) => head[i] === v)) return name
  }
  const n = Math.min(head.length, 8192)
  let nul = 0
  let control = 0
  let evenNul = 0
  let oddNul = 0
  for (let i = 0; i < n; i++) {
    const c = head[i]!
    if (c === 0) {
      nul++
      if (i % 2) oddNul++
      else evenNul++
    } else if (c < 9 || (c > 13 && c < 32 && c !== 27)) control++
  }
  const utf16 = nul > n * 0.3 && (oddNul < nul * 0.05 || evenNul < nul * 0.05)
  if (nul > 0 && !utf16) return 'binary data (NUL bytes)'
  if (control > n * 0.1) return 'binary data (control bytes)'
  return null
}

export type ContentKind = 'html' | 'jsonl' | 'text'

/** The kind of a text from its content; the file extension only breaks a tie. */
export function contentKind(head: string, path: string): ContentKind {
  const start = head.replace(/^\uFEFF/, '').trimStart()
  if (start.startsWith('{')) {
    const firstLine = start.slice(0, start.indexOf('\n') >>> 0)
    try {
      const v = JSON.parse(firstLine)
      if (v && typeof v === 'object') return 'jsonl'
    } catch {
      // a broken first record is still JSON Lines when the extension says so
      if (/\.(jsonl|ndjson|json)$/i.test(path)) return 'jsonl'
    }
  }
  if (/^<(!doctype html|html|head|body|meta|title|article|div|p[\s>])/i.test(start)) return 'html'
  const tags = head
    .slice(0, 20000)
    .match(/<\/?(p|div|span|a|br|article|section|h[1-6]|script|li|ul|body|html)\b[^>]*>/gi)
  if (tags && tags.length >= 5) return 'html'
  if (/\.(html?|xhtml)$/i.test(path) && tags && tags.length > 0) return 'html'
  return 'text'
}

/** The charset an HTML page declares in its first bytes, if any. */
export function declaredCharset(headLatin1: string): string | null {
  const m =
    /<meta[^>]+charset\s*=\s*["']?\s*([\w.:-]+)/i.exec(headLatin1) ??
    /<\?xml[^>]+encoding\s*=\s*["']([\w.:-]+)/i.exec(headLatin1)
  return m?.[1] ?? null
}
