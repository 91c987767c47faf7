import {
  closeSync,
  mkdirSync,
  mkdtempSync,
  openSync,
  rmSync,
  writeFileSync,
  writeSync,
} from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { Readable } from 'node:stream'
import { gzipSync } from 'node:zlib'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { ingest } from './index.js'
import type { IngestItem } from './types.js'

let dir: string
const MB = 1024 * 1024
const opts = { maxBytes: 50 * MB }

async function all(paths: string[], o: Parameters<typeof ingest>[1] = opts): Promise<IngestItem[]> {
  const out: IngestItem[] = []
  for await (const it of ingest(paths, o)) out.push(it)
  return out
}
const failures = (items: IngestItem[]) => items.flatMap((i) => (i.ok ? [] : [i.failure]))
const docs = (items: IngestItem[]) => items.flatMap((i) => (i.ok ? [i.doc] : []))

const page =
  'A headline about a harbour\n\nThe mayor said on Tuesday that the harbour would reopen.\n'

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'cc-ingest-'))
})
afterAll(() => rmSync(dir, { recursive: true, force: true }))

describe('ingest', () => {
  test('reads a folder recursively in a stable order, skipping hidden files', async () => {
    const sub = join(dir, 'walk')
    writeFileSync(join(dir, 'walk-b.txt'), page)
    rmSync(sub, { recursive: true, force: true })
    for (const p of ['b', 'a/c', '.hidden']) {
      const f = join(sub, p, 'x.txt')
      mkdirSync(join(sub, p), { recursive: true })
      writeFileSync(f, `${p}: ${page}`)
    }
    const got = docs(await all([sub]))
    expect(got.map((d) => d.source.slice(sub.length + 1))).toEqual(['a/c/x.txt', 'b/x.txt'])
  })

  test('detects HTML and JSON Lines from the content, not the extension', async () => {
    const html = join(dir, 'page.txt')
    writeFileSync(html, '<!doctype html><html><body><p>Hello there.</p></body></html>')
    const jl = join(dir, 'feed.data')
    writeFileSync(
      jl,
      `${JSON.stringify({ text: page, url: 'https://example.org/a' })}\n${JSON.stringify({ html: '<p>x</p>', headline: 'H' })}\n`,
    )
    const got = docs(await all([html, jl]))
    expect(got.map((d) => d.kind)).toEqual(['html', 'text', 'html'])
    expect(got[1]!.meta.url).toBe('https://example.org/a')
    expect(got[2]!.meta.headline).toBe('H')
    expect(got[2]!.source).toBe(`${jl}#L2`)
  })

  test('decodes charsets: BOM, meta charset, and a detector for legacy encodings', async () => {
    const bom = join(dir, 'bom.txt')
    writeFileSync(
      bom,
      Buffer.concat([
        Buffer.from([0xef, 0xbb, 0xbf]),
        Buffer.from('Caf\u00e9 owners said the street was calm.\n'),
      ]),
    )
    const meta = join(dir, 'cp1251.html')
    const cyr = Buffer.from([0xcf, 0xf0, 0xe8, 0xe2, 0xe5, 0xf2]) // "Привет" in windows-1251
    writeFileSync(
      meta,
      Buffer.concat([
        Buffer.from('<html><head><meta charset="windows-1251"></head><body><p>'),
        cyr,
        Buffer.from('</p></body></html>'),
      ]),
    )
    const latin = join(dir, 'latin1.txt')
    writeFileSync(
      latin,
      Buffer.from(
        'Le ministre a d\u00e9clar\u00e9 que la r\u00e9union \u00e9tait termin\u00e9e, a-t-il ajout\u00e9 \u00e0 la presse fran\u00e7aise.\n',
        'latin1',
      ),
    )
    const utf16 = join(dir, 'utf16.txt')
    writeFileSync(
      utf16,
      Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('The minister spoke.\n', 'utf16le')]),
    )
    const got = docs(await all([bom, meta, latin, utf16]))
    expect(got[0]!.content.startsWith('Caf\u00e9')).toBe(true)
    expect(got[0]!.charsetRule).toBe('bom')
    expect(got[1]!.content).toContain('\u041f\u0440\u0438\u0432\u0435\u0442')
    expect(got[1]!.charsetRule).toBe('meta')
    expect(got[2]!.content).toContain('d\u00e9clar\u00e9')
    expect(got[2]!.charsetRule).toBe('detector')
    expect(got[3]!.content).toBe('The minister spoke.\n')
  })

  test('the same content in another encoding or spacing hashes the same', async () => {
    const a = join(dir, 'same-a.txt')
    const b = join(dir, 'same-b.txt')
    writeFileSync(a, 'Caf\u00e9 owners said   the street was calm.\r\n')
    writeFileSync(
      b,
      Buffer.concat([
        Buffer.from([0xef, 0xbb, 0xbf]),
        Buffer.from('Caf\u00e9 owners said the street was calm.\n'),
      ]),
    )
    const [x, y] = docs(await all([a, b]))
    expect(x!.contentHash).toBe(y!.contentHash)
  })

  test('reads gzip files and stdin', async () => {
    const gz = join(dir, 'page.txt.gz')
    writeFileSync(gz, gzipSync(Buffer.from(page)))
    const got = docs(
      await all([gz, '-'], {
        ...opts,
        stdin: Readable.from([Buffer.from(page.replace('harbour', 'port'))]),
      }),
    )
    expect(got.map((d) => d.source)).toEqual([gz, 'stdin'])
    expect(got[0]!.content).toBe(page)
  })

  test('bad inputs are failures that name the input; the batch goes on', async () => {
    const bin = join(dir, 'photo.png')
    writeFileSync(
      bin,
      Buffer.concat([
        Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
        Buffer.alloc(100, 7),
      ]),
    )
    const empty = join(dir, 'empty.txt')
    writeFileSync(empty, '')
    const blank = join(dir, 'blank.txt')
    writeFileSync(blank, '   \n\n  ')
    const badUtf8 = join(dir, 'bad-utf8.txt')
    writeFileSync(
      badUtf8,
      Buffer.concat([
        Buffer.from('Caf\u00e9 society met. '),
        Buffer.from([0xc3, 0x28, 0xa0, 0xa1]),
        Buffer.from(' The end.'),
      ]),
    )
    const broken = join(dir, 'broken.jsonl')
    writeFileSync(
      broken,
      `${JSON.stringify({ text: page })}\n{"text": "unterminated\n${JSON.stringify({ headline: 'no body' })}\n${JSON.stringify({ text: `${page} again` })}\n`,
    )
    const good = join(dir, 'good.txt')
    writeFileSync(good, page)
    const items = await all([bin, empty, blank, badUtf8, join(dir, 'missing.txt'), broken, good])
    const f = failures(items)
    expect(f.map((x) => x.source)).toEqual([
      join(dir, 'missing.txt'),
      bin,
      empty,
      blank,
      badUtf8,
      `${broken}#L2`,
      `${broken}#L3`,
    ])
    expect(f[0]!.reason).toMatch(/cannot read \(ENOENT\)/)
    expect(f[1]!.reason).toMatch(/not text: looks like PNG image/)
    expect(f[2]!.reason).toMatch(/empty file/)
    expect(f[3]!.reason).toMatch(/empty input/)
    expect(f[4]!.reason).toMatch(/invalid UTF-8 at byte 19/)
    expect(f[5]!.reason).toMatch(/invalid JSON/)
    expect(f[6]!.reason).toMatch(/needs a non-empty "text" or "html" field/)
    expect(docs(items).map((d) => d.source)).toEqual([`${broken}#L1`, `${broken}#L4`, good])
  })

  test('a 200 MB file is refused without being read whole', async () => {
    const big = join(dir, 'big.txt')
    const fd = openSync(big, 'w')
    const line = Buffer.from(
      `${'The council said the bridge would reopen next week. '.repeat(20)}\n`,
    )
    const block = Buffer.concat(Array.from({ length: Math.ceil(MB / line.length) }, () => line))
    for (let n = 0; n < 200; n++) writeSync(fd, block)
    closeSync(fd)
    const before = process.memoryUsage().rss
    const f = failures(await all([big]))
    expect(f).toHaveLength(1)
    expect(f[0]!.source).toBe(big)
    expect(f[0]!.reason).toMatch(/too large: 20\d\.\d MB exceeds the 50\.0 MB limit/)
    expect(process.memoryUsage().rss - before).toBeLessThan(100 * MB)
    rmSync(big)
  })
})
