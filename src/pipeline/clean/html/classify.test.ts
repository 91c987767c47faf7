import { describe, expect, it } from 'vitest'
import type { Block } from './blocks.js'
import { classifyBlocks } from './classify.js'

const block = (text: string, over: Partial<Block> = {}): Block => ({
  text,
  tag: 'P',
  hints: '',
  kind: null,
  inFigure: false,
  inList: false,
  inHeading: false,
  inBlockquote: false,
  inTable: false,
  inAside: false,
  linkDensity: 0,
  allBold: false,
  listId: -1,
  ...over,
})

const PROSE =
  'The council voted on Monday to approve the new bridge over the river after a long debate.'
const PROSE2 =
  'Opponents said the cost had doubled since the first plan and asked for an independent review.'

describe('classifyBlocks', () => {
  it('labels furniture lines by text and keeps prose', () => {
    const out = classifyBlocks(
      [
        block('Bridge approved', { tag: 'H1', inHeading: true }),
        block('By Rosa Lind'),
        block('May 1, 2022 10:00 AM'),
        block(PROSE),
        block('ADVERTISEMENT'),
        block('Read more: Bridge costs explained'),
        block(PROSE2),
        block('Sign up for our free weekly newsletter'),
        block('The old bridge in 1950. (Photo: City Archive)'),
      ],
      { headline: 'Bridge approved', byline: 'Rosa Lind' },
    )
    expect(out.map((l) => l.label)).toEqual([
      'headline',
      'byline',
      'date',
      'body',
      'ad',
      'related',
      'body',
      'newsletter',
      'caption',
    ])
    expect(out.every((l) => l.rule.length > 0)).toBe(true)
  })

  it('takes the list after a "Related" heading and link lines after the last paragraph', () => {
    const out = classifyBlocks(
      [
        block(PROSE),
        block(PROSE2),
        block('Related coverage', { tag: 'H3', inHeading: true }),
        block('Bridge costs explained in five charts', {
          tag: 'LI',
          inList: true,
          listId: 1,
          linkDensity: 1,
        }),
        block('What the new bridge means for traffic', {
          tag: 'LI',
          inList: true,
          listId: 1,
          linkDensity: 1,
        }),
        block('River ferry to stop running in June next year', { linkDensity: 1 }),
      ],
      { headline: null, byline: null },
    )
    expect(out.map((l) => l.label)).toEqual([
      'body',
      'body',
      'related',
      'related',
      'related',
      'related',
    ])
  })

  it('trusts class names for short lines but not for long prose', () => {
    const long = `${PROSE} ${PROSE2} ${PROSE}`
    const out = classifyBlocks(
      [block(PROSE), block('Rosa Lind', { kind: 'byline' }), block(long, { kind: 'meta' })],
      { headline: null, byline: null },
    )
    expect(out.map((l) => l.label)).toEqual(['body', 'byline', 'body'])
  })

  it('keeps short lines when the article has no prose line at all', () => {
    const out = classifyBlocks(
      [block('Tickets'), block('Adults: 10 euros'), block('Children: 5 euros')],
      {
        headline: null,
        byline: null,
      },
    )
    expect(out.map((l) => l.label)).toEqual(['body', 'body', 'body'])
  })
})
