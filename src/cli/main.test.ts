import { spawn } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, test, vi } from 'vitest'
import { main } from './main.js'

let dir: string
let db: string

// runs the CLI in process and returns what it printed
async function cli(...argv: string[]): Promise<{ code: number; out: string; err: string }> {
  const out: string[] = []
  const err: string[] = []
  const log = vi.spyOn(console, 'log').mockImplementation((...a) => void out.push(a.join(' ')))
  const error = vi.spyOn(console, 'error').mockImplementation((...a) => void err.push(a.join(' ')))
  try {
    const code = await main(argv)
    return { code, out: out.join('\n'), err: err.join('\n') }
  } finally {
    log.mockRestore()
    error.mockRestore()
  }
}

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'cc-cli-'))
  db = join(dir, 'ledger.db')
  writeFileSync(
    join(dir, 'page.txt'),
    'Council reopens the old bridge\n\nBy\u00a0Example Wire\n\nThe old bridge in Portmere reopened on Monday, the city council said.\n\n“It is safe again,” said Jane Roe, the head of the council.\n',
  )
})
afterAll(() => rmSync(dir, { recursive: true, force: true }))

describe('counterclaim CLI', () => {
  test('ingest, articles, show, statements, export', async () => {
    const ing = await cli('ingest', '--db', db, join(dir, 'page.txt'), join(dir, 'missing.txt'))
    expect(ing.code).toBe(0)
    expect(ing.out).toMatch(/read 2, new 1, duplicate 0, failed 1/)
    expect(ing.out).toMatch(/missing\.txt: cannot read \(ENOENT\)/)
    const again = await cli('ingest', '--db', db, '--json', join(dir, 'page.txt'))
    expect(JSON.parse(again.out)).toMatchObject({ read: 1, added: 0, duplicates: 1 })

    const list = await cli('articles', '--db', db)
    const id = /art_[0-9a-f]{12}/.exec(list.out)?.[0]
    expect(id).toBeDefined()
    expect(list.out).toContain('Council reopens the old bridge')

    const show = await cli('show', id!, '--db', db)
    expect(show.out).toContain('Example Wire')
    expect(show.out).toMatch(/person\s+Jane Roe/)

    const st = await cli('statements', '--db', db, '--speaker', 'roe', '--json')
    const rows = JSON.parse(st.out)
    expect(rows).toHaveLength(1)
    expect(rows[0]).toMatchObject({
      mode: 'direct',
      content: { text: 'It is safe again' },
      speaker: { entityName: 'Jane Roe' },
    })

    const out = join(dir, 'ledger.json')
    expect((await cli('export', '--db', db, '--format', 'json', '--out', out)).code).toBe(0)
    const ledger = JSON.parse(readFileSync(out, 'utf8'))
    expect(ledger.articles).toHaveLength(1)
    const article = ledger.articles[0]
    for (const e of ledger.entities)
      for (const m of e.mentions) expect(article.text.slice(m.start, m.end)).toBe(m.text)
    for (const s of ledger.statements)
      expect(article.text.slice(s.content.start, s.content.end)).toBe(s.content.text)

    const jl = join(dir, 'ledger.jsonl')
    await cli('export', '--db', db, '--format', 'jsonl', '--out', jl)
    const types = readFileSync(jl, 'utf8')
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l).record)
    expect(new Set(types)).toEqual(new Set(['article', 'entity', 'statement', 'claim']))
  })

  test('annotate adds a note that claim and export show; bad notes exit 2', async () => {
    const claims = JSON.parse((await cli('claims', '--db', db, '--json')).out)
    const c = claims.find((x: { stances: unknown[] }) => x.stances.length > 0)
    expect(c).toBeDefined()
    const statement = c.stances[0].statementId
    const r = await cli(
      'annotate',
      c.id,
      '--db',
      db,
      '--text',
      '  The council confirmed it by phone.\nSecond line.  ',
      '--statement',
      statement,
      '--author',
      'Ana',
      '--json',
    )
    expect(r.code, r.err).toBe(0)
    expect(JSON.parse(r.out)).toMatchObject({
      claimId: c.id,
      statementId: statement,
      text: 'The council confirmed it by phone.\nSecond line.',
      author: 'Ana',
    })
    const plain = await cli('annotate', c.id, '--db', db, '--text', 'On the whole claim.')
    expect(plain.out).toMatch(new RegExp(`^added note an_[0-9a-f]{12} to ${c.id}$`))
    const shown = await cli('claim', c.id, '--db', db)
    expect(shown.out).toMatch(/notes:\n {2}\S+ \S+ {2}Ana {2}on st_[0-9a-f]{12}\n {4}The council/)
    expect(shown.out).toContain('unsigned')
    const exported = join(dir, 'noted.json')
    await cli('export', '--db', db, '--format', 'json', '--out', exported)
    const claim = JSON.parse(readFileSync(exported, 'utf8')).claims.find(
      (x: { id: string }) => x.id === c.id,
    )
    expect(claim.annotations.map((n: { text: string }) => n.text)).toEqual([
      'The council confirmed it by phone.\nSecond line.',
      'On the whole claim.',
    ])

    for (const args of [
      [c.id],
      [c.id, '--text', '   '],
      [c.id, '--text', 'x', '--statement', 'st_nope'],
      [c.id, '--text', 'x', '--statement', 'st_000000000000'],
      ['cl_000000000000', '--text', 'x'],
      ['nope', '--text', 'x'],
    ]) {
      const bad = await cli('annotate', ...args, '--db', db)
      expect(bad.code, args.join(' ')).toBe(2)
      expect(bad.err).toMatch(/counterclaim annotate: .+\n\ncounterclaim annotate <claim-id>/)
    }
  })

  test('bad arguments exit 2 with a message and the usage', async () => {
    const r = await cli('export', '--db', db, '--format', 'xml')
    expect(r.code).toBe(2)
    expect(r.err).toMatch(/--format: Invalid option/i)
    expect((await cli('show', 'nope', '--db', db)).code).toBe(2)
    expect((await cli('ingest', '--db', db)).err).toMatch(/at least one file/)
    expect((await cli('frobnicate')).code).toBe(2)
  })

  test('export into a pipe the reader has closed (`| head`) ends quietly with 0', async () => {
    expect((await cli('ingest', join(dir, 'page.txt'), '--db', db)).code).toBe(0)
    const child = spawn(
      process.execPath,
      ['--import', 'tsx', 'src/cli/index.ts', 'export', '--db', db, '--format', 'jsonl'],
      { stdio: ['ignore', 'pipe', 'pipe'] },
    )
    // the reader goes away before the first line is written
    child.stdout.destroy()
    let err = ''
    child.stderr.on('data', (d) => {
      err += String(d)
    })
    const code = await new Promise<number | null>((r) => child.on('close', (c) => r(c)))
    expect(err).not.toMatch(/EPIPE/)
    expect(code).toBe(0)
  }, 30_000)
})
