/**
 * One page of a list read with one row more than asked for, so the next offset is known
 * without counting the whole list.
 */
export function pageOf<T>(
  rows: T[],
  q: { limit: number; offset: number },
): { items: T[]; limit: number; offset: number; next: number | null } {
  return {
    items: rows.slice(0, q.limit),
    limit: q.limit,
    offset: q.offset,
    next: rows.length > q.limit ? q.offset + q.limit : null,
  }
}
