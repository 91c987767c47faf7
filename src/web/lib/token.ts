// the write token lives for this tab only: closing the tab forgets it
const KEY = 'counterclaim.token'

/** The API token a person entered to annotate, merge and split claims. */
export const token = {
  get(): string | null {
    try {
      return sessionStorage.getItem(KEY)
    } catch {
      return null
    }
  },
  set(value: string | null): void {
    try {
      if (value) sessionStorage.setItem(KEY, value)
      else sessionStorage.removeItem(KEY)
    } catch {}
    window.dispatchEvent(new Event('counterclaim:token'))
  },
}
