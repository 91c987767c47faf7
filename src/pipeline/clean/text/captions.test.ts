import { describe, expect, it } from 'vitest'
import { findCaptions, splitCredit } from './captions.js'
import { splitLines } from './lines.js'

describe('splitCredit', () => {
  it.each([
    [
      'A crane at the port, on Sept. 3, 2021. Copyright AP Photo',
      'A crane at the port, on Sept. 3, 2021.',
      'AP Photo',
    ],
    ['Students walk to class. (AP Photo/Sam Reed)', 'Students walk to class.', 'AP Photo/Sam Reed'],
    [
      'Sandbags outside the town hall. Photo: Reuters',
      'Sandbags outside the town hall.',
      'Reuters',
    ],
    ['A flooded street. Credit: Jane Smith', 'A flooded street.', 'Jane Smith'],
    [
      'A road near the river on Sunday. Joe Bloggs/Getty Images',
      'A road near the river on Sunday.',
      'Joe Bloggs/Getty Images',
    ],
    ['Police at the scene. REUTERS/Ann Lee', 'Police at the scene.', 'REUTERS/Ann Lee'],
    [
      'The minister arrives at the summit. Getty Images',
      'The minister arrives at the summit.',
      'Getty Images',
    ],
    ['© Harbour Pictures', '', 'Harbour Pictures'],
    ['Jane Smith/Harbour Times/Getty Images', '', 'Jane Smith/Harbour Times/Getty Images'],
    ['Jane Smith | Bloomberg | Getty Images', '', 'Jane Smith | Bloomberg | Getty Images'],
    ['Jane Smith, AP', '', 'Jane Smith, AP'],
    [
      'The first map of the moon. (Harbour Observatory/City University)',
      'The first map of the moon.',
      'Harbour Observatory/City University',
    ],
  ])('splits %s', (line, text, credit) => {
    expect(splitCredit(line)).toMatchObject({ text, credit })
  })
  it('leaves prose and headlines alone', () => {
    expect(splitCredit('The publisher filed a copyright claim against the app.')).toBeNull()
    expect(splitCredit('Publisher sues over copyright claims')).toBeNull()
    expect(splitCredit('Shares of the agency rose after Reuters reported the deal.')).toBeNull()
    expect(splitCredit('Asked about the deal, Reuters')).toBeNull()
    expect(splitCredit('The vote was close. (The count is below.)')).toBeNull()
  })
})

describe('findCaptions', () => {
  it('pairs a caption with its copy that adds a credit', () => {
    const lines = splitLines(
      'Headline here\nFILE - A ship in port, on May 1, 2020.\nFILE - A ship in port, on May 1, 2020. Copyright\u00a0AFP\nBody text.',
    )
    const hits = findCaptions(lines)
    expect(hits.get(1)?.caption).toEqual({
      text: 'FILE - A ship in port, on May 1, 2020.',
      credit: 'AFP',
    })
    expect(hits.get(2)?.caption).toBeNull()
    expect(hits.has(3)).toBe(false)
  })
  it('marks a FILE line without credit as a caption', () => {
    const hits = findCaptions(splitLines('FILE - A ship in port, on May 1, 2020.'))
    expect(hits.get(0)?.caption).toEqual({
      text: 'FILE - A ship in port, on May 1, 2020.',
      credit: null,
    })
  })
  it('reads an "Image caption" line as a caption', () => {
    const hits = findCaptions(splitLines('Image caption The harbour at dawn, before the vote'))
    expect(hits.get(0)?.caption?.text).toBe('The harbour at dawn, before the vote')
  })
})
