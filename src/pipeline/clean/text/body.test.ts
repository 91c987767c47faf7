import { describe, expect, it } from 'vitest'
import { annotate } from './annotate.js'
import { authorBoxes, commentThread, rescueLede } from './body.js'
import { splitLines } from './lines.js'

const page = (rows: string[]) => {
  const lines = splitLines(rows.join('\n'))
  return { lines, anns: annotate(lines) }
}

describe('commentThread', () => {
  it('finds a comments header followed by a comment time stamp', () => {
    const { lines, anns } = page([
      'The harbour council voted on Tuesday to reject the expansion plan after months of protests.',
      'The regional government did not immediately comment.',
      'Top Rated Comments',
      'harbourfan',
      '2 days ago at 07:52 am',
      'Good to see the council listen for once.',
    ])
    expect(commentThread(lines, anns, 1)).toBe(2)
  })
  it('leaves a share bar with a comment counter and no time stamps alone', () => {
    const { lines, anns } = page([
      'Harbour council rejects port plan',
      '12 Comments',
      'The harbour council voted on Tuesday to reject the expansion plan after months of protests.',
      'Comments made by the minister two days ago drew criticism from opposition leaders.',
    ])
    expect(commentThread(lines, anns, 0)).toBe(-1)
  })
})

describe('rescueLede', () => {
  const rows = [
    'Harbour council rejects port plan',
    'The harbour council voted on Tuesday to reject the expansion plan after months of protests.',
    'Jane Doe',
    'The regional government, which had backed the plan, did not immediately comment on it.',
  ]
  it('keeps a prose line the smoother dropped just above the body, past a short line', () => {
    const { lines, anns } = page(rows)
    const keep = [false, false, false, true]
    rescueLede(lines, anns, [0.01, 0.2, 0.02, 0.9], keep)
    expect(keep).toEqual([false, true, false, true])
  })
  it('leaves it out when the model gave it almost no chance', () => {
    const { lines, anns } = page(rows)
    const keep = [false, false, false, true]
    rescueLede(lines, anns, [0.01, 0.05, 0.02, 0.9], keep)
    expect(keep).toEqual([false, false, false, true])
  })
})

describe('authorBoxes', () => {
  it('finds a box headed with the author name and the bio naming them', () => {
    const { lines, anns } = page([
      'The regional government, which had backed the plan, did not immediately comment on it.',
      'About Jane Doe',
      'Jane Doe covers the harbour and city hall for the paper and has lived in the city since 2004.',
      'Harbour council names new port director',
    ])
    expect(authorBoxes(lines, anns, 1)).toEqual([1, 2])
  })
  it('leaves a subhead that names no one alone', () => {
    const { lines, anns } = page([
      'The regional government did not immediately comment on it.',
      'About the harbour',
      'The harbour has been the city’s largest employer for a century.',
    ])
    expect(authorBoxes(lines, anns, 1)).toEqual([])
  })
})
