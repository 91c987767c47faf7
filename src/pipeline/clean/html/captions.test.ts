import { describe, expect, it } from 'vitest'
import { cleanCredit, mergeCaptions, splitCredit } from './captions.js'

describe('splitCredit', () => {
  it('splits the credit phrasings printed inside captions', () => {
    expect(splitCredit('Workers on the dam. (Photo: Lea Hunt/Valley Gazette)')).toEqual({
      text: 'Workers on the dam.',
      credit: 'Lea Hunt/Valley Gazette',
    })
    expect(splitCredit('Workers on the dam. Credit...Lea Hunt for the Gazette')).toEqual({
      text: 'Workers on the dam.',
      credit: 'Lea Hunt for the Gazette',
    })
    expect(splitCredit('Workers on the dam in spring. Lea Hunt / Getty Images')).toEqual({
      text: 'Workers on the dam in spring.',
      credit: 'Lea Hunt / Getty Images',
    })
    expect(splitCredit('Workers on the dam. (Lea Hunt/AP)')).toEqual({
      text: 'Workers on the dam.',
      credit: 'Lea Hunt/AP',
    })
  })
  it('reads a bare credit line as a credit and drops expand toggles', () => {
    expect(splitCredit('Image copyright Valley Gazette')).toEqual({
      text: '',
      credit: 'Valley Gazette',
    })
    expect(splitCredit('The new dam at dusk. less')).toEqual({
      text: 'The new dam at dusk.',
      credit: null,
    })
  })
})

describe('cleanCredit', () => {
  it('strips lead-ins', () => {
    expect(cleanCredit('Photo credit: Lea Hunt')).toBe('Lea Hunt')
    expect(cleanCredit('© Valley Gazette')).toBe('Valley Gazette')
    expect(cleanCredit('Photo:')).toBeNull()
  })
})

describe('mergeCaptions', () => {
  it('drops duplicates and joins a lone credit to the caption before it', () => {
    expect(
      mergeCaptions([
        { text: 'The dam at dusk.', credit: null },
        { text: '', credit: 'Lea Hunt' },
        { text: 'The dam at dusk.', credit: null },
        { text: '', credit: null },
      ]),
    ).toEqual([{ text: 'The dam at dusk.', credit: 'Lea Hunt' }])
  })
})
