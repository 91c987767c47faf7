/**
 * General English word lists the attribution features look up. Nothing here names a
 * particular article, person or place.
 * @module
 */

/** Base forms of verbs that commonly introduce speech, writing, belief or evidence. */
const CUE_VERBS = (
  'say tell state claim argue assert insist add note explain remark comment announce declare report ' +
  'write tweet post warn urge call ask reply respond answer admit acknowledge confirm deny reject ' +
  'dismiss suggest propose predict promise pledge vow threaten accuse blame praise criticize condemn ' +
  'complain recall describe mention point concede agree disagree believe think feel know hope fear ' +
  'worry expect want wish doubt suspect estimate conclude find show indicate reveal disclose signal ' +
  'testify contend maintain stress emphasize observe repeat reiterate recount quote cite tout boast ' +
  'imply allege charge hint question wonder learn hear read see seem appear sound decide plan intend ' +
  'aim seek refuse decline reckon guess assume imagine consider regard view recognize realize ' +
  'understand support endorse oppose back favor prefer demand caution advise recommend encourage ' +
  'joke quip muse mutter shout yell whisper laugh chant speak talk brief inform notify assure ' +
  'persuade convince blast slam attack defend accept calculate forecast project reckon tweet retweet'
).split(' ')

/** Irregular forms and nouns that work as cues. */
const CUE_EXTRA =
  'said told wrote written thought felt knew known found saw seen heard sought spoke spoken understood ' +
  'according statement remarks interview letter memo report claims comments testimony told email ' +
  'tweet post speech view belief opinion argument warning accusation allegation criticism ' +
  'announcement assertion insistence suggestion estimate prediction proposal promise pledge'

/** Regular inflections of a base verb (says, saying, said-like "-ed"). */
function inflect(base: string): string[] {
  const out = [base]
  const cons = base.endsWith('e') ? base.slice(0, -1) : base
  if (/(s|sh|ch|x|z)$/.test(base)) out.push(`${base}es`)
  else if (/[^aeiou]y$/.test(base)) out.push(`${base.slice(0, -1)}ies`, `${base.slice(0, -1)}ied`)
  else out.push(`${base}s`)
  out.push(base.endsWith('e') ? `${base}d` : `${base}ed`, `${cons}ing`)
  // doubled final consonant: "admitted", "planning"
  if (/[^aeiou][aeiou][bdgmnprt]$/.test(base)) {
    const last = base.charAt(base.length - 1)
    out.push(`${base}${last}ed`, `${base}${last}ing`)
  }
  return out
}

/** Lowercased word forms of cue verbs and nouns. */
export const CUE_WORDS: ReadonlySet<string> = new Set([
  ...CUE_VERBS.flatMap(inflect),
  ...CUE_EXTRA.split(' '),
])

/** Personal and possessive pronouns that can stand as sources. */
export const PRONOUNS = new Set(
  'he she they it we i you him her them us me his their its our my your who which that this these those one'.split(
    ' ',
  ),
)

/** Titles and role nouns that head or precede a source. */
export const TITLES = new Set(
  (
    'mr. mrs. ms. dr. sen. rep. gov. gen. president senator governor secretary spokesman spokeswoman ' +
    'spokesperson official officials chairman chairwoman chair director minister leader aide aides adviser ' +
    'advisor analyst analysts expert experts professor candidate nominee campaign manager mayor judge ' +
    'attorney lawyer representative congressman congresswoman sheriff chief officer commissioner ' +
    'ambassador source sources people critics supporters voters residents democrats republicans police ' +
    'press statement report survey poll study data polls reports'
  ).split(' '),
)

/** Crude stem: lowercase and strip common inflections, so "insisting" and "insisted" meet. */
export function stem(lower: string): string {
  if (lower.length <= 4)
    return lower.endsWith('s') && lower.length === 4 ? lower.slice(0, 3) : lower
  if (lower.endsWith('ies')) return `${lower.slice(0, -3)}y`
  if (lower.endsWith('ing') && lower.length > 5) return undouble(lower.slice(0, -3))
  if (lower.endsWith('ied')) return `${lower.slice(0, -3)}y`
  if (lower.endsWith('ed')) return undouble(lower.slice(0, -2))
  if (/(ss|sh|ch|x|z)es$/.test(lower)) return lower.slice(0, -2)
  if (lower.endsWith('s') && !lower.endsWith('ss') && !lower.endsWith('us'))
    return dropE(lower.slice(0, -1))
  return dropE(lower)
}

function undouble(s: string): string {
  const n = s.length
  if (n > 3 && s[n - 1] === s[n - 2] && !/[aeiouls]/.test(s[n - 1]!)) return s.slice(0, -1)
  return dropE(s)
}

function dropE(s: string): string {
  return s.length > 3 && s.endsWith('e') ? s.slice(0, -1) : s
}

/** Whether a lowercased word is a known cue verb form or cue noun. */
export function isCueLike(lower: string): boolean {
  return CUE_WORDS.has(lower)
}
