import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { countArticles, findArticle } from '../store/articles.js'
import { openStore, type Store } from '../store/db.js'
import { ledgerSink } from '../store/sink.js'
import { runIngest } from './index.js'
import { loadGazetteer } from './language/geo/index.js'

// a page dump written for this test, furniture and all
const page = `Harbour city reopens after week-long blockade

By\u00a0Example Wire
Share this articleComments

The port of Portmere reopened on Tuesday after a week-long blockade, the harbour authority said.

ADVERTISEMENT

“Ships are moving again and the cranes are working,” said Jane Roe, the head of the authority.

Dock workers said they had not been paid for two weeks.

You might also like

Storm closes coastal road
`

let dir: string
let store: Store
const deps = () => ({ gazetteer: loadGazetteer() })
const sink = () => ledgerSink(store.db)

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'cc-batch-'))
  store = await openStore(join(dir, 'ledger.db'))
})
afterAll(async () => {
  await store.close()
  rmSync(dir, { recursive: true, force: true })
})

describe('a batch with bad inputs', () => {
  test('each bad input is a named failure, the rest is stored, nothing stored is lost', async () => {
    const first = join(dir, 'first.txt')
    writeFileSync(first, page)
    const before = await runIngest([first], { maxBytes: 1e6 }, deps(), sink())
    expect(before).toMatchObject({ read: 1, added: 1, failed: 0 })
    const keptId = before.articleIds[0]!

    const batch = join(dir, 'batch')
    mkdirSync(batch)
    writeFileSync(
      join(batch, 'a-binary.dat'),
      Buffer.from([0x7f, 0x45, 0x4c, 0x46, 2, 1, 1, 0, 0, 0, 0, 0]),
    )
    writeFileSync(join(batch, 'b-empty.txt'), '')
    writeFileSync(
      join(batch, 'c-bad-utf8.txt'),
      Buffer.concat([
        Buffer.from('Caf\u00e9 owners said the street was calm. '),
        Buffer.from([0xe2, 0x28, 0xa1]),
      ]),
    )
    writeFileSync(
      join(batch, 'd-no-body.html'),
      '<!doctype html><html><head><title>Nothing here</title></head><body><nav><a href="/">Home</a></nav></body></html>',
    )
    writeFileSync(
      join(batch, 'e-feed.jsonl'),
      `{"text": "broken\n${JSON.stringify({ headline: 'Bridge reopens', text: 'The bridge over the river reopened on Monday, the council said. Traffic was light in the morning, officials said.' })}\n`,
    )
    writeFileSync(join(batch, 'f-same-again.txt'), page)
    const big = join(batch, 'g-big.txt')
    writeFileSync(big, 'The council said the road would reopen. '.repeat(40000))

    const s = await runIngest([batch], { maxBytes: 1e6 }, deps(), sink())
    expect(s.read).toBe(8)
    expect(s.added).toBe(1)
    expect(s.duplicates).toBe(1)
    expect(s.failed).toBe(6)
    const reason = (name: string) => s.failures.find((f) => f.source.endsWith(name))?.reason
    expect(reason('a-binary.dat')).toMatch(/not text: looks like ELF executable/)
    expect(reason('b-empty.txt')).toMatch(/empty file/)
    expect(reason('c-bad-utf8.txt')).toMatch(/invalid UTF-8 at byte/)
    expect(reason('d-no-body.html')).toMatch(/no article text found/)
    expect(reason('e-feed.jsonl#L1')).toMatch(/invalid JSON/)
    expect(reason('g-big.txt')).toMatch(/too large/)

    expect(await countArticles(store.db)).toBe(2)
    const kept = await findArticle(store.db, keptId)
    expect(kept?.headline).toBe('Harbour city reopens after week-long blockade')
    expect(kept?.outlet).toBe('Example Wire')
    expect(kept?.paragraphs.join(' ')).not.toMatch(
      /ADVERTISEMENT|Share this article|You might also like/,
    )
    expect(kept?.relatedHeadlines).toEqual(['Storm closes coastal road'])
  })
})
