import { tokenAt } from '../attribution/context.js'
import type { Statement } from '../attribution/types.js'
import { loadGazetteer } from '../language/geo/index.js'
import type { ArticleEntity, Token } from '../language/types.js'
import { type ClaimsLexicon, claimsLexicon, type Trigger } from './lexicon.js'
import type { Frame, Proposition, StanceLabel } from './types.js'

const NEGATORS = new Set([
  'not',
  "n't",
  'never',
  'no',
  'neither',
  'nor',
  'without',
  'denied',
  'false',
])
const PLACE_NOUNS = new Set([
  'city',
  'town',
  'village',
  'settlement',
  'region',
  'area',
  'port',
  'capital',
  'fortress',
  'stronghold',
])
const REFERRING_NOUNS = new Set([
  'video',
  'videos',
  'footage',
  'claim',
  'claims',
  'report',
  'reports',
  'statement',
  'allegation',
  'allegations',
  'photo',
  'photos',
  'images',
  'accusation',
  'accusations',
  'account',
  'reports',
  'assertion',
  'story',
  'narrative',
  'explanation',
  'version',
])
const NUMBER_WORDS: Record<string, number> = {
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  dozens: 24,
  hundreds: 200,
  thousands: 2000,
}

interface PlaceRef {
  key: string
  name: string
  at: number
  kind: string | null
  /** The country the gazetteer puts the place in. */
  country: string | null
}

export interface PropositionInput {
  text: string
  publishedAt: string | null
  tokens: Token[]
  entities: ArticleEntity[]
  statements: Statement[]
}

/**
 * Normalises each statement's content into propositions: a typed frame where the words show
 * one (control of a place, an attack, casualties, responsibility, captives, weapons), else a
 * general proposition; with the statement's stance toward it.
 */
export function findPropositions(input: PropositionInput): Proposition[] {
  const lex = claimsLexicon()
  const { tokens } = input
  const placeMentions = placeIndex(input)
  const out: Proposition[] = []
  input.statements.forEach((st, si) => {
    const from = tokenAt(tokens, st.content.start)
    const to = tokenAt(tokens, st.content.end - 1) + 1
    if (from < 0 || to <= from) return
    const date = statementDate(st, input.publishedAt)
    const flip = st.polarity !== 'asserts'
    // "dismissed the video": a denial of media or a claim already reported is a denial of what it claimed
    if (flip && to - from <= 4 && REFERRING_NOUNS.has(tokens[to - 1]!.lower)) {
      const earlier = referent(input, out, si, tokens[to - 1]!.lower, ownerOf(input, from, to - 1))
      for (const p of earlier) {
        out.push({
          ...p,
          statement: si,
          stance: opposite(p.stance),
          date,
          why: { rule: 'denial-of-earlier-claim', confidence: 0.7 },
        })
      }
      if (earlier.length) return
    }
    const typed = typedFrame(input, lex, placeMentions, from, to, !flip)
    if (typed) {
      const stance = flip ? opposite(typed.stance) : typed.stance
      out.push({
        statement: si,
        frame: typed.frame,
        key: typed.key,
        text: typed.text,
        places: typed.places,
        stance,
        date,
        why: { rule: typed.rule, confidence: 0.8 },
      })
      return
    }
    out.push({
      statement: si,
      frame: {
        type: 'general',
        roles: { speaker: st.speaker?.entityKey ?? null },
        predicate: null,
      },
      key: null,
      text: st.content.text,
      places: placesIn(placeMentions, from, to).map((p) => p.key),
      stance: flip ? 'refutes' : 'supports',
      date,
      why: { rule: 'general', confidence: 0.6 },
    })
  })
  return denialsOfNestedClaims(input, out)
}

// what may stand before the claims a denial names: "rejected the recent Russian claims that …"
const NESTED_LEAD = /^(?:(?:the|these|those|recent|earlier|repeated|latest|new)\s+)*$/i

/**
 * "Ukraine rejected Russian claims that X": the rejection's content opens with Russia's own
 * statement, so what it refutes is that statement's proposition, not the words "Russian claims
 * that X". A statement further inside ("denied X in response to reports that Y") is not what
 * is denied.
 */
function denialsOfNestedClaims(input: PropositionInput, props: Proposition[]): Proposition[] {
  const { text, statements } = input
  const replaced = new Map<number, Proposition[]>()
  statements.forEach((st, si) => {
    if (st.polarity === 'asserts') return
    const inner = statements.findIndex((x, xi) => {
      if (xi === si || x.polarity !== 'asserts') return false
      const head = Math.min(x.speaker?.start ?? x.cue.start, x.cue.start)
      return (
        head >= st.content.start &&
        x.cue.end <= st.content.end &&
        NESTED_LEAD.test(text.slice(st.content.start, head))
      )
    })
    if (inner < 0) return
    const theirs = props.filter((p) => p.statement === inner)
    if (theirs.length === 0) return
    replaced.set(
      si,
      theirs.map((p) => ({
        ...p,
        statement: si,
        stance: opposite(p.stance),
        date: statementDate(st, input.publishedAt),
        why: { rule: 'denial-of-nested-claim', confidence: 0.75 },
      })),
    )
  })
  if (replaced.size === 0) return props
  const out = props.filter((p) => !replaced.has(p.statement))
  for (const ps of replaced.values()) out.push(...ps)
  return out.sort((a, b) => a.statement - b.statement)
}

/**
 * Where the trigger's words, read from token k, end, or -1. Quotation marks between them are
 * passed over: "established “full control” over X" is "established full control".
 */
function matchWords(tokens: Token[], k: number, to: number, words: string[]): number {
  let j = k
  for (let i = 0; i < words.length; i++, j++) {
    while (i > 0 && j < to && QUOTE_MARKS.has(tokens[j]!.text)) j++
    if (j >= to || tokens[j]!.lower !== words[i]) return -1
  }
  return j
}

interface Typed {
  frame: Frame
  key: string
  text: string
  places: string[]
  stance: StanceLabel
  rule: string
}

function typedFrame(
  input: PropositionInput,
  lex: ClaimsLexicon,
  places: PlaceRef[],
  from: number,
  to: number,
  asserts = true,
): Typed | null {
  const { tokens } = input
  const hits: { t: Trigger; at: number; end: number; negated: boolean }[] = []
  for (let k = from; k < to; k++) {
    const cands = lex.triggers.get(tokens[k]!.lower)
    if (!cands) continue
    for (const t of cands) {
      const end = matchWords(tokens, k, to, t.words)
      if (end > 0) {
        hits.push({ t, at: k, end, negated: negatedAt(tokens, k, from) })
        break
      }
    }
  }
  if (hits.length === 0) return null
  const inContent = [
    ...placesIn(places, from, to),
    ...placeReferences(input, places, from, to),
  ].sort((a, b) => a.at - b.at)
  // control of a place comes first: it is what war reporting most often disputes
  for (const h of hits) {
    if (h.t.frame !== 'control' || irrealis(tokens, h.at, from)) continue
    // "did not confirm Russian claims that Russian forces have entered X": a claim the content
    // reports of someone else is not the speaker's (a denial of it is: "denied X's claims that")
    if (asserts && nestedClaimBefore(tokens, from, h.at)) continue
    // "the captured city of X" presupposes the capture, it does not claim it
    if (
      ADJECTIVAL.has(tokens[h.at - 1]?.lower ?? '') &&
      h.t.words.length === 1 &&
      /ed$|en$/.test(h.t.words[0]!)
    )
      continue
    // "fighting in X" says nothing of who holds X ("Russian forces fighting in X", "fighting
    // for the city intensifies"); "its forces were still fighting in X" says the speaker's own
    // side has not lost it
    if (
      h.t.role === 'hold' &&
      h.t.words.includes('fighting') &&
      !ownForcesBefore(tokens, h.at, from)
    )
      continue
    // "failed to achieve its goals, including capturing X": a gerund names an aim or an
    // activity, not a capture that happened
    if (h.t.role === 'capture' && h.t.words.length === 1 && h.t.words[0]!.endsWith('ing')) continue
    // "a victory for Ankara": the one who won, not a place taken
    if (h.t.words.length === 1 && h.t.words[0] === 'victory' && tokens[h.end]?.lower === 'for')
      continue
    // "unmanned surface vehicles entered the bay": machines enter, they do not take
    if (h.t.words[0] === 'entered' && MACHINES.has(tokens[h.at - 1]?.lower ?? '')) continue
    // "to help X defend itself": a country defending itself holds no particular place
    if (h.t.role === 'hold' && REFLEXIVES.has(tokens[h.end]?.lower ?? '')) continue
    const place = argumentOf(tokens, inContent, h)
    if (!place) continue
    if (h.t.role === 'capture' && hasPeopleObject(tokens, h.end, to, lex)) continue
    // "Ukrainian forces liberated X" (a Ukrainian place): taken back by its own country's
    // forces, which refutes that it has been captured
    const retaken =
      h.t.role === 'capture' &&
      place.country !== null &&
      captureActor(input, from, h) === place.country
    const base: StanceLabel = h.t.role === 'capture' && !retaken ? 'supports' : 'refutes'
    return {
      frame: { type: 'control', roles: { place: place.key, actor: null } },
      key: `control:${place.key}`,
      text: `${place.name} has been captured`,
      places: [place.key],
      stance: h.negated ? opposite(base) : base,
      rule: retaken ? 'frame:control:retaken' : `frame:control:${h.t.role}`,
    }
  }
  for (const h of hits) {
    if (
      h.t.frame === 'captives' ||
      (h.t.frame === 'control' && hasPeopleObject(tokens, h.end, to, lex))
    ) {
      const count = countNear(tokens, from, to)
      if (count === null) continue
      const place = argumentOf(tokens, inContent, h, 10)
      // with no place, one key would gather every prisoner count of the war into one "claim":
      // such a statement is left to the general matcher, which compares its words
      if (!place) continue
      return typedGeneral(
        'captives',
        `captives:${place.key}`,
        `${count} people were taken prisoner near ${place.name}`,
        place,
        count,
        h,
      )
    }
    if (h.t.frame === 'casualties') {
      const count = countNear(tokens, from, to)
      const place = irrealis(tokens, h.at, from) ? undefined : argumentOf(tokens, inContent, h, 10)
      if (count === null || !place) continue
      return typedGeneral(
        'casualties',
        `casualties:${place.key}`,
        `People were killed in ${place.name}`,
        place,
        count,
        h,
      )
    }
    if (h.t.frame === 'attack') {
      const place = irrealis(tokens, h.at, from) ? undefined : argumentOf(tokens, inContent, h)
      if (!place) continue
      return typedGeneral(
        'attack',
        `attack:${place.key}`,
        `${place.name} was attacked`,
        place,
        null,
        h,
      )
    }
    if (h.t.frame === 'responsibility') {
      // blame is for an event: "responsible for the attack", not "responsible for the defence"
      // or "carried out offensive actions"
      if (!tokens.slice(from, to).some((t) => EVENT_NOUNS.has(t.lower))) continue
      const place = irrealis(tokens, h.at, from) ? undefined : argumentOf(tokens, inContent, h, 10)
      if (!place) continue
      return typedGeneral(
        'responsibility',
        `responsibility:${place.key}`,
        `Responsibility for the events in ${place.name}`,
        place,
        null,
        h,
      )
    }
    if (h.t.frame === 'weapons') {
      // "Russia's dwindling supply of missiles", "the supply of weapons": a noun, no delivery
      const before = tokens[h.at - 1]
      if (before && (NOUN_MARKERS.has(before.lower) || /ing$/.test(before.lower))) continue
      const weapon = weaponNear(tokens, h.end, to, lex)
      const supplier =
        weapon && !irrealis(tokens, h.at, from) ? supplierBefore(input, h.at, from) : null
      if (!weapon || !supplier) continue
      const t = typedGeneral(
        'weapons',
        `weapons:${supplier.key}:${weapon}`,
        `${supplier.name} delivered ${weapon}`,
        undefined,
        countNear(tokens, from, to),
        h,
      )
      t.frame.roles.supplier = supplier.key
      return t
    }
  }
  return null
}

const EVENT_NOUNS = new Set(
  'attack attacks strike strikes explosion explosions blast blasts bombing bombings shelling killing killings massacre murder murders assassination sabotage fire crash atrocity atrocities crimes incident deaths downing poisoning raid'.split(
    ' ',
  ),
)
const NOUN_MARKERS = new Set(['the', 'a', 'an', 'its', 'their', 'his', 'her', 'of', "'s", '’s'])

function typedGeneral(
  type: Frame['type'],
  key: string,
  text: string,
  place: PlaceRef | undefined,
  count: number | null,
  h: { t: Trigger; negated: boolean },
): Typed {
  return {
    frame: { type, roles: { place: place?.key ?? null }, count },
    key,
    text,
    places: place ? [place.key] : [],
    stance: h.negated ? 'refutes' : 'supports',
    rule: `frame:${type}`,
  }
}

function opposite(s: StanceLabel): StanceLabel {
  return s === 'supports' ? 'refutes' : s === 'refutes' ? 'supports' : 'reports'
}

function negatedAt(tokens: Token[], k: number, floor: number): boolean {
  for (let j = k - 1; j >= Math.max(floor, k - 3); j--) {
    if (NEGATORS.has(tokens[j]!.lower)) return true
    if (tokens[j]!.punct) break
  }
  return false
}

const COMPASS = new Set([
  'north',
  'south',
  'east',
  'west',
  'northeast',
  'northwest',
  'southeast',
  'southwest',
])

/** Place mentions (not countries) with their token positions, in text order. */
function placeIndex(input: PropositionInput): PlaceRef[] {
  const out: PlaceRef[] = []
  for (const e of input.entities) {
    if (e.type !== 'place' || e.geo?.kind === 'country') continue
    for (const m of e.mentions) {
      const at = tokenAt(input.tokens, m.start)
      // "(20km south of X)", "villages west of X": X is a landmark for somewhere else
      if (
        at >= 2 &&
        input.tokens[at - 1]!.lower === 'of' &&
        COMPASS.has(input.tokens[at - 2]!.lower)
      )
        continue
      if (at >= 0)
        out.push({
          key: e.key,
          name: e.name,
          at,
          kind: e.geo?.kind ?? null,
          country: e.geo?.country ?? null,
        })
    }
  }
  return out.sort((a, b) => a.at - b.at)
}

// between a capture verb and its subject: "have reportedly already captured"
const BEFORE_VERB = new Set(
  'have has had reportedly already also successfully fully finally now recently allegedly purportedly likely reportedly completely partially'.split(
    ' ',
  ),
)

/**
 * The country whose side took a place: the subject of the capture ("Ukrainian forces captured",
 * "the rebels' fighters took"), the agent of a passive ("liberated by Ukrainian troops"), or a flag
 * ("raised a Ukrainian flag"). Null when the words do not say.
 */
function captureActor(
  input: PropositionInput,
  from: number,
  h: { at: number; end: number; t: Trigger },
): string | null {
  const { tokens } = input
  const gaz = loadGazetteer()
  for (const w of h.t.words) {
    const c = gaz.country(w.charAt(0).toUpperCase() + w.slice(1))
    if (c?.rule === 'demonym') return c.code
  }
  if (tokens[h.end]?.lower === 'by') {
    const a = tokens[h.end + 1]?.lower === 'the' ? h.end + 2 : h.end + 1
    return sideOfPhraseAt(input, a, 'start')
  }
  let k = h.at - 1
  while (k >= from && BEFORE_VERB.has(tokens[k]!.lower)) k--
  return k >= from ? sideOfPhraseAt(input, k, 'end') : null
}

/** The side of the entity whose mention starts (or ends) at token k, if it has one. */
function sideOfPhraseAt(input: PropositionInput, k: number, edge: 'start' | 'end'): string | null {
  const t = input.tokens[k]
  if (!t) return null
  for (const e of input.entities) {
    if (!e.affiliation || e.type === 'place' || e.type === 'outlet') continue
    for (const m of e.mentions)
      if (edge === 'start' ? m.start === t.start : m.end === t.end) return e.affiliation
  }
  return null
}

function placesIn(places: PlaceRef[], from: number, to: number): PlaceRef[] {
  return places.filter((p) => p.at >= from && p.at < to)
}

function hasPeopleObject(tokens: Token[], from: number, to: number, lex: ClaimsLexicon): boolean {
  // "was taken by the troops": the agent of a passive, not what was taken
  if (tokens[from]?.lower === 'by') return false
  for (let k = from; k < Math.min(to, from + 4); k++)
    if (lex.people.has(tokens[k]!.lower)) return true
  return false
}

function countNear(tokens: Token[], from: number, to: number): number | null {
  for (let k = from; k < to; k++) {
    const t = tokens[k]!.lower
    const n = /^\d[\d,]*$/.test(t) ? Number(t.replace(/,/g, '')) : NUMBER_WORDS[t]
    if (n === undefined || !Number.isFinite(n) || n <= 0 || n >= 1e7) continue
    // "on October 23", "in 2022", "50km", "40 percent": a date, a distance or a share counts no one
    const prev = tokens[k - 1]?.lower ?? ''
    const next = tokens[k + 1]?.lower ?? ''
    if (MONTHS.test(prev) || MONTHS.test(next) || NOT_PEOPLE.has(next)) continue
    if (/^\d{4}$/.test(t) && n >= 1900 && n <= 2100) continue
    return n
  }
  return null
}
const MONTHS =
  /^(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?$/
const NOT_PEOPLE = new Set(
  'km kilometres kilometers miles metres meters percent % am pm hours days weeks months years tonnes tons'.split(
    ' ',
  ),
)

function weaponNear(tokens: Token[], from: number, to: number, lex: ClaimsLexicon): string | null {
  for (let k = from; k < Math.min(to, from + 8); k++) {
    const cands = lex.weapons.get(tokens[k]!.lower)
    if (!cands) continue
    for (const words of cands)
      if (words.every((w, i) => tokens[k + i]?.lower === w)) return words.join(' ')
  }
  return null
}

const OWNER_REACH = 6

interface Owner {
  /** The entity named as the claim's maker ("Petrenko's claims"), or null. */
  key: string | null
  /** The side named ("the Russian claim", "Moscow's claims"), or null. */
  side: string | null
}

/** Whose claim a short denial names: "the Russian claim", "the ministry's report", or nobody. */
function ownerOf(input: PropositionInput, from: number, to: number): Owner | null {
  for (const e of input.entities) {
    if (e.type === 'place' && !e.affiliation) continue
    for (const m of e.mentions) {
      const at = tokenAt(input.tokens, m.start)
      if (at >= from && at < to)
        return { key: e.type === 'place' ? null : e.key, side: e.affiliation }
    }
  }
  for (let k = from; k < to; k++) {
    const t = input.tokens[k]!
    const c = t.upper ? loadGazetteer().country(t.text) : null
    if (c) return { key: null, side: c.code }
  }
  return null
}

/**
 * The propositions of the latest earlier statement that cited this kind of media or made a
 * claim; where the denial names whose claim it was, the latest of that speaker or side.
 */
function referent(
  input: PropositionInput,
  found: Proposition[],
  si: number,
  noun: string,
  owner: Owner | null,
): Proposition[] {
  const kind = /video|footage/.test(noun) ? 'video' : /photo|image/.test(noun) ? 'photo' : null
  const sideOf = new Map(input.entities.map((e) => [e.key, e.affiliation]))
  // a named maker is looked for among the last few statements: further back is another story
  const floor = owner ? Math.max(0, si - OWNER_REACH) : 0
  for (let j = si - 1; j >= floor; j--) {
    const st = input.statements[j]!
    const cites = kind
      ? st.evidence.some((e) => e.kind === kind)
      : /claim|report|statement|allegation|accusation|assertion|account|story|narrative|explanation|version/.test(
          noun,
        )
    if (!cites || st.polarity !== 'asserts') continue
    // "the Russian claim" is not what the last speaker, a Ukrainian, said
    const speaker = st.speaker?.entityKey ?? null
    if (
      owner &&
      !(owner.key && speaker === owner.key) &&
      !(owner.side && speaker && sideOf.get(speaker) === owner.side)
    )
      continue
    // "these claims" are the nearest claim made before; cited media may lie further back
    const props = found.filter((p) => p.statement === j && (!kind || p.key !== null))
    if (props.length || !kind) return props
  }
  return []
}

function statementDate(st: Statement, publishedAt: string | null): string | null {
  const v = st.time?.value
  if (v && /^\d{4}-\d{2}-\d{2}/.test(v)) return v.slice(0, 10)
  return publishedAt ? publishedAt.slice(0, 10) : null
}

// words that make what follows a plan, a wish or a failure rather than a claim that it happened
const NOUN_TRIGGERS = new Set(['fall', 'capture', 'liberation', 'seizure', 'loss'])
const MODALS_AFTER = new Set(['will', 'would', 'could', 'might', 'may', 'can'])

const REALIS_BEFORE_TO = new Set([
  'continue',
  'continues',
  'continued',
  'continuing',
  'manage',
  'manages',
  'managed',
])

const IRREALIS = new Set([
  'possible',
  'potential',
  'future',
  'eventual',
  'would-be',
  'will',
  'would',
  'could',
  'might',
  'may',
  'can',
  'plan',
  'plans',
  'planned',
  'planning',
  'aim',
  'aims',
  'aimed',
  'attempt',
  'attempts',
  'attempted',
  'attempting',
  'try',
  'tried',
  'tries',
  'trying',
  'fail',
  'failed',
  'fails',
  'failing',
  'intend',
  'intends',
  'intended',
  'threaten',
  'threatened',
  'threatens',
  'hope',
  'hopes',
  'hoped',
  'want',
  'wants',
  'wanted',
  'seek',
  'seeks',
  'sought',
  'bid',
  'goal',
  'goals',
  'objective',
  'objectives',
  'rationale',
  'pretext',
  'supposed',
  'prioritizing',
  'prioritising',
  'if',
  'unless',
  'whether',
  'must',
  'should',
])

const QUOTE_MARKS = new Set(['"', '“', '”', "'", '‘', '’'])

const CONDITIONS = new Set(['if', 'unless'])

const REFLEXIVES = new Set(['itself', 'themselves', 'himself', 'herself', 'ourselves'])

/** "… claims that …", "… reports that …" between the content's start and `at`. */
function nestedClaimBefore(tokens: Token[], from: number, at: number): boolean {
  for (let k = from + 1; k < at; k++)
    if (tokens[k]!.lower === 'that' && NESTED_NOUNS.has(tokens[k - 1]!.lower)) return true
  return false
}
const NESTED_NOUNS = new Set([
  'claims',
  'claim',
  'reports',
  'report',
  'allegations',
  'rumors',
  'rumours',
])

// base forms that, after a comma or "and" in a list, continue an aim ("efforts to break
// through, exit to the river, capture X"; "to cross … or reach the sea and take X")
const BASE_FORMS = new Set([
  'capture',
  'take',
  'seize',
  'liberate',
  'occupy',
  'retake',
  'recapture',
])

function irrealis(tokens: Token[], at: number, floor: number): boolean {
  const w0 = tokens[at]!.lower
  const prev = tokens[at - 1]?.lower ?? ''
  if (BASE_FORMS.has(w0) && (prev === ',' || prev === 'and' || prev === 'or') && at - 1 > floor)
    return true
  // "but you liberate X and then …": a generic "you" supposes
  if (prev === 'you' && at - 1 >= floor) return true
  // "to take X", "to ultimately take X", "to “liberate” X"
  let b = at - 1
  while (b > floor && (/^\p{Ll}+ly$/u.test(tokens[b]!.text) || QUOTE_MARKS.has(tokens[b]!.text)))
    b--
  // "continue to defend X", "managed to take X" say it happens
  if (tokens[b]?.lower === 'to' && b >= floor && !REALIS_BEFORE_TO.has(tokens[b - 1]?.lower ?? ''))
    return true
  // "in order to fortify and defend X": a verb joined to an infinitive just before it
  if ((tokens[b]?.lower === 'and' || tokens[b]?.lower === 'or') && b > floor)
    for (let j = b - 1; j >= Math.max(floor, b - 5); j--) {
      const t = tokens[j]!
      if (t.punct) break
      if (t.lower === 'to') return !REALIS_BEFORE_TO.has(tokens[j - 1]?.lower ?? '')
    }
  // a modal just before the trigger ("could take X") or a condition anywhere earlier in the
  // clause ("… if they do not launch an attack on X") asserts nothing; nor does a verb joined
  // to an aim ("would allow them to bypass Y and ultimately take X")
  // "to complete the capture of X", "to prevent the fall of X": an aim, not a capture
  if (
    tokens[at - 1]?.lower === 'the' &&
    NOUN_TRIGGERS.has(tokens[at]!.lower) &&
    tokens[at - 3]?.lower === 'to' &&
    at - 3 >= floor &&
    !REALIS_BEFORE_TO.has(tokens[at - 4]?.lower ?? '')
  )
    return true
  // "the fall of X will not change …": a capture named as a subject of what may happen
  if (tokens[at - 1]?.lower === 'the' && NOUN_TRIGGERS.has(tokens[at]!.lower))
    for (let j = at + 1; j < Math.min(tokens.length, at + 7); j++) {
      if (MODALS_AFTER.has(tokens[j]!.lower)) return true
      if (tokens[j]!.punct) break
    }
  // "for further attacks on X", "preparing for the offensive in X": what may come, not what came
  const b1 = tokens[at - 1]?.lower ?? ''
  if (at - 1 >= floor && PROSPECTIVE.has(b1)) return true
  for (let j = at - 1; j >= Math.max(floor, at - 4); j--) {
    if (tokens[j]!.lower !== 'for') continue
    if (/^prepar/.test(tokens[j - 1]?.lower ?? '') || /^prepar/.test(tokens[j - 2]?.lower ?? ''))
      return true
    break
  }
  let joined = false
  for (let j = at - 1; j >= Math.max(floor, at - 10); j--) {
    const w = tokens[j]!.lower
    if (w === 'and' || w === 'or') joined = true
    if (CONDITIONS.has(w) || ((j >= at - 4 || joined) && IRREALIS.has(w))) return true
    // a quotation mark does not end the clause: the goal was the "liberation of X"
    if (tokens[j]!.punct && !QUOTE_MARKS.has(tokens[j]!.text)) break
  }
  return false
}

// adjectives of what has not happened: "further attacks", "a possible offensive"
const PROSPECTIVE = new Set(
  'further future possible potential planned imminent upcoming expected likely anticipated'.split(
    ' ',
  ),
)

// words between a trigger and its place that keep the place its object: "the embattled city of X"
// capture verbs whose object is the place taken ("took X"), unlike "fighting in X"
const TRANSITIVE = new Set([
  'captured',
  'capture',
  'captures',
  'capturing',
  'seized',
  'seize',
  'seizes',
  'took',
  'taken',
  'take',
  'takes',
  'taking',
  'liberated',
  'liberate',
  'overran',
  'overrun',
])
const LOCATIVE = new Set(['in', 'into', 'near', 'around', 'on', 'at'])
const ACTIVE_ATTACK = new Set(
  'hits hit strikes struck attacks attacked shells shelled bombs bombed targets targeted'.split(
    ' ',
  ),
)

const FILLERS = new Set([
  'the',
  'a',
  'an',
  'city',
  'town',
  'village',
  'settlement',
  'region',
  'oblast',
  'province',
  'port',
  'capital',
  'of',
  'in',
  'into',
  'over',
  'on',
  'around',
  'near',
  'for',
  'eastern',
  'western',
  'northern',
  'southern',
  'central',
  'key',
  'strategic',
  'embattled',
  'besieged',
  'frontline',
  'front-line',
  'industrial',
  'small',
  'nearby',
  'entire',
  'whole',
  'most',
  'much',
  'part',
  'parts',
  'all',
  'control',
  'full',
  'complete',
  'ruined',
  'war-torn',
  'devastated',
  'bombed-out',
  'occupied',
  'southeastern',
  'northeastern',
  'southwestern',
  'northwestern',
  'coastal',
  'seaside',
  'of',
  'positions',
])

const ADJECTIVAL = new Set(['the', 'a', 'an', 'recently', 'newly', 'already'])

const PASSIVE_LINKS = new Set(["'s", '’s', 'was', 'were', 'is', 'are', 'been', 'being'])

const LINKS = new Set([
  // "Lysychansk's fall", "the city's capture"
  "'s",
  '’s',
  'has',
  'have',
  'had',
  'was',
  'were',
  'is',
  'are',
  'been',
  'being',
  'now',
  'finally',
  'fully',
  'already',
  'reportedly',
  'effectively',
  'completely',
  'largely',
  'still',
  'not',
  "n't",
  'never',
])

/**
 * The place a trigger is about: its object just after it ("captured X", "the capture of X",
 * "fighting in X"), or its subject just before it ("X has fallen", "X is taken").
 */
function argumentOf(
  tokens: Token[],
  places: PlaceRef[],
  h: { at: number; end: number; t: Trigger },
  wide = 0,
): PlaceRef | undefined {
  const flag = h.t.words.some((w) => w === 'flag') || wide > 0
  const reach = wide || (flag ? 10 : 6)
  const after = places.find((p) => p.at >= h.end && p.at < h.end + reach)
  // "decisions were taken in Moscow": after a verb that takes its place as object, "in X" is
  // where it happened, not what was taken
  const located =
    TRANSITIVE.has(tokens[h.end - 1]!.lower) && LOCATIVE.has(tokens[h.end]?.lower ?? '')
  // the object is the first thing named after the trigger: "captured Popasna in the Luhansk region" is about Popasna
  if (
    after &&
    !located &&
    tokens
      .slice(h.end, after.at)
      .every(
        (x) => (flag && !x.punct && !x.upper) || FILLERS.has(x.lower) || QUOTE_MARKS.has(x.text),
      )
  )
    return after
  const before = [...places].reverse().find((p) => p.at < h.at && p.at >= h.at - 5)
  if (!before) return undefined
  let passive = false
  for (let k = before.at + 1; k < h.at; k++) {
    if (!LINKS.has(tokens[k]!.lower) && !(tokens[k]!.upper && k === before.at + 1)) return undefined
    if (PASSIVE_LINKS.has(tokens[k]!.lower)) passive = true
  }
  // "a station in the city took a direct hit": before a verb that takes an object, the place
  // is what was taken only in the passive ("the city was taken") or a possessive ("the city's
  // capture")
  if (h.t.words.length === 1 && TRANSITIVE.has(h.t.words[0]!) && !passive) return undefined
  // "Brussels hits Putin's inner circle": a place before an active attack verb is who acts
  if (
    h.t.frame === 'attack' &&
    h.t.words.length === 1 &&
    ACTIVE_ATTACK.has(h.t.words[0]!) &&
    !passive
  )
    return undefined
  // "occupied X is holding a marathon": a verb with an object of its own is not about X
  if (
    (!passive || tokens[h.end - 1]!.lower.endsWith('ing')) &&
    OBJECT_OPENERS.has(tokens[h.end]?.lower ?? '')
  )
    return undefined
  return before
}

const MACHINES = new Set(
  'vehicles drones boats missiles rockets shells aircraft planes jets helicopters ships vessels'.split(
    ' ',
  ),
)
const OBJECT_OPENERS = new Set(['a', 'an', 'the', 'its', 'their', 'his', 'her'])
const OWN = new Set(['our', 'their', 'its'])
const FORCES = new Set(['forces', 'troops', 'soldiers', 'defenders', 'fighters', 'units', 'army'])

/** "its forces were still …", "their troops …": the speaker's own forces, just before `at`. */
function ownForcesBefore(tokens: Token[], at: number, from: number): boolean {
  for (let k = at - 1; k > from && k >= at - 4; k--)
    if (FORCES.has(tokens[k]!.lower) && OWN.has(tokens[k - 1]!.lower)) return true
  return false
}

/** "the city", "the town": a reference to the last city named shortly before. */
function placeReferences(
  input: PropositionInput,
  places: PlaceRef[],
  from: number,
  to: number,
): PlaceRef[] {
  const { tokens } = input
  const out: PlaceRef[] = []
  for (let k = from; k + 1 < to; k++) {
    if (tokens[k]!.lower !== 'the' || !PLACE_NOUNS.has(tokens[k + 1]!.lower)) continue
    // "the town of Popasna", "the capital, Kyiv" name their place right there, known to the
    // gazetteer or not
    if ((tokens[k + 2]?.lower === 'of' || tokens[k + 2]?.text === ',') && tokens[k + 3]?.upper)
      continue
    // "the settlement in Donetsk Oblast", "the village near X": a place of its own, unnamed
    if (LOCATING.has(tokens[k + 2]?.lower ?? '')) continue
    // "the city" is the last city named, "the region" the last region
    const noun = tokens[k + 1]!.lower
    const want = noun === 'region' || noun === 'area' ? 'region' : 'city'
    const ante = [...places].reverse().find((p) => p.at < k && k - p.at < 120 && p.kind === want)
    // "… liberated Kyselivka … the liberation of the settlement": a place the gazetteer does
    // not know, named after the last one it knows, may be the one meant
    if (ante && !unknownPlaceBetween(input, places, ante.at + 1, k))
      out.push({ ...ante, at: k + 1 })
  }
  return out
}

const LOCATING = new Set(['in', 'near', 'outside', 'west', 'east', 'north', 'south'])
// words before a place's name: "in X", "near X", "captured X", "liberated X"
const BEFORE_PLACE = new Set(
  'in near of outside from to into toward towards captured liberated seized took entered'.split(
    ' ',
  ),
)

/** A capitalised word in [from, to) after a place word, the gazetteer's place or not, that no entity claims. */
function unknownPlaceBetween(
  input: PropositionInput,
  places: PlaceRef[],
  from: number,
  to: number,
): boolean {
  const { tokens } = input
  for (let k = from; k < to; k++) {
    const t = tokens[k]!
    if (!t.upper || !BEFORE_PLACE.has(tokens[k - 1]?.lower ?? '')) continue
    if (places.some((p) => p.at === k)) continue
    if (input.entities.some((e) => e.mentions.some((m) => m.start <= t.start && t.end <= m.end)))
      continue
    return true
  }
  return false
}

/** Who delivers: a country or organisation named just before the trigger ("Finland decided to supply"). */
function supplierBefore(
  input: PropositionInput,
  at: number,
  from: number,
): { key: string; name: string } | null {
  const { tokens } = input
  let best: { key: string; name: string; at: number } | null = null
  for (const e of input.entities) {
    const country = e.type === 'place' && e.geo?.kind === 'country'
    if (!country && e.type !== 'organization') continue
    for (const m of e.mentions) {
      const k = tokenAt(tokens, m.start)
      if (k >= from && k < at && k >= at - 8 && (!best || k > best.at))
        best = { key: e.key, name: e.name, at: k }
    }
  }
  return best
}
