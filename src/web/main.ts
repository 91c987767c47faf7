import './style.css'
import { get, type Health } from './lib/api.js'
import { h, replace } from './lib/dom.js'
import { type Route, startRouter } from './lib/router.js'
import { token } from './lib/token.js'
import { articleRoute } from './pages/article.js'
import { articlesRoute } from './pages/articles.js'
import { claimRoute } from './pages/claim.js'
import { claimsRoute, disputesRoute, homeRoute } from './pages/claims.js'
import { entityRoute } from './pages/entity.js'
import { mapRoute } from './pages/map.js'
import { placeRoute } from './pages/place.js'
import { searchRoute } from './pages/search.js'

const notFound: Route = {
  path: '*',
  async render(ctx) {
    ctx.title('Not found')
    replace(
      ctx.main,
      h('h1', null, 'Not found'),
      h(
        'p',
        null,
        'There is no such page. ',
        h('a', { href: '/disputes' }, 'See the disputes'),
        '.',
      ),
    )
  },
}

/** The token box: lets a person enter the API token to annotate, merge and split claims. */
async function renderAuth(): Promise<void> {
  const el = document.getElementById('auth')
  if (!el) return
  let health: Health
  try {
    health = await get<Health>('/health')
  } catch {
    replace(el, h('span', { class: 'muted' }, 'server unreachable'))
    return
  }
  if (health.writes === 'disabled') {
    replace(
      el,
      h(
        'span',
        {
          class: 'muted',
          title: 'Start the server with COUNTERCLAIM_TOKEN set to allow notes, merge and split',
        },
        'read-only',
      ),
    )
    return
  }
  if (token.get()) {
    replace(
      el,
      h('span', null, 'Editing on '),
      h('button', { type: 'button', onclick: () => token.set(null) }, 'Forget token'),
    )
    return
  }
  const input = h('input', {
    id: 'token',
    type: 'password',
    autocomplete: 'off',
    size: 14,
    required: true,
  })
  const form = h(
    'form',
    { class: 'token-form', method: 'post' },
    h('label', { for: 'token' }, 'API token'),
    ' ',
    input,
    ' ',
    h('button', { type: 'submit' }, 'Use'),
  )
  form.addEventListener('submit', (ev) => {
    ev.preventDefault()
    token.set(input.value.trim() || null)
  })
  replace(el, form)
}

window.addEventListener('counterclaim:token', () => {
  void renderAuth()
  // pages that offer editing draw themselves again
  window.dispatchEvent(new PopStateEvent('popstate'))
})
void renderAuth()
startRouter(
  [
    homeRoute,
    disputesRoute,
    claimsRoute,
    claimRoute,
    articlesRoute,
    articleRoute,
    entityRoute,
    mapRoute,
    placeRoute,
    searchRoute,
  ],
  notFound,
)
