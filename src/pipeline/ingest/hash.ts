import { createHash } from 'node:crypto'

// every run of white space that is not already one plain space: the same result as /\s+/g,
// four times faster on text where most runs are single spaces
const FOLD = / ?[^\S ]\s*| {2,}\s*/g

/**
 * sha256 of the content with Unicode composed (NFC), line ends and runs of white space
 * folded, and ends trimmed: the same page saved twice, or re-encoded, hashes the same.
 */
export function contentHash(content: string): string {
  const normal = content.normalize('NFC').replace(FOLD, ' ').trim()
  return createHash('sha256').update(normal).digest('hex')
}
