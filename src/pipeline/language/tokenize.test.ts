import { expect, test } from 'vitest'
import { splitSentences } from './sentences.js'
import { tokenize } from './tokenize.js'

// sentences written for these tests
test('tokens: possessives apart, dotted acronyms whole, numbers whole, offsets exact', () => {
  const text =
    "Northland’s army and the U.S. said on Nov. 20 that 3.5 million people, O'Brien's son-in-law among them, won't go…"
  const toks = tokenize(text)
  expect(toks.map((t) => t.text)).toEqual([
    'Northland',
    '’s',
    'army',
    'and',
    'the',
    'U.S.',
    'said',
    'on',
    'Nov',
    '.',
    '20',
    'that',
    '3.5',
    'million',
    'people',
    ',',
    "O'Brien",
    "'s",
    'son-in-law',
    'among',
    'them',
    ',',
    "won't",
    'go',
    '…',
  ])
  for (const t of toks) expect(text.slice(t.start, t.end)).toBe(t.text)
  expect(toks.find((t) => t.text === 'Northland')).toMatchObject({
    upper: true,
    lower: 'northland',
    punct: false,
  })
  expect(tokenize('NATO and UN')[0]!.acronym).toBe(true)
})

test('tokens: a family name after its lower-case particle is capitalised, other hyphenated words are not', () => {
  const toks = tokenize('Jo al-Vell and Di bin-Rayan met el-Sisi at a well-known al-fresco cafe')
  expect(toks.filter((t) => t.upper).map((t) => t.text)).toEqual([
    'Jo',
    'al-Vell',
    'Di',
    'bin-Rayan',
    'el-Sisi',
  ])
})

test('sentences: abbreviations, initials and quotations do not cut', () => {
  const text = `Gen. Smith met Lt. Col. Jones on Nov. 20, 2022. They talked. "We will hold the town. The enemy is weak," the colonel said. "Who knows?" she asked. He lives in the U.S. The talks ended.\n\nA new paragraph without a period\nAnother line. J. K. Rowling wrote it.`
  const toks = tokenize(text)
  const got = splitSentences(text, toks).map((s) => text.slice(s.start, s.end))
  expect(got).toEqual([
    'Gen. Smith met Lt. Col. Jones on Nov. 20, 2022.',
    'They talked.',
    '"We will hold the town.',
    'The enemy is weak," the colonel said.',
    '"Who knows?" she asked.',
    'He lives in the U.S.',
    'The talks ended.',
    'A new paragraph without a period',
    'Another line.',
    'J. K. Rowling wrote it.',
  ])
  expect(toks.at(-1)!.sentence).toBe(9)
})

test('sentences: a stop glued to a common opener cuts; a name or a domain does not', () => {
  const text =
    'The letter was signed by Petrenko.He added that talks would go on in St.Petersburg, as example.org said.'
  const got = splitSentences(text, tokenize(text)).map((s) => text.slice(s.start, s.end))
  expect(got).toEqual([
    'The letter was signed by Petrenko.',
    'He added that talks would go on in St.Petersburg, as example.org said.',
  ])
  // as does a given name and a surname
  const person = 'Talks went on until dawn.Anna Kowalczyk left the room first.'
  expect(splitSentences(person, tokenize(person)).map((s) => person.slice(s.start, s.end))).toEqual(
    ['Talks went on until dawn.', 'Anna Kowalczyk left the room first.'],
  )
  // a capitalised word that a lower-case word follows opens a sentence too
  const name = 'Aid was sent to Northland.Westmark is not pleased, officials said.'
  expect(splitSentences(name, tokenize(name)).map((s) => name.slice(s.start, s.end))).toEqual([
    'Aid was sent to Northland.',
    'Westmark is not pleased, officials said.',
  ])
  // a question or exclamation mark glued to a common opener cuts too
  const asked = 'How does the envoy explain the war?The politician said it was a defence.'
  expect(splitSentences(asked, tokenize(asked)).map((s) => asked.slice(s.start, s.end))).toEqual([
    'How does the envoy explain the war?',
    'The politician said it was a defence.',
  ])
})

// pages flattened to text join paragraphs and list items with ".," or ";,"
test.each([
  [
    '".," between paragraphs',
    ['The brigade held the line.,', 'The next day it advanced.,', 'Officials said nothing.'],
  ],
  [
    'a numbered list item ".,4)"',
    ['Shelling went on until dawn on March 3.,', '4) Southern front: the bridge was repaired.'],
  ],
  [
    'empty paragraphs ".,, , ," and a heading closed by "),,"',
    [
      'The brigade held the line.,, , ,',
      'Force generation (objective: grow the army),,',
      'Officials said nothing.',
    ],
  ],
  [
    'list items joined by ";,"',
    ['Attacks continued toward the capital;,', 'Company-level raids went on in the north.'],
  ],
])('sentences: flattened text is cut at %s', (_, parts) => {
  const text = parts.join('')
  const toks = tokenize(text)
  expect(splitSentences(text, toks).map((s) => text.slice(s.start, s.end))).toEqual(parts)
})

test("typewriter pairs ('' and ``) are double quotation marks; in single-quoted text a pair is two marks", () => {
  const words = (t: string) => tokenize(t).map((x) => x.text)
  expect(words("''We will stay,'' he said. ``No.''")).toEqual([
    '"',
    'We',
    'will',
    'stay',
    ',',
    '"',
    'he',
    'said',
    '.',
    '"',
    'No',
    '.',
    '"',
  ])
  // the pair's token spans both marks in the text
  expect(tokenize("''Yes''")[0]).toMatchObject({ start: 0, end: 2, text: '"' })
  // a run of three closes a single quotation inside a double one, and opens one after it
  expect(words("''He said 'no.''' ''Fine.''")).toEqual([
    '"',
    'He',
    'said',
    "'",
    'no',
    '.',
    "'",
    '"',
    '"',
    'Fine',
    '.',
    '"',
  ])
  // 'We heard ''no'',' she said: single marks quote here, so the pair stays two marks
  expect(words("'We heard ''no'',' she said. 'Then we left,' he said.").slice(0, 6)).toEqual([
    "'",
    'We',
    'heard',
    "'",
    "'",
    'no',
  ])
  expect(words("rock 'n' roll")).toEqual(['rock', "'", 'n', "'", 'roll'])
})
