import { describe, expect, test } from 'vitest'
import { textDocument } from '../../bench/lib/seed.js'
import { sharedPath } from '../../bench/lib/shared-data.js'
import { processDocument } from './index.js'
import { loadGazetteer } from './language/geo/index.js'

const seed = sharedPath('seeds', '000_45e12265194c461f.txt')
if (!seed) console.log('skipped: the seed page ../shared/seeds/000_45e12265194c461f.txt is missing')

// the seed is a real page from ../shared, read at run time; its text is not in the repository
describe.skipIf(!seed)('the seed page', () => {
  const run = () => {
    const r = processDocument(textDocument(seed!), { gazetteer: loadGazetteer() })
    if (!r.ok) throw new Error(r.reason)
    return r.processed
  }

  test('clean article: headline, outlet, caption with credit, no date, no furniture', () => {
    const { article } = run()
    expect(article.headline).toBe(
      "Ukraine counters Russia's claim it has captured embattled city of Bakhmut",
    )
    expect(article.outlet).toBe('Euronews')
    expect(article.publishedAt).toBeNull()
    expect(article.captions).toHaveLength(1)
    expect(article.captions[0]!.text.startsWith('FILE - ')).toBe(true)
    expect(article.captions[0]!.credit).toBe('AP Photo')
    const body = article.paragraphs.join('\n')
    for (const furniture of [
      'ADVERTISEMENT',
      'Share this article',
      'Copy to clipboard',
      'Copy/paste',
      'You might also like',
      'FILE - ',
      'Copyright',
      'By\u00a0Euronews',
    ]) {
      expect(body).not.toContain(furniture)
    }
    expect(article.relatedHeadlines).toHaveLength(3)
    for (const h of article.relatedHeadlines) expect(body).not.toContain(h)
    expect(article.paragraphs.length).toBeGreaterThanOrEqual(10)
    expect(article.text.startsWith(`${article.headline}\n\n${article.paragraphs[0]}`)).toBe(true)
  })

  test('entities: people and organisations with their sides, places geocoded', () => {
    const { article, analysis } = run()
    const by = (type: string, name: string) =>
      analysis.entities.find((e) => e.type === type && e.name === name)
    const person = by('person', 'Yevgeny Prigozhin')
    expect(person?.affiliation).toBe('RU')
    // the description earlier in the article and the apposition are the same person
    const descriptions = person!.mentions.filter((m) => m.kind === 'description').map((m) => m.text)
    expect(descriptions.some((d) => d.startsWith('the head of'))).toBe(true)
    expect(descriptions).toContain('the founder of the group')
    const staff = by('organization', 'General Staff of the Armed Forces of Ukraine')
    expect(staff?.affiliation).toBe('UA')
    const group = analysis.entities.find(
      (e) => e.type === 'organization' && e.name === 'Wagner Group',
    )
    expect(group?.affiliation).toBe('RU')
    expect(group!.mentions.map((m) => m.text)).toContain('the group')
    expect(
      analysis.entities.find((e) => e.type === 'group' && e.name === 'Ukrainian border guards')
        ?.affiliation,
    ).toBe('UA')

    const place = analysis.entities.find((e) => e.type === 'place' && e.name === 'Bakhmut')
    expect(place?.geo).not.toBeNull()
    expect(km(place!.geo!.lat, place!.geo!.lon, 48.594, 37.999)).toBeLessThan(5)
    const region = analysis.entities.find(
      (e) => e.type === 'place' && /^Donetsk (region|oblast)/i.test(e.name),
    )
    expect(region?.geo?.kind).toBe('region')
    expect(region?.geo?.country).toBe('UA')

    // every mention's offsets point at its text
    for (const e of analysis.entities)
      for (const m of e.mentions) expect(article.text.slice(m.start, m.end)).toBe(m.text)
  })

  test('time expressions stay relative: the page states no date', () => {
    const { analysis } = run()
    const t = analysis.times.find((x) => x.text === 'late on Sunday')
    expect(t?.value).toBeNull()
    expect(t?.relative).toBe('late sunday')
  })
})

function km(lat1: number, lon1: number, lat2: number, lon2: number): number {
  const r = (d: number) => (d * Math.PI) / 180
  const a =
    Math.sin(r(lat2 - lat1) / 2) ** 2 +
    Math.cos(r(lat1)) * Math.cos(r(lat2)) * Math.sin(r(lon2 - lon1) / 2) ** 2
  return 2 * 6371 * Math.asin(Math.sqrt(a))
}
