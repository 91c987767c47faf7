import type { Static } from 'typebox'
import type * as S from '../../server/schemas.js'
import { token } from './token.js'

export type Health = Static<typeof S.Health>
export type ClaimSummary = Static<typeof S.ClaimSummary>
export type ClaimDetail = Static<typeof S.ClaimDetail>
export type ClaimStatement = ClaimDetail['statements'][number]
export type Annotation = Static<typeof S.Annotation>
export type ArticleDetail = Static<typeof S.ArticleDetail>
export type ArticleListItem = Static<typeof S.ArticleListItem>
export type StatementListItem = Static<typeof S.StatementListItem>
export type EntityDetail = Static<typeof S.EntityDetail>
export type PlaceSummary = Static<typeof S.PlaceSummary>
export type PlaceDetail = Static<typeof S.PlaceDetail>
export type SearchResults = Static<typeof S.SearchResults>
export type SearchHit = SearchResults['claims']['items'][number]
export interface Page<T> {
  items: T[]
  limit: number
  offset: number
  next: number | null
}

/** An error answer from the API, with its message for people. */
export class ApiFailure extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message)
  }
}

type Params = Record<string, string | number | boolean | undefined | null>

function url(path: string, params: Params = {}): string {
  const q = new URLSearchParams()
  for (const [k, v] of Object.entries(params))
    if (v !== undefined && v !== null && v !== '') q.set(k, String(v))
  const s = q.toString()
  return `/api/v1${path}${s ? `?${s}` : ''}`
}

async function call<T>(method: string, path: string, params?: Params, body?: unknown): Promise<T> {
  const headers: Record<string, string> = { accept: 'application/json' }
  if (body !== undefined) headers['content-type'] = 'application/json'
  const t = token.get()
  if (t && method !== 'GET') headers.authorization = `Bearer ${t}`
  let res: Response
  try {
    res = await fetch(url(path, params), {
      method,
      headers,
      ...(body !== undefined ? { body: JSON.stringify(body) } : {}),
    })
  } catch {
    throw new ApiFailure(0, 'network', 'the server cannot be reached')
  }
  const data = (await res.json().catch(() => null)) as unknown
  if (!res.ok) {
    const e = (data as Static<typeof S.ErrorBody> | null)?.error
    throw new ApiFailure(res.status, e?.code ?? 'internal', e?.message ?? `HTTP ${res.status}`)
  }
  return data as T
}

/** GET from the API. */
export const get = <T>(path: string, params?: Params) => call<T>('GET', path, params)
/** POST to the API, with the token when one is set. */
export const post = <T>(path: string, body: unknown) => call<T>('POST', path, undefined, body)
