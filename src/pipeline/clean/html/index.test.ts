import { describe, expect, it } from 'vitest'
import { cleanHtml } from './index.js'

// Every sentence below is invented for these tests.
const BODY = [
  'The harbour authority of Northmere said on Tuesday that the old grain pier would close for repairs after inspectors found cracks in three of its supporting columns.',
  'Officials told a press conference that the closure would last at least six weeks, and that ferries would use the eastern terminal in the meantime.',
  '"We are not taking any chances with public safety," said Ilse Varga, the authority\'s chief engineer, adding that divers had examined every column last month.',
  'Local traders disputed the timing. The chamber of commerce said the works should wait until the end of the fishing season, when fewer boats use the pier.',
  'The authority denied that the repairs had been delayed, saying the first report on the cracks reached its board only in early March.',
]

const para = (t: string) => `<p>${t}</p>`

function newsPage(
  opts: { jsonLd?: string; head?: string; before?: string; after?: string } = {},
): string {
  return `<!doctype html>
<html lang="en-GB">
<head>
  <meta charset="utf-8">
  <title>Old grain pier to close for repairs | Northmere Courier</title>
  <meta property="og:title" content="Old grain pier to close for repairs - Northmere Courier">
  <meta property="og:site_name" content="Northmere Courier">
  <meta property="og:url" content="https://courier.example/news/pier-closure">
  <meta property="article:published_time" content="2023-03-14T09:30:00+01:00">
  <meta name="author" content="Tomas Rell">
  ${opts.head ?? ''}
  ${opts.jsonLd ? `<script type="application/ld+json">${opts.jsonLd}</script>` : ''}
</head>
<body>
  <nav class="site-nav"><ul><li><a href="/">Home</a></li><li><a href="/news">News</a></li><li><a href="/sport">Sport</a></li></ul></nav>
  <main>
    <article>
      <h1>Old grain pier to close for repairs</h1>
      <div class="byline">By <a rel="author" href="/staff/rell">Tomas Rell</a></div>
      <time datetime="2023-03-14T09:30:00+01:00">14 March 2023</time>
      <div class="share-bar"><a href="#">Share</a> <a href="#">Tweet</a> <a href="#">Email</a></div>
      ${opts.before ?? ''}
      <figure>
        <img src="pier.jpg" alt="">
        <figcaption>The grain pier seen from the eastern breakwater.<span class="credit">Photo: Ana Borg/Courier</span></figcaption>
      </figure>
      <div class="article-body">
        ${para(BODY[0]!)}
        ${para(BODY[1]!)}
        <p>Advertisement</p>
        ${para(BODY[2]!)}
        <p><strong>Read more:</strong> <a href="/news/ferry-fares">Ferry fares to rise in spring</a></p>
        ${para(BODY[3]!)}
        ${para(BODY[4]!)}
        ${opts.after ?? ''}
      </div>
      <div class="newsletter-signup"><p>Sign up for our free morning newsletter and get the headlines in your inbox.</p></div>
      <div class="author-bio"><p>Tomas Rell covers the port and transport for the Courier. He joined the paper in 2015.</p></div>
      <section class="related-stories">
        <h2>Related stories</h2>
        <ul>
          <li><a href="/a">Ferry operator orders two new vessels for the eastern route</a></li>
          <li><a href="/b">Harbour dredging plan approved after long public consultation</a></li>
          <li><a href="/c">Fish market moves to a temporary site near the station</a></li>
        </ul>
      </section>
    </article>
  </main>
  <footer><p>© 2023 Northmere Courier. All rights reserved.</p></footer>
</body>
</html>`
}

describe('cleanHtml', () => {
  it('keeps the body and moves headline, byline, date, captions and related titles to their fields', () => {
    const a = cleanHtml(newsPage(), {})
    expect(a.paragraphs).toEqual(BODY)
    expect(a.headline).toBe('Old grain pier to close for repairs')
    expect(a.outlet).toBe('Northmere Courier')
    expect(a.byline).toBe('Tomas Rell')
    expect(a.publishedAt).toBe('2023-03-14T09:30:00+01:00')
    expect(a.url).toBe('https://courier.example/news/pier-closure')
    expect(a.language).toBe('en')
    expect(a.captions).toContainEqual({
      text: 'The grain pier seen from the eastern breakwater.',
      credit: 'Ana Borg/Courier',
    })
    expect(a.relatedHeadlines).toEqual(
      expect.arrayContaining([
        'Ferry operator orders two new vessels for the eastern route',
        'Harbour dredging plan approved after long public consultation',
        'Ferry fares to rise in spring',
      ]),
    )
    expect(a.why.headline?.rule).toBe('meta:og:title')
    expect(a.why.body?.confidence).toBeGreaterThan(0.5)
    for (const k of ['headline', 'outlet', 'byline', 'publishedAt'] as const) {
      expect(a.why[k]?.rule).toBeTruthy()
      expect(a.why[k]?.confidence).toBeGreaterThan(0)
    }
  })

  it('prefers JSON-LD, reading @graph, author arrays and the publisher', () => {
    const ld = JSON.stringify({
      '@context': 'https://schema.org',
      '@graph': [
        { '@type': 'WebSite', '@id': '#site', name: 'Courier Online' },
        { '@type': 'Person', '@id': '#p1', name: 'Mira Okafor' },
        {
          '@type': 'NewsArticle',
          headline: 'Grain pier shut after cracks found',
          datePublished: '2023-03-14T08:00:00Z',
          author: [{ '@id': '#p1' }, { '@type': 'Person', name: 'Tomas Rell' }],
          publisher: { '@type': 'Organization', name: 'The Northmere Courier' },
          inLanguage: 'en',
        },
      ],
    })
    const a = cleanHtml(newsPage({ jsonLd: ld }), {})
    expect(a.headline).toBe('Grain pier shut after cracks found')
    expect(a.why.headline).toEqual({ rule: 'json-ld:headline', confidence: 0.95 })
    expect(a.byline).toBe('Mira Okafor, Tomas Rell')
    expect(a.outlet).toBe('The Northmere Courier')
    expect(a.publishedAt).toBe('2023-03-14T08:00:00Z')
    expect(a.paragraphs).toEqual(BODY)
  })

  it('reads broken JSON-LD: trailing commas, raw newlines in strings, entities', () => {
    const broken = `{
      "@context": "https://schema.org",
      "@type": ["ReportageNewsArticle"],
      "headline": "Pier repairs: what we know &amp; what we don&#8217;t",
      "description": "A line
that breaks",
      "datePublished": "2023-03-15",
      "author": {"@type": "Person", "name": "Ana Borg",},
    }`
    const a = cleanHtml(newsPage({ jsonLd: broken }), {})
    expect(a.headline).toBe('Pier repairs: what we know & what we don’t')
    expect(a.byline).toBe('Ana Borg')
    expect(a.publishedAt).toBe('2023-03-15')
  })

  it('falls back to meta tags when the JSON-LD cannot be read at all', () => {
    const a = cleanHtml(newsPage({ jsonLd: '{ this is not json at all' }), {})
    expect(a.headline).toBe('Old grain pier to close for repairs')
    expect(a.publishedAt).toBe('2023-03-14T09:30:00+01:00')
  })

  it('lets the caller metadata win', () => {
    const a = cleanHtml(newsPage(), {
      url: 'https://mirror.example/x',
      headline: 'Given headline',
      outlet: 'Given Outlet',
      publishedAt: '2023-03-16T10:00:00Z',
    })
    expect(a.url).toBe('https://mirror.example/x')
    expect(a.headline).toBe('Given headline')
    expect(a.outlet).toBe('Given Outlet')
    expect(a.publishedAt).toBe('2023-03-16T10:00:00Z')
    expect(a.why.headline?.rule).toBe('source-meta')
  })

  it('drops credits, datelines and prompts that sit among body paragraphs', () => {
    const a = cleanHtml(
      newsPage({
        after: [
          '<p>Updated 14 March 2023, 11:02 GMT</p>',
          '<p>(Reporting by Lena Park; Editing by Paul Ives)</p>',
          '<p>Follow us on Twitter for the latest harbour news.</p>',
          '<p>Photo: Northmere Port Authority</p>',
        ].join(''),
      }),
      {},
    )
    expect(a.paragraphs).toEqual(BODY)
  })

  it('survives wrong nesting and unclosed tags', () => {
    const html = `<html><head><title>Harbour pier shut after inspection - Courier</title></head><body><div><p>${BODY[0]}<div><b>${BODY[1]}</p></i></div><p>${BODY[2]}<p>${BODY[3]}</td></tr><li>${BODY[4]}`
    const a = cleanHtml(html, {})
    const text = a.paragraphs.join(' ')
    for (const s of BODY) expect(text).toContain(s.slice(0, 60))
    expect(a.headline).toBe('Harbour pier shut after inspection')
  })

  it('returns empty paragraphs for a page with no body text', () => {
    const html =
      '<html lang="de"><head><title>Login</title><meta property="og:site_name" content="Portal"></head><body><nav><a href="/">Start</a></nav><form><input name="q"><button>Search</button></form></body></html>'
    const a = cleanHtml(html, {})
    expect(a.paragraphs).toEqual([])
    expect(a.language).toBe('de')
    expect(a.outlet).toBe('Portal')
    expect(a.why.body).toBeUndefined()
  })

  it('never throws, whatever it is given', () => {
    const inputs = [
      '',
      '   ',
      'plain text, no tags',
      '<',
      '<<<>>>',
      '<html><body></body>',
      '\u0000\uffff',
      '<script>',
      `<p>${'x'.repeat(100000)}`,
    ]
    for (const s of inputs) {
      const a = cleanHtml(s, {})
      expect(Array.isArray(a.paragraphs)).toBe(true)
      expect(a.language).toBeTypeOf('string')
    }
    expect(() => cleanHtml(undefined as unknown as string, {})).not.toThrow()
  })

  it('takes the language from meta when <html lang> is missing, else English', () => {
    const withMeta =
      '<html><head><meta http-equiv="content-language" content="pt-BR"></head><body><p>Olá</p></body></html>'
    expect(cleanHtml(withMeta, {}).language).toBe('pt')
    expect(cleanHtml('<html><body><p>Hi</p></body></html>', {}).language).toBe('en')
  })
})
