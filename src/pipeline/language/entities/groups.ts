import type { Lexicon } from '../lexicon.js'
import type { PlaceLookup, Token } from '../types.js'
import { campOf } from './classify.js'
import { isPossessiveS } from './normalize.js'

/** An unnamed collective with a side: "Ukrainian marines", "Russia's forces". */
export interface GroupMatch {
  from: number
  to: number
  code: string
  noun: string
  /** Token index where the demonym or country is. */
  countryAt: number
  rule: 'demonym+group-noun' | 'possessive+group-noun' | 'camp+group-noun'
}

const MAX_ADJECTIVES = 2

/** Finds demonym or country-possessive phrases that end in a group noun. */
export function findGroups(tokens: Token[], lex: Lexicon, gaz: PlaceLookup): GroupMatch[] {
  const out: GroupMatch[] = []
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!
    if (t.punct) continue
    // "pro-Russian milbloggers", "Kremlin-backed separatists": a camp, not a nationality
    if (!t.upper) {
      const camp = t.lower.startsWith('pro-') ? campOf(t.text, lex, gaz) : null
      if (camp) i = groupAt(tokens, i, i + 1, camp, 'camp+group-noun', lex, out)
      continue
    }
    let code: string | null = null
    let rule: GroupMatch['rule'] = 'demonym+group-noun'
    let k = i + 1
    const d = gaz.country(t.text)
    // "Kyiv's defence ministry", "Moscow's forces": a capital's possessive speaks for its state
    const capital = !d && isPossessive(tokens[i + 1]) ? gaz.capitalOf(t.text) : null
    if (d?.rule === 'demonym') code = d.code
    else if (d?.rule === 'country-name' && isPossessive(tokens[i + 1])) {
      code = d.code
      rule = 'possessive+group-noun'
      k = i + 2
    } else if (capital) {
      code = capital
      rule = 'possessive+group-noun'
      k = i + 2
    }
    // "US officials", "UK troops": a country's short name used as a modifier
    else if (d?.rule === 'country-name' && /^(?:\p{Lu}\.?){2,3}$/u.test(t.text)) code = d.code
    else {
      code = campOf(t.text, lex, gaz)
      if (code) rule = 'camp+group-noun'
    }
    if (!code) continue
    i = groupAt(tokens, i, k, code, rule, lex, out)
  }
  return out
}

/** The group noun after a side's word at i, within a few adjectives; the index to go on from. */
function groupAt(
  tokens: Token[],
  i: number,
  from: number,
  code: string,
  rule: GroupMatch['rule'],
  lex: Lexicon,
  out: GroupMatch[],
): number {
  let k = from
  for (let adj = 0; adj <= MAX_ADJECTIVES && k < tokens.length; adj++) {
    let m = matchGroupNoun(tokens, k, lex)
    if (m > k) {
      // "Ukrainian military officials", "German government sources": the last noun heads it
      for (let n = matchGroupNoun(tokens, m, lex); n > m; n = matchGroupNoun(tokens, m, lex)) m = n
      // "Russian forces" but not "Russian forces' commander": a following capital joins a name
      const noun = tokens
        .slice(k, m)
        .map((x) => x.lower)
        .join(' ')
      // "independent Russian media", "a Russian opposition outlet": of the country, not its side
      if (!tokens.slice(Math.max(0, i - 2), m).some((x) => DISSENT.has(x.lower)))
        out.push({ from: i, to: m, code, noun, countryAt: i, rule })
      return m - 1
    }
    const w = tokens[k]!
    if (w.upper || w.punct || lex.commonWords.has(w.lower)) break
    k++
  }
  return i
}

const DISSENT = new Set(['independent', 'opposition', 'exiled', 'dissident', 'anti-war'])

function isPossessive(t: Token | undefined): boolean {
  return t !== undefined && isPossessiveS(t.text)
}

const PLATFORMS = new Set(['telegram', 'twitter', 'facebook', 'youtube', 'tiktok', 'vkontakte'])

function matchGroupNoun(tokens: Token[], at: number, lex: Lexicon): number {
  const t = tokens[at]
  // ("Telegram channels": a platform's name is capitalised inside the group noun)
  if (!t || (t.upper && !PLATFORMS.has(t.lower))) return at
  const cands = lex.groupNouns.get(t.lower)
  if (!cands) return at
  for (const words of cands) {
    let ok = true
    for (let w = 0; w < words.length; w++) {
      const tok = tokens[at + w]
      if (!tok || tok.lower !== words[w]) {
        ok = false
        break
      }
    }
    if (ok) {
      const end = at + words.length
      // a noun followed by a capitalised name is a modifier ("Russian army General X")
      const after = tokens[end]
      if (after?.upper && !after.punct) return at
      return end
    }
  }
  return at
}
