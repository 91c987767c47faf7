import { describe, expect, it } from 'vitest'
import { QuoteRole, tokenize } from './tokenize.js'

const words = (text: string) => tokenize(text).words

/** Sentences as strings of their tokens. */
function sentences(text: string): string[] {
  const tk = tokenize(text)
  return Array.from(tk.sentStart, (s, k) => tk.words.slice(s, tk.sentEnd[k]).join(' '))
}

describe('tokenize', () => {
  it('gives UTF-16 offsets that slice back to the tokens', () => {
    const text = 'The mayor’s office said: “We’re done.” Then—nothing.'
    const tk = tokenize(text)
    for (let i = 0; i < tk.words.length; i++) {
      expect(text.slice(tk.starts[i], tk.ends[i])).toBe(tk.words[i])
    }
    expect(tk.words).toEqual([
      'The',
      'mayor',
      '’s',
      'office',
      'said',
      ':',
      '“',
      'We',
      '’re',
      'done',
      '.',
      '”',
      'Then',
      '—',
      'nothing',
      '.',
    ])
  })

  it('keeps abbreviations and initials whole and splits negations', () => {
    expect(words('Mr. Doe of the U.S. Senate can’t go to St. Paul.')).toEqual([
      'Mr.',
      'Doe',
      'of',
      'the',
      'U.S.',
      'Senate',
      'ca',
      'n’t',
      'go',
      'to',
      'St.',
      'Paul',
      '.',
    ])
    expect(words('It cost $3.2 million, or 40%.')).toEqual([
      'It',
      'cost',
      '$',
      '3.2',
      'million',
      ',',
      'or',
      '40%',
      '.',
    ])
  })

  it('does not end sentences after titles or initials', () => {
    expect(sentences('Dr. Ada K. Stone spoke first. The board listened.')).toEqual([
      'Dr. Ada K. Stone spoke first .',
      'The board listened .',
    ])
  })

  it('keeps a closing quote with the sentence it closes', () => {
    expect(sentences('“The bridge is safe.” The engineer was calm.')).toEqual([
      '“ The bridge is safe . ”',
      'The engineer was calm .',
    ])
  })

  it('starts a new sentence and paragraph at a line break', () => {
    const tk = tokenize('First line without a stop\nSecond line.')
    expect(tk.sentStart.length).toBe(2)
    expect(Array.from(tk.paragraph)).toEqual([0, 0, 0, 0, 0, 1, 1, 1])
  })

  it('tracks curly quotes across sentences', () => {
    const tk = tokenize('“We will build it. It will take years,” she said.')
    const inside = tk.words.filter((_, i) => tk.inQuote[i])
    expect(inside).toEqual([
      '“',
      'We',
      'will',
      'build',
      'it',
      '.',
      'It',
      'will',
      'take',
      'years',
      ',',
      '”',
    ])
    expect(tk.quote[0]).toBe(QuoteRole.Open)
    expect(tk.quote[11]).toBe(QuoteRole.Close)
  })

  it('pairs straight quotes and resets them at a paragraph break', () => {
    const tk = tokenize('He said "yes" and "no".\n\n"A new quote')
    const opens = tk.words.filter((_, i) => tk.quote[i] === QuoteRole.Open).length
    const closes = tk.words.filter((_, i) => tk.quote[i] === QuoteRole.Close).length
    expect([opens, closes]).toEqual([3, 2])
    const last = tk.words.length - 1
    expect(tk.inQuote[last]).toBe(1)
    expect(tk.inQuote[tk.words.indexOf('and')]).toBe(0)
  })

  it('treats an apostrophe inside a word as part of it, not a quote', () => {
    const tk = tokenize('‘Rock ’n’ roll,’ said O’Neil.')
    expect(tk.words).toContain('O’Neil')
    expect(tk.quote[0]).toBe(QuoteRole.Open)
  })
})
