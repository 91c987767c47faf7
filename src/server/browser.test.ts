import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs'
import type { AddressInfo } from 'node:net'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { type BrowserContext, chromium, type Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { sharedPath } from '../../bench/lib/shared-data.js'
import { pipelineDeps } from '../cli/open.js'
import { runIngest, runIngestItems } from '../pipeline/index.js'
import { ledgerSink } from '../store/sink.js'
import { freshStore } from '../store/test-dialects.js'
import { type Api, buildApp } from './app.js'
import { findWebRoot } from './static-files.js'
import { FIXTURE_PAGES, fixtureItems } from './testing/fixtures.js'

const CHROMIUM = '/usr/bin/chromium'
const TOKEN = 'browser-test-token-0123456789'
const seed = sharedPath('seeds', '000_45e12265194c461f.txt')
const hasChromium = existsSync(CHROMIUM)
if (!seed) console.log('skipped: browser tests need ../shared/seeds/000_45e12265194c461f.txt')
else if (!hasChromium)
  console.log(`skipped: browser tests need Chromium at ${CHROMIUM} (apt-get install chromium)`)

// the seed's text must not enter the repository, so its screenshots stay in a temporary folder
// (COUNTERCLAIM_SHOTS_DIR keeps them); the docs' screenshots are made from our own pages below
const shots = process.env.COUNTERCLAIM_SHOTS_DIR ?? mkdtempSync(join(tmpdir(), 'cc-shots-'))
const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
]

/** The built dashboard, building it into a temporary folder when it has not been built. */
async function webRoot(): Promise<{ dir: string; temporary: boolean }> {
  const built = findWebRoot()
  if (built) return { dir: built, temporary: false }
  const { build } = await import('vite')
  const dir = mkdtempSync(join(tmpdir(), 'cc-web-'))
  await build({ configFile: resolve('src/web/vite.config.ts'), build: { outDir: dir } })
  return { dir, temporary: true }
}

describe.skipIf(!seed || !hasChromium)('the dashboard in Chromium, on the seed page', () => {
  let store: Awaited<ReturnType<typeof freshStore>>
  let app: Api
  let base: string
  let context: BrowserContext
  let page: Page
  let profile: string
  let builtDir: string | null = null
  const offsite: string[] = []
  const dialogs: string[] = []
  const errors: string[] = []

  beforeAll(async () => {
    const web = await webRoot()
    if (web.temporary) builtDir = web.dir
    store = await freshStore('sqlite')
    const deps = pipelineDeps()
    const s = await runIngest([seed!], { maxBytes: 1e7 }, deps, ledgerSink(store.db))
    expect(s.added).toBe(1)
    await runIngestItems(fixtureItems(), {}, deps, ledgerSink(store.db))
    app = await buildApp({ store, webRoot: web.dir, token: TOKEN })
    await app.listen({ host: '127.0.0.1', port: 0 })
    base = `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`
    profile = mkdtempSync(join(tmpdir(), 'cc-chromium-'))
    context = await chromium.launchPersistentContext(profile, {
      executablePath: CHROMIUM,
      headless: true,
      args: CHROMIUM_ARGS,
      viewport: { width: 1280, height: 900 },
    })
    // the dashboard must work with no network: anything not from our server is refused and noted
    await context.route('**/*', (route) => {
      const url = route.request().url()
      if (url.startsWith(base) || url.startsWith('data:')) return route.continue()
      offsite.push(url)
      return route.abort()
    })
    page = context.pages()[0] ?? (await context.newPage())
    page.on('dialog', (d) => {
      dialogs.push(d.message())
      void d.dismiss()
    })
    page.on('pageerror', (e) => errors.push(e.message))
    mkdirSync(shots, { recursive: true })
  })

  afterAll(async () => {
    await context?.close()
    await app?.close()
    await store?.drop()
    if (profile) rmSync(profile, { recursive: true, force: true })
    if (builtDir) rmSync(builtDir, { recursive: true, force: true })
    if (!process.env.COUNTERCLAIM_SHOTS_DIR) rmSync(shots, { recursive: true, force: true })
  })

  test('disputes, then one dispute: sides with speakers and sources, timeline by side', async () => {
    await page.goto(`${base}/`)
    const card = page.locator('.claim-card.disputed').first()
    await expect.poll(() => card.count()).toBe(1)
    expect(await card.locator('.side-row').count()).toBeGreaterThanOrEqual(2)
    expect(await card.locator('.sources').first().textContent()).toMatch(/\d+ independent source/)
    await page.screenshot({ path: join(shots, 'disputes.png') })
    await card.locator('.claim-text a').click()
    await page.waitForURL(/\/claims\/cl_[0-9a-f]{12}$/)
    await page.locator('.lane').first().waitFor()
    expect(await page.locator('.lane').count()).toBeGreaterThanOrEqual(2)
    const item = page.locator('.timeline-item').first()
    expect(await item.locator('.speaker').textContent()).toBeTruthy()
    expect(await item.locator('.cue').textContent()).toBeTruthy()
    expect(await item.locator('.whys').textContent()).toMatch(/found: .*·.*%/)
    expect(await item.locator('.whys').textContent()).toMatch(/grouped: /)
    expect(await page.title()).toMatch(/· Counterclaim$/)
    await page.screenshot({ path: join(shots, 'claim.png'), fullPage: true })
  })

  test('a statement leads to its sentence in the article, with speaker, cue and content marked', async () => {
    const item = page.locator('.timeline-item').first()
    const content = (await item.locator('q.content').textContent())!
    await item.getByRole('link', { name: 'Go to the sentence in the article' }).click()
    await page.waitForURL(/\/articles\/art_[0-9a-f]{12}#s-\d+$/)
    const id = new URL(page.url()).hash.slice(1)
    const sentence = page.locator(`[id="${id}"]`)
    await sentence.waitFor()
    expect(await sentence.getAttribute('class')).toMatch(/target/)
    expect(await sentence.isVisible()).toBe(true)
    const text = (await sentence.textContent())!.replace(/\s+/g, ' ')
    expect(text).toContain(content.replace(/\s+/g, ' ').slice(0, 20))
    for (const kind of ['m-speaker', 'm-cue', 'm-content'])
      expect(await page.locator(`.article-body mark.${kind}`).count(), kind).toBeGreaterThan(0)
    expect(await page.locator('.captions li').count()).toBeGreaterThan(0)
    await page.screenshot({ path: join(shots, 'article.png') })
  })

  test('search finds a speaker; their page lists what they said', async () => {
    await page.goto(`${base}/disputes`)
    const speaker = page.locator('.claim-card.disputed .speakers a').first()
    const name = (await speaker.textContent())!
    await page.getByLabel('Search articles, statements and claims').fill(name)
    await page.getByLabel('Search articles, statements and claims').press('Enter')
    await page.waitForURL(/\/search\?q=/)
    const hit = page.locator('.hit-entities a').filter({ hasText: name }).first()
    await hit.waitFor()
    await page.screenshot({ path: join(shots, 'search.png') })
    await hit.click()
    await page.waitForURL(/\/entities\/ent_[0-9a-f]{12}$/)
    expect(await page.locator('h1').textContent()).toBe(name)
    expect(await page.locator('.statements > li, .claim-card').count()).toBeGreaterThan(0)
  })

  test('the map shows contested places offline, and a place page shows its claims', async () => {
    await page.goto(`${base}/map`)
    await page.locator('svg.world-map path.country[d^="M"]').first().waitFor()
    expect(await page.locator('svg.world-map path.country[d^="M"]').count()).toBeGreaterThan(5)
    expect(await page.locator('svg.world-map .dot.disputed').count()).toBeGreaterThan(0)
    await page.screenshot({ path: join(shots, 'map.png') })
    await page.locator('table.places tbody a').first().click()
    await page.waitForURL(/\/places\/ent_[0-9a-f]{12}$/)
    await page.locator('.place-timeline li').first().waitFor()
    expect(await page.locator('.place-timeline li.disputed').count()).toBeGreaterThan(0)
    await page.screenshot({ path: join(shots, 'place.png'), fullPage: true })
  })

  test('hostile markup in an article stays text: no script runs, no image loads', async () => {
    const hostile = FIXTURE_PAGES.find((p) => p.source === 'fixture://hostile')!
    const res = await fetch(`${base}/api/v1/search?q=council%20letter&kind=articles`)
    const id = ((await res.json()) as { articles: { items: { id: string }[] } }).articles.items[0]
      ?.id
    expect(id).toBeDefined()
    await page.goto(`${base}/articles/${id}`)
    await page.locator('.article-body').waitFor()
    const body = (await page.locator('main').textContent()) ?? ''
    expect(body).toContain("<script>window.__pwned='script'</script>")
    expect(body).toContain('<img src=x onerror=')
    expect(hostile.content).toContain('<script>')
    expect(await page.locator('main script, main img, main [onerror]').count()).toBe(0)
    await page.goto(`${base}/search?q=pwned`)
    await page.locator('main h1').waitFor()
    await page.waitForTimeout(300)
    expect(await page.evaluate(() => (window as { __pwned?: string }).__pwned)).toBeUndefined()
    expect(dialogs).toEqual([])
  })

  test('notes on a claim: hostile text stays text; a note is added from the page with the keyboard', async () => {
    const hostile = '<script>alert(1)</script><img src=x onerror=alert(2)>'
    const disputes = (await (await fetch(`${base}/api/v1/disputes`)).json()) as {
      items: { id: string }[]
    }
    const id = disputes.items[0]!.id
    const res = await fetch(`${base}/api/v1/claims/${id}/annotations`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${TOKEN}` },
      body: JSON.stringify({ text: hostile, author: '<b>Mallory</b>' }),
    })
    expect(res.status).toBe(201)
    await page.goto(`${base}/claims/${id}`)
    await page.locator('.note').first().waitFor()
    expect(await page.locator('.note-text').first().textContent()).toBe(hostile)
    expect(await page.locator('.note-author').first().textContent()).toBe('<b>Mallory</b>')
    expect(await page.locator('main script, main img, main b, main [onerror]').count()).toBe(0)

    // with the token, the form: every field reached and used from the keyboard
    await page.getByLabel('API token').fill(TOKEN)
    await page.getByLabel('API token').press('Enter')
    const note = page.getByLabel('Note', { exact: true })
    await note.waitFor()
    await note.focus()
    await page.keyboard.type('Checked with the town council.')
    await page.keyboard.press('Tab')
    await page.keyboard.press('ArrowDown')
    const about = await page.getByLabel('About').inputValue()
    expect(about).toMatch(/^st_[0-9a-f]{12}$/)
    await page.keyboard.press('Tab')
    await page.keyboard.type('Browser test')
    await page.keyboard.press('Tab')
    await page.keyboard.press('Enter')
    await expect.poll(() => page.locator('.note').count()).toBe(2)
    const added = page.locator('.note').nth(1)
    expect(await added.locator('.note-text').textContent()).toBe('Checked with the town council.')
    expect(await added.locator('.note-author').textContent()).toBe('Browser test')
    expect(await added.locator(`a[href="#st-${about}"]`).count()).toBe(1)
    expect(await note.inputValue()).toBe('')
    await page.screenshot({ path: join(shots, 'claim-notes.png'), fullPage: true })
    await page.getByRole('button', { name: 'Forget token' }).click()
    await page.waitForTimeout(200)
    expect(await page.evaluate(() => (window as { __pwned?: string }).__pwned)).toBeUndefined()
    expect(dialogs).toEqual([])
  })

  test('keyboard: the skip link comes first and leads to the content; no request left the machine', async () => {
    await page.goto(`${base}/disputes`)
    await page.keyboard.press('Tab')
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Skip to content')
    await page.keyboard.press('Tab')
    expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('A')
    const res = await page.goto(`${base}/disputes`)
    expect(res?.headers()['content-security-policy']).toMatch(/script-src 'self'/)
    expect(offsite).toEqual([])
    expect(errors).toEqual([])
  })
})

// COUNTERCLAIM_SCREENSHOTS=1 writes docs/screenshots/*.png from pages written for the tests
describe.skipIf(!process.env.COUNTERCLAIM_SCREENSHOTS || !hasChromium)(
  'screenshots for the docs',
  () => {
    test('disputes, a claim, an article, search, the map and a place', async () => {
      const out = resolve('docs', 'screenshots')
      mkdirSync(out, { recursive: true })
      const web = await webRoot()
      const store = await freshStore('sqlite')
      const profile = mkdtempSync(join(tmpdir(), 'cc-chromium-'))
      await runIngestItems(fixtureItems(), {}, pipelineDeps(), ledgerSink(store.db))
      const app = await buildApp({ store, webRoot: web.dir })
      await app.listen({ host: '127.0.0.1', port: 0 })
      const base = `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`
      const context = await chromium.launchPersistentContext(profile, {
        executablePath: CHROMIUM,
        headless: true,
        args: CHROMIUM_ARGS,
        viewport: { width: 1200, height: 820 },
      })
      try {
        const page = context.pages()[0] ?? (await context.newPage())
        const shot = async (path: string, name: string, ready: string, fullPage = false) => {
          await page.goto(`${base}${path}`)
          await page.locator(ready).first().waitFor()
          await page.screenshot({ path: join(out, name), fullPage })
        }
        await shot('/disputes', 'disputes.png', '.claim-card')
        const claim = await page
          .locator('.claim-card.disputed .claim-text a')
          .first()
          .getAttribute('href')
        await shot(claim!, 'claim.png', '.lane', true)
        const sentence = await page.locator('.timeline-item .source a').first().getAttribute('href')
        await shot(sentence!, 'article.png', '.article-body')
        await shot('/search?q=captured', 'search.png', '.hit')
        await shot('/map', 'map.png', 'svg.world-map .dot')
        const place = await page.locator('table.places tbody a').first().getAttribute('href')
        await shot(place!, 'place.png', '.place-timeline li', true)
      } finally {
        await context.close()
        await app.close()
        await store.drop()
        rmSync(profile, { recursive: true, force: true })
        if (web.temporary) rmSync(web.dir, { recursive: true, force: true })
      }
    })
  },
)
