import { createHash } from 'node:crypto'

/**
 * sha256 of the content with Unicode composed (NFC), line ends and runs of white space
 * folded, and ends trimmed: the same page saved twice, or re-encoded, hashes the same.
 */
export function contentHash(content: string): string {
  const normal = content.normalize('NFC').replace(/\s+/g, ' ').trim()
  return createHash('sha256').update(normal).digest('hex')
}
