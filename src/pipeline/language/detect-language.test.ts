import { expect, test } from 'vitest'
import { detectLanguage } from './detect-language.js'

// sentences written for this test
test.each([
  ['en', 'The council said on Monday that the bridge would reopen next week.'],
  ['de', 'Der Bürgermeister sagte, dass die Brücke nicht vor dem Winter geöffnet wird.'],
  ['fr', 'Le maire a déclaré que le pont ne serait pas rouvert avant la fin de l’hiver.'],
  ['es', 'El alcalde dijo que el puente no se abrirá hasta el final del invierno.'],
  ['ru', 'Мэр сказал, что мост не откроют до конца зимы.'],
  ['uk', 'Мер сказав, що міст не відкриють до кінця зими, і всі чекають.'],
  ['ja', '市長は冬の終わりまで橋は開かないと述べた。'],
])('%s', (lang, text) => {
  expect(detectLanguage(text)).toBe(lang)
})
