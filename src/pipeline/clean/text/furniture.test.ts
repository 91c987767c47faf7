import { describe, expect, it } from 'vitest'
import furniture from './data/furniture.json' with { type: 'json' }
import { furnitureRule } from './furniture.js'
import { gluedRelated, INLINE_RELATED, isRelatedHeader } from './lexicon.js'

/** The top-level alternatives of a regex source (outside groups and character classes). */
function branches(source: string): string[] {
  const out: string[] = []
  let depth = 0
  let inClass = false
  let start = 0
  for (let i = 0; i < source.length; i++) {
    const ch = source[i]
    if (ch === '\\') i++
    else if (inClass) inClass = ch !== ']'
    else if (ch === '[') inClass = true
    else if (ch === '(') depth++
    else if (ch === ')') depth--
    else if (ch === '|' && depth === 0) {
      out.push(source.slice(start, i))
      start = i + 1
    }
  }
  out.push(source.slice(start))
  return out
}

describe('cuePatterns', () => {
  // FURNITURE_CUE tries the cues only at word boundaries and the line's start
  it.each(furniture.cuePatterns)('%s opens on a word boundary or the line start', (cue) => {
    for (const b of branches(cue)) expect(b).toMatch(/^(?:\\b|\^)(?![?*{])/)
  })
})

describe('furnitureRule', () => {
  it.each([
    'Share this articleComments',
    'Share this articleClose Button',
    'ADVERTISEMENT',
    'SubscribeSign In',
    'Copy/paste the article video embed link below:Copy to clipboardCopied',
    'We use cookies to improve your experience on our site.',
    'Sign up for our morning newsletter',
    'Sign up to Harbour Daily, our free daily newsletter – every weekday at 7am',
    'CLICK HERE TO GET THE HARBOUR NEWS APP',
    'skip past newsletter promotion',
    `skip past newsletter promotion Sign up to Harbour Daily ${'Our morning email breaks down the stories of the day. '.repeat(6)}after newsletter promotion`,
    'You’re reading an excerpt from the Harbour Brief newsletter. Sign up to get the rest free.',
    'The Morning Briefing is delivered to thousands of inboxes every weekday.',
    'Get the best stories delivered to your inbox',
    'Subscribe to continue reading',
    '© 2023 Harbour Media. All rights reserved.',
    'HomeNewsPoliticsBusinessSport',
    'Home | World | Politics | Business | Sport',
    'Facebook Twitter WhatsApp Email',
    '12 Comments',
    '—',
    'Advert',
    'Tags: harbour, council, port',
    'No comments yet',
    'Tell us what YOU think...',
    'Like this story? Share it with a friend!',
    'Follow Harbour Daily on Instagram, Facebook and Twitter.',
    'Follow Harbour Daily on',
    'This slideshow requires JavaScript.',
    'You have successfully subscribed. Thank you!',
    'Copyright ⓒ Harbour Media',
    'I agree that Harbour Daily can send me the "Morning Tide" newsletter.',
    'Morning Tide Newsletter',
    'As you comment, please be respectful of other commenters.',
    'No spam, we promise. You can unsubscribe at any time.',
    'Share this on WhatsApp',
    'Top Rated Comments',
    'Subscribe No thanks',
    'Tempo de leitura: 2 minutos',
    'Related Tags:',
    'I agree to the processing of my personal data for the purpose of creating an account.',
    'Council rejects port plan after months of protests HARBOUR CITY: The council voted on Tuesday to reject the plan.',
    'Council rejects port plan after months of protests PORTSMOUTH (AP) — The council voted on Tuesday to reject it.',
  ])('flags %s', (line) => {
    expect(furnitureRule(line)).not.toBeNull()
  })
  it.each([
    'The council voted on Tuesday to reject the plan.',
    'Share prices fell by 3% after the announcement, the exchange said.',
    'The company said it would stop using tracking cookies next year, after a court ruling.',
    'Comments made by the minister drew criticism from opposition leaders.',
    'Harbour council rejects port expansion plan',
    'Follow the money on the port deal, the auditor said.',
    'Tell me what you need, she told the council.',
    'The newsletter was sent to 4,000 residents.',
    'HARBOUR CITY: The council voted on Tuesday to reject the plan, the mayor said.',
    'Small dense particles called LDL: These pass through the wall of the vessel easily, the study found.',
    '“We will do this for the BBC: I will not debate them unless they pay,” the candidate said on Monday.',
  ])('keeps %s', (line) => {
    expect(furnitureRule(line)).toBeNull()
  })
})

describe('isRelatedHeader', () => {
  it.each([
    'You might also like',
    'Related',
    'Read more',
    'More from Harbour Daily',
    'Most read',
    'MOST POPULAR',
    'Related stories:',
    'More Great Harbour Daily Stories',
    'Latest Harbour News',
    'Next Up In Science & Health',
  ])('knows %s', (line) => expect(isRelatedHeader(line)).toBe(true))
  it('is not fooled by prose', () => {
    expect(isRelatedHeader('Read more about the plan in our explainer, published last week.')).toBe(
      false,
    )
    expect(isRelatedHeader('More from the ministry was expected on Friday')).toBe(false)
    expect(isRelatedHeader('More stories emerged on Friday')).toBe(false)
  })
})

describe('INLINE_RELATED', () => {
  it.each([
    [
      'Read more: Harbour council names new port director',
      'Harbour council names new port director',
    ],
    [
      '[Related: Harbour council names new port director]',
      'Harbour council names new port director',
    ],
    [
      'Related post: Harbour council names new port director',
      'Harbour council names new port director',
    ],
    [
      'SEE MORE: Harbour council names new port director',
      'Harbour council names new port director',
    ],
  ])('reads %s', (line, headline) => {
    expect(INLINE_RELATED.exec(line)?.[1]).toBe(headline)
  })
})

describe('gluedRelated', () => {
  it('reads a teaser run into a long related-stories header with no mark between', () => {
    expect(
      gluedRelated(
        'Other Topics of Interest Harbour PM: Dock Strike Won’t Close the Port Vell said the cranes would keep working.',
      ),
    ).toBe('Harbour PM: Dock Strike Won’t Close the Port Vell said the cranes would keep working.')
  })
  it('leaves prose that opens with the same words, and short headers, alone', () => {
    expect(gluedRelated('Other topics of interest to the council were left for May.')).toBeNull()
    expect(gluedRelated('Related Harbour News')).toBeNull()
  })
})
