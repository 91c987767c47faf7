import { describe, expect, it } from 'vitest'
import { parseJsonLenient, readJsonLd, scrapeJsonLd } from './json-ld.js'

describe('parseJsonLenient', () => {
  it('parses clean JSON unchanged', () => {
    expect(parseJsonLenient('{"a": [1, 2]}')).toEqual({ a: [1, 2] })
  })
  it('repairs trailing commas, raw newlines, comments wrappers and a final semicolon', () => {
    expect(parseJsonLenient('<!-- {"a": "x\ny", "b": [1, 2,],}; -->')).toEqual({
      a: 'x y',
      b: [1, 2],
    })
  })
  it('reads several objects written one after another', () => {
    expect(parseJsonLenient('{"a":1}\n{"b":2}')).toEqual([{ a: 1 }, { b: 2 }])
  })
  it('returns null for text that is not JSON', () => {
    expect(parseJsonLenient('window.x = function () {}')).toBeNull()
    expect(parseJsonLenient('')).toBeNull()
  })
})

describe('readJsonLd', () => {
  it('finds the article in an array of objects and resolves @id references', () => {
    const scripts = [
      JSON.stringify([
        { '@type': 'Organization', '@id': '#org', name: 'Valley Gazette' },
        {
          '@type': 'NewsArticle',
          headline: 'Council approves new bridge',
          datePublished: '2022-05-01T10:00:00Z',
          author: { '@type': 'Person', name: 'Rosa Lind' },
          publisher: { '@id': '#org' },
          mainEntityOfPage: { '@type': 'WebPage', '@id': 'https://gazette.example/bridge' },
        },
      ]),
    ]
    expect(readJsonLd(scripts)).toEqual({
      type: 'NewsArticle',
      headline: 'Council approves new bridge',
      datePublished: '2022-05-01T10:00:00Z',
      authors: ['Rosa Lind'],
      publisher: 'Valley Gazette',
      language: null,
      url: 'https://gazette.example/bridge',
    })
  })
  it('accepts any *Article type and an @type array, and skips non-article objects', () => {
    const scripts = [
      '{"@type":"BreadcrumbList","name":"x"}',
      '{"@type":["AnalysisNewsArticle","CreativeWork"],"headline":"Why the bridge costs more","author":["Ada Moss","https://x.example/ada"]}',
    ]
    const a = readJsonLd(scripts)
    expect(a?.type).toBe('AnalysisNewsArticle')
    expect(a?.headline).toBe('Why the bridge costs more')
    expect(a?.authors).toEqual(['Ada Moss'])
  })
  it('returns null when no article object is present', () => {
    expect(readJsonLd(['{"@type":"WebSite","name":"Gazette"}'])).toBeNull()
  })
})

describe('scrapeJsonLd', () => {
  it('pulls string fields out of a script no repair can parse', () => {
    const raw =
      '{"@type": "NewsArticle", "headline": "Bridge vote \\"delayed\\"", "datePublished": "2022-05-02", "author": {"@type": "Person", "name": "Rosa Lind"} ,,, oops'
    const a = scrapeJsonLd([raw])
    expect(a?.headline).toBe('Bridge vote "delayed"')
    expect(a?.datePublished).toBe('2022-05-02')
    expect(a?.authors).toEqual(['Rosa Lind'])
  })
})
