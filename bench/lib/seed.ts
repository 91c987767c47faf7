import { readFileSync } from 'node:fs'
import { contentHash } from '../../src/pipeline/ingest/hash.js'
import type { RawDocument } from '../../src/pipeline/ingest/types.js'

/** A plain-text page read from ../shared as ingest would hand it to the pipeline. */
export function textDocument(path: string): RawDocument {
  const content = readFileSync(path, 'utf8')
  return {
    source: path,
    kind: 'text',
    content,
    bytes: content.length,
    charset: 'utf-8',
    charsetRule: 'utf8-valid',
    contentHash: contentHash(content),
    meta: {},
  }
}
