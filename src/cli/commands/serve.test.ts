import { spawn } from 'node:child_process'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { createServer } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, test, vi } from 'vitest'
import { main } from '../main.js'

let dir: string
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'cc-serve-'))
  writeFileSync(
    join(dir, 'page.txt'),
    'Council reopens the old bridge\n\nBy Example Wire\n\nThe old bridge in Portmere reopened on Monday after two years of repairs, the city council said.\n\n"It is safe again," said Jane Roe, the head of the council.\n',
  )
})
afterAll(() => rmSync(dir, { recursive: true, force: true }))

async function cli(argv: string[], env: Record<string, string> = {}) {
  const err: string[] = []
  const error = vi.spyOn(console, 'error').mockImplementation((...a) => void err.push(a.join(' ')))
  const saved = { ...process.env }
  Object.assign(process.env, env)
  try {
    return { code: await main(argv), err: err.join('\n') }
  } finally {
    process.env = saved
    error.mockRestore()
  }
}

function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const s = createServer()
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address() as { port: number }
      s.close(() => resolve(port))
    })
  })
}

describe('serve and start arguments', () => {
  test('bad arguments and environment are usage errors (exit 2), named', async () => {
    expect((await cli(['serve', '--port', 'eighty'])).code).toBe(2)
    expect((await cli(['serve', '--port', '70000'])).code).toBe(2)
    expect((await cli(['serve', '--host', 'a b'])).code).toBe(2)
    expect((await cli(['serve', 'extra'])).code).toBe(2)
    const short = await cli(['serve', '--db', join(dir, 'x.db')], { COUNTERCLAIM_TOKEN: 'short' })
    expect(short.code).toBe(2)
    expect(short.err).toMatch(/COUNTERCLAIM_TOKEN: use at least 16 characters/)
    const port = await cli(['serve', '--db', join(dir, 'x.db')], { COUNTERCLAIM_PORT: 'x' })
    expect(port.err).toMatch(/COUNTERCLAIM_PORT/)
    const start = await cli(['start'])
    expect(start.code).toBe(2)
    expect(start.err).toMatch(/give at least one file/)
  })

  test('start ingests with the summary, then serves the API and the dashboard until stopped', async () => {
    const port = await freePort()
    const child = spawn(
      process.execPath,
      [
        '--import',
        'tsx',
        'src/cli/index.ts',
        'start',
        join(dir, 'page.txt'),
        '--db',
        join(dir, 'start.db'),
        '--port',
        String(port),
      ],
      { stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, COUNTERCLAIM_TOKEN: '' } },
    )
    let out = ''
    child.stdout.on('data', (b) => {
      out += b
    })
    child.stderr.on('data', (b) => {
      out += b
    })
    try {
      let health: { counts: { articles: number }; writes: string } | undefined
      for (let i = 0; i < 300 && !health && child.exitCode === null; i++) {
        health = await fetch(`http://127.0.0.1:${port}/api/v1/health`)
          .then((r) => r.json() as Promise<typeof health>)
          .catch(() => undefined)
        if (!health) await new Promise((r) => setTimeout(r, 100))
      }
      expect(health, out).toMatchObject({ counts: { articles: 1 }, writes: 'disabled' })
      expect(out).toMatch(/read 1, new 1, duplicate 0, failed 0/)
      expect(out).toMatch(/writes are off: set COUNTERCLAIM_TOKEN/)
      const disputes = await fetch(`http://127.0.0.1:${port}/api/v1/disputes`)
      expect(disputes.status).toBe(200)
    } finally {
      child.kill('SIGTERM')
    }
    const code = await new Promise<number | null>((r) => child.once('exit', (c) => r(c)))
    expect(code).toBe(0)
  })
})
