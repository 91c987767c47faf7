import { announce, h, replace } from './dom.js'

export interface Route {
  /** The path's pattern: ":name" stands for one segment. */
  path: string
  render(ctx: RouteContext): Promise<void>
}

export interface RouteContext {
  params: Record<string, string>
  query: URLSearchParams
  main: HTMLElement
  /** Sets the page's title and its main heading. */
  title(text: string): void
}

let routes: { pattern: RegExp; names: string[]; route: Route }[] = []
let renderId = 0

/**
 * A history-API router: links within the dashboard change the page without a reload, the
 * back button works, and each page gets its own title with focus moved to its heading.
 */
export function startRouter(list: Route[], notFound: Route): void {
  routes = list.map((route) => {
    const names: string[] = []
    const pattern = new RegExp(
      `^${route.path.replace(/:([a-z]+)/gi, (_m, n: string) => {
        names.push(n)
        return '([^/]+)'
      })}/?$`,
    )
    return { pattern, names, route }
  })
  document.addEventListener('click', (ev) => {
    const a = (ev.target as Element | null)?.closest?.('a')
    if (!a || ev.defaultPrevented || ev.button !== 0) return
    if (ev.metaKey || ev.ctrlKey || ev.shiftKey || ev.altKey) return
    if (a.target || a.hasAttribute('download')) return
    const url = new URL(a.href, location.href)
    if (url.origin !== location.origin || url.pathname.startsWith('/api/')) return
    ev.preventDefault()
    navigate(url.pathname + url.search + url.hash)
  })
  document.addEventListener('submit', (ev) => {
    const form = ev.target as HTMLFormElement
    const action = form.getAttribute('action') || location.pathname
    if (form.method.toLowerCase() !== 'get' || !action.startsWith('/')) return
    ev.preventDefault()
    const q = new URLSearchParams()
    for (const [k, v] of new FormData(form)) if (typeof v === 'string' && v !== '') q.set(k, v)
    const s = q.toString()
    navigate(`${action}${s ? `?${s}` : ''}`)
  })
  window.addEventListener('popstate', () => void render(notFound, false))
  void render(notFound, false)
}

/** Goes to a path of the dashboard. */
export function navigate(path: string): void {
  history.pushState(null, '', path)
  void renderCurrent(true)
}

let fallback: Route | undefined

async function renderCurrent(moved: boolean): Promise<void> {
  if (fallback) await render(fallback, moved)
}

async function render(notFound: Route, moved: boolean): Promise<void> {
  fallback = notFound
  const id = ++renderId
  const main = document.getElementById('main')!
  let match: { route: Route; params: Record<string, string> } | undefined
  for (const r of routes) {
    const m = r.pattern.exec(location.pathname)
    if (m) {
      const params: Record<string, string> = {}
      r.names.forEach((n, i) => {
        params[n] = decodeURIComponent(m[i + 1]!)
      })
      match = { route: r.route, params }
      break
    }
  }
  const route = match?.route ?? notFound
  main.setAttribute('aria-busy', 'true')
  replace(main, h('p', { class: 'loading' }, 'Loading…'))
  markCurrentNav()
  const ctx: RouteContext = {
    params: match?.params ?? {},
    query: new URLSearchParams(location.search),
    main,
    title(text) {
      document.title = `${text} · Counterclaim`
    },
  }
  try {
    await route.render(ctx)
  } catch (e) {
    if (id !== renderId) return
    replace(
      main,
      h('h1', null, 'Something went wrong'),
      h('p', { role: 'alert', class: 'error' }, (e as Error).message),
    )
    document.title = 'Error · Counterclaim'
  }
  if (id !== renderId) return
  main.removeAttribute('aria-busy')
  announce(document.title.replace(/ · Counterclaim$/, ''))
  const target = location.hash
    ? document.getElementById(decodeURIComponent(location.hash.slice(1)))
    : null
  if (target) {
    target.classList.add('target')
    target.setAttribute('tabindex', '-1')
    target.scrollIntoView({ block: 'center' })
    target.focus({ preventScroll: true })
  } else if (moved) {
    window.scrollTo(0, 0)
    const h1 = main.querySelector('h1')
    if (h1) {
      h1.setAttribute('tabindex', '-1')
      h1.focus({ preventScroll: true })
    }
  }
}

function markCurrentNav(): void {
  for (const a of document.querySelectorAll<HTMLAnchorElement>('header nav a')) {
    const here =
      location.pathname === a.pathname || (a.pathname === '/disputes' && location.pathname === '/')
    if (here) a.setAttribute('aria-current', 'page')
    else a.removeAttribute('aria-current')
  }
}
