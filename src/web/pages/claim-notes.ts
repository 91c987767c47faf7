import {
  type Annotation,
  ApiFailure,
  type ClaimDetail,
  type ClaimStatement,
  post,
} from '../lib/api.js'
import { announce, h } from '../lib/dom.js'
import { day, plural } from '../lib/format.js'

const MAX_NOTE = 5000
const MAX_AUTHOR = 200
// the chooser shows the start of each statement: enough to tell them apart
const OPTION_CHARS = 90

/** A timestamp as a person reads it: day and minute, in UTC like the ledger. */
function when(iso: string): string {
  return /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/.test(iso)
    ? `${iso.slice(0, 16).replace('T', ' ')} UTC`
    : day(iso)
}

function speakerName(s: { speaker: ClaimStatement['speaker'] }): string {
  return s.speaker?.entityName ?? s.speaker?.text ?? 'no known speaker'
}

function shorten(text: string, n: number): string {
  return text.length > n ? `${text.slice(0, n - 1).trimEnd()}…` : text
}

/** One note: who, when, what it is about, and its text. Every piece of it is a text node. */
function noteItem(n: Annotation): HTMLElement {
  return h(
    'li',
    { class: 'note', id: `note-${n.id}` },
    h(
      'p',
      { class: 'note-meta' },
      h('span', { class: 'note-author' }, n.author ?? 'Unsigned'),
      ' · ',
      h('time', { datetime: n.createdAt }, when(n.createdAt)),
      ' · ',
      n.statementId
        ? h('a', { href: `#st-${n.statementId}` }, 'about one statement')
        : 'on the claim as a whole',
    ),
    n.statement
      ? h(
          'blockquote',
          { class: 'note-statement' },
          `${n.statement.speaker ?? 'No known speaker'}: `,
          h('q', null, n.statement.content),
        )
      : n.statementId
        ? h(
            'p',
            { class: 'muted' },
            `Statement ${n.statementId}: its article is not in the ledger now.`,
          )
        : null,
    h('p', { class: 'note-text' }, n.text),
  )
}

/**
 * The claim's notes by analysts, oldest first, and (with a token) a form to add one about the
 * claim or one of its statements. `addStatements` offers statements loaded later in the chooser.
 */
export function notesSection(
  d: ClaimDetail,
  editable: boolean,
): { el: HTMLElement; addStatements(statements: ClaimStatement[]): void } {
  const count = h('span', { class: 'muted' })
  const list = h('ol', { class: 'notes', 'aria-labelledby': 'notes-h' })
  const empty = h('p', { class: 'empty' }, 'No notes yet.')
  const shown = () => {
    count.textContent = list.childElementCount ? ` (${list.childElementCount})` : ''
    if (list.childElementCount) empty.remove()
  }
  list.append(...d.annotations.map(noteItem))

  const chooser = h(
    'select',
    { id: 'note-statement', name: 'statementId' },
    h('option', { value: '' }, 'The claim as a whole'),
  )
  const addStatements = (statements: ClaimStatement[]) => {
    for (const s of statements)
      chooser.append(
        h(
          'option',
          { value: s.id },
          `${day(s.date)} · ${speakerName(s)}: ${shorten(s.content.text, OPTION_CHARS)}`,
        ),
      )
  }
  addStatements(d.statements)

  const section = h(
    'section',
    { class: 'notes-section', 'aria-labelledby': 'notes-h' },
    h('h2', { id: 'notes-h' }, 'Notes', count),
    list,
    empty,
  )
  shown()
  if (!editable) return { el: section, addStatements }

  const text = h('textarea', {
    id: 'note-text',
    name: 'text',
    rows: 4,
    cols: 60,
    required: true,
    maxlength: MAX_NOTE,
    'aria-describedby': 'note-help',
  })
  const author = h('input', {
    id: 'note-author',
    name: 'author',
    maxlength: MAX_AUTHOR,
    autocomplete: 'name',
    size: 24,
  })
  const submit = h('button', { type: 'submit' }, 'Add the note')
  const out = h('p', { class: 'edit-result', role: 'status' })
  const form = h(
    'form',
    { class: 'note-form', method: 'post', 'aria-labelledby': 'note-form-h' },
    h('h3', { id: 'note-form-h' }, 'Add a note'),
    h('p', null, h('label', { for: 'note-text' }, 'Note'), h('br'), text),
    h(
      'p',
      { id: 'note-help', class: 'muted' },
      `Plain text, up to ${MAX_NOTE.toLocaleString('en')} characters; everyone who can read the ledger sees it.`,
    ),
    h('p', null, h('label', { for: 'note-statement' }, 'About'), ' ', chooser),
    h('p', null, h('label', { for: 'note-author' }, 'Your name (optional)'), ' ', author),
    h('p', null, submit),
    out,
  )
  form.addEventListener('submit', async (ev) => {
    ev.preventDefault()
    if (!text.value.trim()) {
      out.textContent = 'Write the note first.'
      text.focus()
      return
    }
    submit.setAttribute('disabled', '')
    try {
      const note = await post<Annotation>(`/claims/${d.claim.id}/annotations`, {
        text: text.value,
        ...(author.value.trim() ? { author: author.value } : {}),
        ...(chooser.value ? { statementId: chooser.value } : {}),
      })
      list.append(noteItem(note))
      shown()
      text.value = ''
      out.textContent = `Note added: ${plural(list.childElementCount, 'note')} on this claim.`
      announce('Note added.')
    } catch (e) {
      out.textContent =
        e instanceof ApiFailure ? `Failed: ${e.message}` : `Failed: ${(e as Error).message}`
    } finally {
      submit.removeAttribute('disabled')
    }
  })
  section.append(form)
  return { el: section, addStatements }
}
