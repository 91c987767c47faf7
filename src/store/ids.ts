import { createHash, randomBytes } from 'node:crypto'

const PREFIX = {
  article: 'art',
  document: 'doc',
  entity: 'ent',
  outlet: 'out',
  statement: 'st',
  claim: 'cl',
  run: 'run',
  annotation: 'an',
} as const

/**
 * Deterministic ids: the same input gives the same id on every machine and worker,
 * so re-ingestion and concurrent writers agree without asking the database.
 * @example
 * idFor('article', contentHash) // 'art_3f9c2a1b7d0e'
 */
export function idFor(kind: keyof typeof PREFIX, key: string): string {
  const hex = /^[0-9a-f]{12,}$/.test(key) ? key : createHash('sha256').update(key).digest('hex')
  return `${PREFIX[kind]}_${hex.slice(0, 12)}`
}

/**
 * A fresh random id, for records that are written by people rather than derived from input
 * (an analyst's note): nothing to derive it from, so 48 random bits.
 * @example
 * randomId('annotation') // 'an_0c9d2e7f41ab'
 */
export function randomId(kind: keyof typeof PREFIX): string {
  return `${PREFIX[kind]}_${randomBytes(6).toString('hex')}`
}
