import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { sharedPath } from '../../../../bench/lib/shared-data.js'
import { cleanText } from './index.js'

const fixture = (name: string) =>
  readFileSync(new URL(`./fixtures/${name}`, import.meta.url), 'utf8')

const FURNITURE =
  /ADVERTISEMENT|Advertisement|Share this|Copy to clipboard|cookies|newsletter|Sign In|Subscribe|Most Read|Read more|You might also like|Related|Copyright|Photo:|Credit:|Getty Images|\(AP Photo/

function noFurniture(paragraphs: string[]): void {
  for (const p of paragraphs) expect(p).not.toMatch(FURNITURE)
}

describe('cleanText on a wire story with a repeated FILE caption', () => {
  const a = cleanText(fixture('wire-story.txt'), {})
  it('finds headline, person byline and outlet, and the published (not updated) date', () => {
    expect(a.headline).toBe('Harbour council rejects port expansion plan after months of protests')
    expect(a.byline).toBe('Jane Doe')
    expect(a.outlet).toBe('Reuters')
    expect(a.publishedAt).toBe('2023-03-14T10:15')
    expect(a.why.publishedAt?.rule).toBe('date:published-cue')
  })
  it('keeps the FILE caption once, with its credit', () => {
    expect(a.captions).toEqual([
      {
        text: 'FILE - Cranes stand idle at the container terminal of the harbour city, on Sept. 3, 2021.',
        credit: 'AP Photo',
      },
    ])
  })
  it('returns the seven body paragraphs and nothing else', () => {
    expect(a.paragraphs).toHaveLength(7)
    expect(a.paragraphs[0]).toMatch(/^The harbour council voted/)
    expect(a.paragraphs[6]).toBe(
      'The regional government, which had backed the plan, did not immediately comment.',
    )
    noFurniture(a.paragraphs)
  })
  it('moves the trailing list into relatedHeadlines', () => {
    expect(a.relatedHeadlines).toEqual([
      'Port workers strike over pay for a third day',
      'Fishermen say new quotas will end family businesses',
      'Regional election: what the polls say about the coastal seats',
    ])
  })
  it('says why for every field it filled', () => {
    for (const k of ['headline', 'outlet', 'byline', 'publishedAt', 'body'] as const) {
      expect(a.why[k]?.rule).toBeTruthy()
      expect(a.why[k]?.confidence).toBeGreaterThan(0)
    }
  })
})

describe('cleanText on a local paper dump with menus, prompts and a footer', () => {
  const a = cleanText(fixture('local-paper.txt'), {
    url: 'https://example.org/local/school-board-later-start-times',
  })
  it('reads headline, a two-person byline and a GMT update time', () => {
    expect(a.headline).toBe('School board approves later start times for high schools')
    expect(a.byline).toBe('Maria Lopez and Tom Becker')
    expect(a.outlet).toBeNull()
    expect(a.publishedAt).toBe('2023-03-05T10:02Z')
    expect(a.url).toBe('https://example.org/local/school-board-later-start-times')
  })
  it('splits an (AP Photo/Name) credit from its caption', () => {
    expect(a.captions).toEqual([
      {
        text: 'Students walk to class at Lincoln High School on Monday.',
        credit: 'AP Photo/Sam Reed',
      },
    ])
  })
  it('keeps the body across an advertisement slot and drops cookie and newsletter prompts', () => {
    expect(a.paragraphs).toHaveLength(7)
    expect(a.paragraphs.at(-1)).toMatch(/^Parents will be able to comment/)
    noFurniture(a.paragraphs)
    expect(a.relatedHeadlines).toEqual([
      'Three injured in highway crash near the county line',
      'Bakery on Main Street closes after 40 years',
      'City approves budget for new library branch',
    ])
  })
})

describe('cleanText on an agency story with a dateline', () => {
  const a = cleanText(fixture('agency-dateline.txt'), {})
  it('takes the date and the agency from the dateline, and keeps the dateline in the body', () => {
    expect(a.publishedAt).toBe('2022-11-20')
    expect(a.outlet).toBe('AP')
    expect(a.paragraphs[0]).toMatch(/^KINGSTOWN, Nov\. 20, 2022 \(AP\) — Flood barriers/)
  })
  it('reads "Photo:", "Credit:" and "Name/Getty Images" credits', () => {
    expect(a.captions).toEqual([
      { text: 'Residents fill sandbags outside the town hall on Saturday.', credit: 'Reuters' },
      { text: 'A volunteer carries supplies through a flooded street.', credit: 'Jane Smith' },
      { text: 'Water covers a road near the river on Sunday.', credit: 'Joe Bloggs/Getty Images' },
    ])
    expect(a.paragraphs).toHaveLength(5)
    noFurniture(a.paragraphs)
    expect(a.relatedHeadlines).toHaveLength(2)
  })
})

describe('cleanText on a blog post', () => {
  const a = cleanText(fixture('blog-post.txt'), {})
  it('takes a one-word "By" brand as the outlet, not a person', () => {
    expect(a.outlet).toBe('Quietledger')
    expect(a.byline).toBeNull()
    expect(a.why.outlet?.rule).toBe('byline:brand-word')
  })
  it('takes the ISO date line and ignores the date inside the FILE caption', () => {
    expect(a.publishedAt).toBe('2023-06-01T08:30:00Z')
    expect(a.captions[0]).toEqual({
      text: 'FILE - A trawler unloads its catch at the northern dock, on Nov. 20, 2022.',
      credit: 'AFP',
    })
    expect(a.paragraphs).toHaveLength(5)
    noFurniture(a.paragraphs)
  })
})

describe('cleanText metadata from the caller', () => {
  const text = fixture('blog-post.txt').replace('2023-06-01T08:30:00Z\n', '')
  it('leaves an unstated date null, FILE caption dates notwithstanding', () => {
    expect(cleanText(text, {}).publishedAt).toBeNull()
  })
  it('lets given headline, date and outlet win', () => {
    const a = cleanText(text, {
      headline: 'A given headline',
      publishedAt: '2023-07-02',
      outlet: 'Given Outlet',
    })
    expect(a.headline).toBe('A given headline')
    expect(a.publishedAt).toBe('2023-07-02')
    expect(a.outlet).toBe('Given Outlet')
    expect(a.why.headline).toEqual({ rule: 'meta', confidence: 1 })
  })
  it('handles an empty page', () => {
    const a = cleanText('', {})
    expect(a.paragraphs).toEqual([])
    expect(a.headline).toBeNull()
    expect(a.language).toBe('und')
  })
})

// Expected values are read from the seed itself, so no article text is copied here.
const seed = sharedPath('seeds', '000_45e12265194c461f.txt')
if (!seed) console.log('skipped: seed page not in ../shared/seeds')

describe.skipIf(!seed)('cleanText on the seed page', () => {
  const raw = readFileSync(seed ?? '/dev/null', 'utf8')
  const lines = raw
    .split('\n')
    .map((l) => l.replace(/\s+/g, ' ').trim())
    .filter(Boolean)
  const a = cleanText(raw, {})
  const fileCaption = lines.find((l) => l.startsWith('FILE - '))!
  const bylineLine = raw.split('\n').find((l) => /^By\u00a0/.test(l))!
  it('recovers the first line as headline and the no-break-space byline as outlet', () => {
    expect(a.headline).toBe(lines[0])
    expect(a.outlet).toBe(bylineLine.slice(3).trim())
    expect(a.byline).toBeNull()
  })
  it('keeps the FILE caption once with its AP Photo credit, and states no date', () => {
    expect(a.captions).toEqual([{ text: fileCaption, credit: 'AP Photo' }])
    expect(a.publishedAt).toBeNull()
  })
  it('keeps furniture, captions and the related list out of the body', () => {
    // the body is everything between the embed control and the closing share widget, less the ad slot
    const start = lines.findIndex((l) => l.includes('Copy to clipboard')) + 1
    const end = lines.lastIndexOf('Share this articleComments')
    expect(a.paragraphs).toEqual(lines.slice(start, end).filter((l) => l !== 'ADVERTISEMENT'))
    for (const p of a.paragraphs) {
      expect(p).not.toMatch(
        /ADVERTISEMENT|Share this article|Copy to clipboard|You might also like|^FILE - /,
      )
    }
    expect(a.relatedHeadlines).toEqual(lines.slice(-3))
  })
})

describe('cleanText on short, already clean text', () => {
  it('keeps the prose lines when the model finds no body', () => {
    const a = cleanText(
      'Ferry services resume after storm\nBy Jane Doe\nFerry services between the islands resumed on Monday after a storm kept boats in port for three days.\n',
      {},
    )
    expect(a.headline).toBe('Ferry services resume after storm')
    expect(a.byline).toBe('Jane Doe')
    expect(a.paragraphs).toEqual([
      'Ferry services between the islands resumed on Monday after a storm kept boats in port for three days.',
    ])
    expect(a.why.body?.rule).toMatch(/^(model|body:prose-fallback)/)
  })

  it('keeps a feed item of one short sentence, but not a server error', () => {
    expect(cleanText('Drones were seen over the harbour on Sunday night.', {}).paragraphs).toEqual([
      'Drones were seen over the harbour on Sunday night.',
    ])
    expect(cleanText('The page you requested could not be found.', {}).paragraphs).toEqual([])
  })
})

describe('a document flattened onto one line', () => {
  it('is all body, even where it mentions maps or newsletters', () => {
    const sentence =
      'The brigade said its units had repelled three attacks near the river crossing, and this map is updated daily with the latest positions.'
    const text = Array.from({ length: 30 }, () => sentence).join(', ')
    const a = cleanText(text)
    expect(a.paragraphs).toEqual([text])
  })
})

describe('a teaser for another story in capitals inside the body', () => {
  const body = [
    'The harbour council voted on Tuesday to reject the plan to expand the container port, after months of protests by residents.',
    'Council members said the plan would have doubled lorry traffic through the old town and harmed the estuary.',
    'HARBOUR CITY MAYOR SAYS NEW FERRY LINE WILL OPEN BEFORE THE SUMMER SEASON',
    'The port operator said it would study the decision and consider an appeal in the coming weeks.',
    'Residents who had campaigned against the plan gathered outside the town hall to celebrate the vote.',
  ]
  const a = cleanText(
    ['Harbour council rejects port plan', '', ...body.flatMap((p) => [p, ''])].join('\n'),
    {},
  )
  it('drops the teaser and keeps the prose around it', () => {
    expect(a.paragraphs.some((p) => p.startsWith('HARBOUR CITY MAYOR'))).toBe(false)
    expect(a.paragraphs).toContain(body[3])
  })
})
