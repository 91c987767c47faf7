import { z } from 'zod'
import { addAnnotation, MAX_AUTHOR_CHARS, MAX_NOTE_CHARS } from '../../store/annotations.js'
import {
  type ClaimRecord,
  findClaim,
  listClaims,
  mergeClaims,
  splitClaim,
} from '../../store/claims.js'
import { listStatementsByIds } from '../../store/statements.js'
import { parse } from '../args.js'
import { UsageError } from '../config.js'
import { withStore } from '../open.js'

const CLAIM_ID = z.string().regex(/^cl_[0-9a-f]{12}$/, 'a claim id looks like cl_0123456789ab')
const STATEMENT_ID = z
  .string()
  .regex(/^st_[0-9a-f]{12}$/, 'a statement id looks like st_0123456789ab')

export const claimsUsage = `counterclaim claims [--disputed] [--status S] [--place NAME] [--limit N] [--offset N] [--json] [--db PATH]

Lists claims, most recently active first: the claim, its status, and each side's stance with
its number of independent sources. Status is asserted, contested, conceded, corroborated or refuted.`

export const disputesUsage = `counterclaim disputes [--place NAME] [--limit N] [--offset N] [--json] [--db PATH]

Lists disputes: claims one side supports and another refutes, most recently active first.`

const listSchema = z.object({
  db: z.string().min(1).optional(),
  disputed: z.boolean().optional(),
  status: z.enum(['asserted', 'contested', 'conceded', 'corroborated', 'refuted']).optional(),
  place: z.string().min(1).max(200).optional(),
  limit: z.coerce.number().int().min(1).max(10000).default(20),
  offset: z.coerce.number().int().min(0).default(0),
  json: z.boolean().optional(),
  positionals: z.array(z.string()).max(0, 'takes no arguments'),
})
const listOptions = {
  db: { type: 'string' },
  status: { type: 'string' },
  place: { type: 'string' },
  limit: { type: 'string' },
  offset: { type: 'string' },
  json: { type: 'boolean' },
} as const

function sidesLine(c: ClaimRecord): string {
  return c.sides
    .filter((s) => s.supports + s.refutes > 0)
    .map(
      (s) =>
        `${s.affiliation ?? 'unknown side'} ${s.stance} (${s.sources} source${s.sources === 1 ? '' : 's'})`,
    )
    .join('; ')
}

async function list(argv: string[], disputedOnly: boolean): Promise<number> {
  const a = parse(
    argv,
    disputedOnly ? listOptions : { ...listOptions, disputed: { type: 'boolean' } },
    listSchema,
  )
  return withStore(a.db, async (store) => {
    const rows = await listClaims(store.db, {
      limit: a.limit,
      offset: a.offset,
      ...(disputedOnly || a.disputed ? { disputed: true } : {}),
      ...(a.status ? { status: a.status } : {}),
      ...(a.place ? { place: a.place } : {}),
    })
    if (a.json) {
      console.log(JSON.stringify(rows, null, 2))
      return 0
    }
    if (rows.length === 0) console.log(disputedOnly ? 'no disputes found' : 'no claims match')
    for (const c of rows) {
      console.log(`${c.id}  [${c.status}]  ${c.text}`)
      console.log(
        `    ${sidesLine(c) || 'no side known'}; ${c.stances.length} statement(s), ${c.firstSeen ?? '?'} .. ${c.lastSeen ?? '?'}`,
      )
    }
    return 0
  })
}

export const claimsCommand = (argv: string[]) => list(argv, false)
export const disputesCommand = (argv: string[]) => list(argv, true)

export const claimUsage = `counterclaim claim <claim-id> [--json] [--db PATH]

Shows one claim: its frame and places, its status over time, each side with its independent
sources, and every statement behind it with speaker, cue, hedges, evidence, the sentence it
came from, and why it was grouped here; then analysts' notes, oldest first.`

export async function claimCommand(argv: string[]): Promise<number> {
  const a = parse(
    argv,
    { db: { type: 'string' }, json: { type: 'boolean' } },
    z.object({
      db: z.string().min(1).optional(),
      json: z.boolean().optional(),
      positionals: z.array(CLAIM_ID).length(1, 'give one claim id'),
    }),
  )
  const id = a.positionals[0]!
  return withStore(a.db, async (store) => {
    const c = await findClaim(store.db, id)
    if (!c) throw new UsageError(`no claim ${id} in ${store.location}`)
    const statements = await listStatementsByIds(
      store.db,
      c.stances.map((s) => s.statementId),
    )
    if (a.json) {
      console.log(JSON.stringify({ claim: c, statements }, null, 2))
      return 0
    }
    const out: string[] = [
      `${c.text}`,
      `${c.id}  frame ${c.frame.type}  status ${c.status}${c.disputed ? ' (disputed)' : ''}`,
    ]
    if (c.places.length)
      out.push(
        `places: ${c.places.map((p) => `${p.name}${p.lat !== null ? ` (${p.lat.toFixed(3)}, ${p.lon!.toFixed(3)})` : ''}`).join(', ')}`,
      )
    out.push(`sides: ${sidesLine(c) || 'none known'}`, '', 'timeline:')
    const byId = new Map(statements.map((s) => [s.id, s]))
    const stanceBy = new Map(c.stances.map((s) => [s.statementId, s]))
    for (const t of c.timeline) {
      const s = byId.get(t.statementId)
      const st = stanceBy.get(t.statementId)
      if (!s || !st) continue
      const who = s.speaker
        ? `${s.speaker.text}${s.speaker.entityName && s.speaker.entityName !== s.speaker.text ? ` (= ${s.speaker.entityName})` : ''}`
        : '(no source)'
      out.push(`  ${t.date}  ${t.affiliation ?? '??'} ${t.stance.padEnd(8)} -> ${t.status}`)
      out.push(`    ${who} | ${s.cue.text} | ${s.content.text}`)
      const extra: string[] = []
      if (s.hedges.length) extra.push(`hedges: ${s.hedges.join(', ')}`)
      if (s.evidence.length)
        extra.push(
          `evidence: ${s.evidence.map((e) => [...e.qualifiers, e.kind].join(' ')).join(', ')}`,
        )
      const g = st.grouping as { method: string; score?: number }
      extra.push(
        `grouped by ${g.method}${g.score !== undefined ? ` ${g.score}` : ''}; ${st.rule} ${st.confidence.toFixed(2)}`,
      )
      out.push(`    ${extra.join('; ')}`)
      out.push(`    sentence: ${s.sentenceText}`)
      out.push(`    in ${s.articleId} (${s.articleSource})`)
    }
    if (c.annotations.length) {
      out.push('', 'notes:')
      for (const n of c.annotations) {
        out.push(
          `  ${n.createdAt.slice(0, 16).replace('T', ' ')}  ${n.author ?? 'unsigned'}${n.statementId ? `  on ${n.statementId}` : ''}`,
        )
        for (const line of n.text.split('\n')) out.push(`    ${line}`)
      }
    }
    console.log(out.join('\n'))
    return 0
  })
}

export const mergeUsage = `counterclaim merge <from-claim-id> <into-claim-id> [--db PATH]

Merges the first claim into the second. The decision is kept: statements that would have
joined the first claim join the second from now on, also when articles are read again.`

export async function mergeCommand(argv: string[]): Promise<number> {
  const a = parse(
    argv,
    { db: { type: 'string' } },
    z.object({
      db: z.string().min(1).optional(),
      positionals: z.array(CLAIM_ID).length(2, 'give two claim ids: from, into'),
    }),
  )
  const [from, into] = a.positionals as [string, string]
  return withStore(a.db, async (store) => {
    try {
      await mergeClaims(store.db, from, into)
    } catch (e) {
      throw new UsageError((e as Error).message)
    }
    console.log(`merged ${from} into ${into}`)
    return 0
  })
}

export const splitUsage = `counterclaim split <claim-id> <statement-id>... [--db PATH]

Moves the given statements out of a claim into a new claim of their own. The decision is
kept and applied again when the same articles are read again.`

export async function splitCommand(argv: string[]): Promise<number> {
  const a = parse(
    argv,
    { db: { type: 'string' } },
    z.object({
      db: z.string().min(1).optional(),
      positionals: z
        .tuple([CLAIM_ID], STATEMENT_ID)
        .refine((p) => p.length >= 2, 'give a claim id and at least one statement id'),
    }),
  )
  const [claim, ...statements] = a.positionals
  return withStore(a.db, async (store) => {
    let into: string
    try {
      into = await splitClaim(store.db, claim, statements)
    } catch (e) {
      throw new UsageError((e as Error).message)
    }
    console.log(`split ${statements.length} statement(s) out of ${claim} into ${into}`)
    return 0
  })
}

export const annotateUsage = `counterclaim annotate <claim-id> --text TEXT [--statement ID] [--author NAME] [--json] [--db PATH]

Adds an analyst's note to a claim, or to one of its statements with --statement. The note is
plain text, 1 to ${MAX_NOTE_CHARS} characters once trimmed. Notes stay when articles are read again and
move with their claim when it is merged into another; "counterclaim claim" and the dashboard
show them (a running server at once).`

export async function annotateCommand(argv: string[]): Promise<number> {
  const a = parse(
    argv,
    {
      db: { type: 'string' },
      text: { type: 'string' },
      statement: { type: 'string' },
      author: { type: 'string' },
      json: { type: 'boolean' },
    },
    z.object({
      db: z.string().min(1).optional(),
      text: z.string({ error: 'give the note with --text' }).trim().min(1, 'the note is empty'),
      statement: STATEMENT_ID.optional(),
      author: z
        .string()
        .max(5 * MAX_AUTHOR_CHARS)
        .optional(),
      json: z.boolean().optional(),
      positionals: z.array(CLAIM_ID).length(1, 'give one claim id'),
    }),
  )
  const claimId = a.positionals[0]!
  return withStore(a.db, async (store) => {
    let note: Awaited<ReturnType<typeof addAnnotation>>
    try {
      note = await addAnnotation(store.db, {
        claimId,
        text: a.text,
        statementId: a.statement,
        author: a.author,
      })
    } catch (e) {
      throw new UsageError((e as Error).message)
    }
    if (a.json) console.log(JSON.stringify(note, null, 2))
    else
      console.log(
        `added note ${note.id} to ${claimId}${note.statementId ? ` on ${note.statementId}` : ''}`,
      )
    return 0
  })
}
