import { createReadStream } from 'node:fs'
import { open, readdir, stat } from 'node:fs/promises'
import { join } from 'node:path'
import { gunzipSync } from 'node:zlib'
import { DecodeError, decode, firstInvalidUtf8 } from './decode.js'
import { contentHash } from './hash.js'
import { parseJsonlLine } from './jsonl.js'
import { binaryKind, contentKind, declaredCharset, isGzip } from './sniff.js'
import type { DocumentKind, IngestItem, RawDocument, SourceMeta } from './types.js'

export type { IngestFailure, IngestItem, RawDocument, SourceMeta } from './types.js'

export interface IngestOptions {
  /** Largest single document, in bytes; a JSON Lines file may be larger, its records may not. */
  maxBytes: number
  /** Read for the input "-". */
  stdin?: NodeJS.ReadableStream
  /** Called with the bytes of each input as it is finished, for progress bars. */
  onBytes?: (bytes: number) => void
}

/** One input to read: a file with its size, or standard input. */
export type InputEntry = { path: string; bytes: number } | { path: '-'; bytes: 0 }

export const DEFAULT_MAX_BYTES = 50 * 1024 * 1024

const HEAD = 64 * 1024

/**
 * Expands the paths a user gave (files, folders, "-") into inputs, in a stable order.
 * Folders are walked recursively; hidden files and folders are skipped.
 * A path that does not exist is a failure, not an exception.
 */
export async function expandInputs(
  paths: string[],
): Promise<{ entries: InputEntry[]; missing: IngestItem[] }> {
  const entries: InputEntry[] = []
  const missing: IngestItem[] = []
  for (const p of paths) {
    if (p === '-') {
      entries.push({ path: '-', bytes: 0 })
      continue
    }
    try {
      const s = await stat(p)
      if (s.isDirectory()) await walk(p, entries)
      else entries.push({ path: p, bytes: s.size })
    } catch (e) {
      missing.push({
        ok: false,
        failure: {
          source: p,
          reason: `cannot read (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`,
        },
      })
    }
  }
  return { entries, missing }
}

async function walk(dir: string, out: InputEntry[]): Promise<void> {
  const items = await readdir(dir, { withFileTypes: true })
  items.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
  for (const it of items) {
    if (it.name.startsWith('.')) continue
    const p = join(dir, it.name)
    if (it.isDirectory()) await walk(p, out)
    else if (it.isFile()) out.push({ path: p, bytes: (await stat(p)).size })
  }
}

/**
 * Reads inputs into raw documents, one at a time (the batch streams, it is never held whole).
 * Every bad input yields a failure naming it; the batch goes on.
 * @example
 * for await (const item of ingest(['news/'], { maxBytes: DEFAULT_MAX_BYTES })) …
 */
export async function* ingest(paths: string[], opts: IngestOptions): AsyncGenerator<IngestItem> {
  const { entries, missing } = await expandInputs(paths)
  yield* missing
  for (const entry of entries) yield* readEntry(entry, opts)
}

/** Reads one expanded input. */
export async function* readEntry(
  entry: InputEntry,
  opts: IngestOptions,
): AsyncGenerator<IngestItem> {
  const source = entry.path === '-' ? 'stdin' : entry.path
  try {
    if (entry.path === '-') {
      const bytes = await readStream(opts.stdin ?? process.stdin, opts.maxBytes, source)
      yield* fromBytes(source, bytes, opts)
      opts.onBytes?.(bytes.length)
      return
    }
    if (entry.bytes === 0) {
      yield fail(source, 'empty file (0 bytes)')
      return
    }
    const head = await readHead(entry.path)
    const binary = isGzip(head) ? null : binaryKind(head)
    if (binary) {
      yield fail(source, `not text: looks like ${binary}`)
    } else if (!isGzip(head) && contentKind(latin1(head), entry.path) === 'jsonl') {
      yield* readJsonl(entry.path, source, opts)
    } else if (entry.bytes > opts.maxBytes) {
      yield fail(
        source,
        `too large: ${mb(entry.bytes)} exceeds the ${mb(opts.maxBytes)} limit per document (--max-bytes)`,
      )
    } else {
      const fh = await open(entry.path)
      try {
        const bytes = await fh.readFile()
        yield* fromBytes(source, bytes, opts)
      } finally {
        await fh.close()
      }
    }
  } catch (e) {
    yield fail(
      source,
      e instanceof IngestError ? e.message : `cannot read (${(e as Error).message})`,
    )
  }
  opts.onBytes?.(entry.bytes)
}

class IngestError extends Error {}

function fail(source: string, reason: string): IngestItem {
  return { ok: false, failure: { source, reason } }
}

function mb(n: number): string {
  return `${(n / 1024 / 1024).toFixed(1)} MB`
}

function latin1(b: Uint8Array): string {
  return Buffer.from(b.buffer, b.byteOffset, Math.min(b.length, HEAD)).toString('latin1')
}

async function readHead(path: string): Promise<Uint8Array> {
  const fh = await open(path)
  try {
    const buf = Buffer.alloc(HEAD)
    const { bytesRead } = await fh.read(buf, 0, HEAD, 0)
    return buf.subarray(0, bytesRead)
  } finally {
    await fh.close()
  }
}

async function readStream(
  stream: NodeJS.ReadableStream,
  max: number,
  source: string,
): Promise<Buffer> {
  const parts: Buffer[] = []
  let n = 0
  for await (const chunk of stream) {
    const b = typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer)
    n += b.length
    if (n > max)
      throw new IngestError(
        `too large: ${source} exceeds the ${mb(max)} limit per document (--max-bytes)`,
      )
    parts.push(b)
  }
  return Buffer.concat(parts)
}

function* fromBytes(source: string, bytes: Uint8Array, opts: IngestOptions): Generator<IngestItem> {
  if (isGzip(bytes)) {
    try {
      bytes = gunzipSync(bytes, { maxOutputLength: opts.maxBytes })
    } catch (e) {
      yield fail(source, `broken or oversized gzip data (${(e as Error).message})`)
      return
    }
  }
  if (
    bytes.length === 0 ||
    (/^\s*$/.test(latin1(bytes.subarray(0, 4096))) && bytes.length <= 4096)
  ) {
    yield fail(source, 'empty input (no text)')
    return
  }
  const binary = binaryKind(bytes.subarray(0, HEAD))
  if (binary) {
    yield fail(source, `not text: looks like ${binary}`)
    return
  }
  const head = latin1(bytes)
  const kind = contentKind(head, source)
  if (kind === 'jsonl') {
    const text = new TextDecoder('utf-8', { fatal: false }).decode(bytes)
    let line = 0
    for (const l of text.split('\n')) {
      line++
      if (l.trim()) yield jsonlItem(`${source}#L${line}`, l, opts)
    }
    return
  }
  let decoded: ReturnType<typeof decode>
  try {
    decoded = decode(bytes, kind === 'html' ? declaredCharset(head) : null)
  } catch (e) {
    if (e instanceof DecodeError) {
      yield fail(source, e.message)
      return
    }
    throw e
  }
  if (decoded.content.trim() === '') {
    yield fail(source, 'empty input (only white space)')
    return
  }
  const doc: RawDocument = {
    source,
    kind,
    content: decoded.content,
    bytes: bytes.length,
    charset: decoded.charset,
    charsetRule: decoded.rule,
    contentHash: contentHash(decoded.content),
    meta: {},
  }
  yield { ok: true, doc }
}

async function* readJsonl(
  path: string,
  source: string,
  opts: IngestOptions,
): AsyncGenerator<IngestItem> {
  // split on bytes, not decoded text, so a line with broken UTF-8 is named, not silently repaired
  let line = 0
  let rest: Buffer = Buffer.alloc(0)
  let skipping = false
  for await (const chunk of createReadStream(path, { highWaterMark: 1 << 20 })) {
    let buf: Buffer = rest.length ? Buffer.concat([rest, chunk as Buffer]) : (chunk as Buffer)
    let nl = buf.indexOf(10)
    while (nl >= 0) {
      line++
      if (skipping) skipping = false
      else yield* jsonlBytes(`${source}#L${line}`, buf.subarray(0, nl), opts)
      buf = buf.subarray(nl + 1)
      nl = buf.indexOf(10)
    }
    if (!skipping && buf.length > opts.maxBytes) {
      // an oversized record is named once, then skipped up to its line end
      yield fail(
        `${source}#L${line + 1}`,
        `too large: record exceeds the ${mb(opts.maxBytes)} limit`,
      )
      skipping = true
    }
    rest = skipping ? Buffer.alloc(0) : Buffer.from(buf)
  }
  if (rest.length) yield* jsonlBytes(`${source}#L${line + 1}`, rest, opts)
}

function* jsonlBytes(
  source: string,
  bytes: Uint8Array,
  opts: IngestOptions,
): Generator<IngestItem> {
  if (bytes.length === 0 || (/^\s*$/.test(latin1(bytes.subarray(0, 64))) && bytes.length < 64))
    return
  const bad = firstInvalidUtf8(bytes)
  if (bad >= 0) {
    yield fail(source, `invalid UTF-8 at byte ${bad} of this record (JSON Lines must be UTF-8)`)
    return
  }
  yield jsonlItem(
    source,
    Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length).toString('utf8'),
    opts,
  )
}

function jsonlItem(source: string, line: string, opts: IngestOptions): IngestItem {
  const bytes = Buffer.byteLength(line)
  if (bytes > opts.maxBytes)
    return fail(source, `too large: record of ${mb(bytes)} exceeds the ${mb(opts.maxBytes)} limit`)
  const r = parseJsonlLine(line)
  if (!r.ok) return fail(source, r.reason)
  return {
    ok: true,
    doc: {
      source: r.meta.url && !source.includes('#') ? r.meta.url : source,
      kind: r.kind,
      content: r.content,
      bytes,
      charset: 'utf-8',
      charsetRule: 'json',
      contentHash: contentHash(r.content),
      meta: r.meta,
    },
  }
}

/**
 * A raw document from text already in memory (an API request, a test): the kind is read
 * from the content unless given.
 * @example
 * rawDocument('api:1', '<p>Hello</p>') // kind 'html'
 */
export function rawDocument(
  source: string,
  content: string,
  meta: SourceMeta = {},
  kind?: DocumentKind,
): RawDocument {
  const k = kind ?? (contentKind(content.slice(0, HEAD), source) === 'html' ? 'html' : 'text')
  return {
    source,
    kind: k,
    content,
    bytes: Buffer.byteLength(content),
    charset: 'utf-8',
    charsetRule: 'json',
    contentHash: contentHash(content),
    meta,
  }
}
