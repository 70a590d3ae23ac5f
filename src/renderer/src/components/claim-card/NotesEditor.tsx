import { useId, useMemo, useState, type FormEvent, type KeyboardEvent } from 'react'
import type { ChainedCommands, Editor } from '@tiptap/core'
import { EditorContent, useEditor, useEditorState } from '@tiptap/react'
import type { NotesDoc } from '../../../../shared/claim-model'
import { isSafeLinkUrl } from '../../../../shared/safe-url'
import {
  keepSafeLinks,
  notesExtensions,
  toEditorContent,
  toNotesDoc,
} from '../../editor/notes-schema'
import { unsavedNote, useNotesAutosave } from './use-notes-autosave'
import { inertPastedHtml } from '../../editor/inert-pasted-html'
import '../../styles/claim-card.css'

type Props = {
  value: NotesDoc
  onSave: (next: NotesDoc) => void
  /** Where a note too large to save is kept while the card is closed (see card-drafts). */
  draftKey: string
  label?: string
  /** One line under the title: what this text is for, read out with the editor. */
  hint?: string
}

const IS_MAC = /Mac|iPhone|iPad/.test(navigator.userAgent)
const MOD_LABEL = IS_MAC ? '⌘' : 'Ctrl'
const MOD_KEY = IS_MAC ? 'Meta' : 'Control'
const LINK_ERROR = 'Use a full address starting with http://, https:// or mailto:'

const FORMATS = [
  {
    name: 'bold',
    label: 'Bold',
    text: 'B',
    keys: 'B',
    run: (c: ChainedCommands) => c.toggleBold(),
  },
  {
    name: 'italic',
    label: 'Italic',
    text: 'I',
    keys: 'I',
    run: (c: ChainedCommands) => c.toggleItalic(),
  },
  {
    name: 'bulletList',
    label: 'Bullet list',
    text: '•',
    keys: 'Shift+8',
    run: (c: ChainedCommands) => c.toggleBulletList(),
  },
  {
    name: 'orderedList',
    label: 'Numbered list',
    text: '1.',
    keys: 'Shift+7',
    run: (c: ChainedCommands) => c.toggleOrderedList(),
  },
] as const

/** Puts a link on the selection (or the link under the cursor); an empty address removes it. */
function applyLink(editor: Editor, href: string) {
  const isBareCursor = editor.state.selection.empty && !editor.isActive('link')
  const chain = editor.chain().focus().extendMarkRange('link')
  if (!href) return chain.unsetLink().run()
  if (!isBareCursor) return chain.setLink({ href }).run()
  return chain
    .insertContent({ type: 'text', text: href, marks: [{ type: 'link', attrs: { href } }] })
    .run()
}

type LinkFormProps = { editor: Editor; id: string; onClose: () => void }

function LinkForm({ editor, id, onClose }: LinkFormProps) {
  const [initialHref] = useState(() => String(editor.getAttributes('link').href ?? ''))
  const [href, setHref] = useState(initialHref)
  const [error, setError] = useState('')
  const close = () => {
    editor.commands.focus()
    onClose()
  }
  const apply = (address: string) => {
    applyLink(editor, address)
    onClose()
  }
  const submit = (event: FormEvent) => {
    event.preventDefault()
    const address = href.trim()
    if (address && !isSafeLinkUrl(address)) return setError(LINK_ERROR)
    apply(address)
  }
  const closeOnEscape = (event: KeyboardEvent) => {
    if (event.key !== 'Escape') return
    event.preventDefault()
    close()
  }

  return (
    <form
      id={id}
      className="notes-link-form"
      noValidate
      onSubmit={submit}
      onKeyDown={closeOnEscape}
    >
      <label htmlFor={`${id}-href`}>Link address</label>
      <input
        id={`${id}-href`}
        type="url"
        value={href}
        maxLength={2048}
        placeholder="https://… or mailto:…"
        autoFocus
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${id}-error` : `${id}-hint`}
        onChange={(event) => {
          setHref(event.target.value)
          setError('')
        }}
      />
      {error ? (
        <p id={`${id}-error`} className="field-error" role="alert">
          {error}
        </p>
      ) : (
        <p id={`${id}-hint`} className="field-hint">
          Leave the address empty to remove the link.
        </p>
      )}
      <div className="notes-link-actions">
        <button type="submit">{initialHref ? 'Update link' : 'Add link'}</button>
        {initialHref && (
          <button type="button" onClick={() => apply('')}>
            Remove link
          </button>
        )}
        <button type="button" onClick={close}>
          Cancel
        </button>
      </div>
    </form>
  )
}

type ToolbarProps = {
  editor: Editor
  label: string
  linkFormId: string
  isLinkFormOpen: boolean
  onLink: () => void
}

function NotesToolbar({ editor, label, linkFormId, isLinkFormOpen, onLink }: ToolbarProps) {
  const active = useEditorState({
    editor,
    selector: ({ editor: current }) => ({
      bold: current.isActive('bold'),
      italic: current.isActive('italic'),
      bulletList: current.isActive('bulletList'),
      orderedList: current.isActive('orderedList'),
    }),
  })
  // Keeps the text selected and focused while a formatting button is clicked.
  const keepEditorFocus = (event: { preventDefault: () => void }) => event.preventDefault()

  return (
    <div className="notes-toolbar" role="group" aria-label={`${label} formatting`}>
      {FORMATS.map((format) => (
        <button
          key={format.name}
          type="button"
          className={`notes-tool notes-tool-${format.name}`}
          aria-label={format.label}
          aria-pressed={active[format.name]}
          aria-keyshortcuts={`${MOD_KEY}+${format.keys}`}
          title={`${format.label} (${MOD_LABEL}+${format.keys})`}
          onMouseDown={keepEditorFocus}
          onClick={() => format.run(editor.chain().focus()).run()}
        >
          <span aria-hidden="true">{format.text}</span>
        </button>
      ))}
      <button
        type="button"
        className="notes-tool notes-tool-link"
        aria-expanded={isLinkFormOpen}
        aria-controls={isLinkFormOpen ? linkFormId : undefined}
        title="Add, change or remove a link (http, https or mailto)"
        onClick={onLink}
      >
        Link…
      </button>
    </div>
  )
}

/** A claim's finding or notes: a small rich-text editor that saves itself; links never navigate from here. */
export function NotesEditor({ value, onSave, draftKey, label = 'Notes', hint }: Props) {
  const id = useId()
  const [initialContent] = useState(() =>
    toEditorContent(unsavedNote(draftKey) ?? toNotesDoc(value)),
  )
  const [isLinkFormOpen, setLinkFormOpen] = useState(false)
  const editorProps = useMemo(
    () => ({
      attributes: {
        role: 'textbox',
        'aria-label': label,
        ...(hint ? { 'aria-describedby': `${id}-hint` } : {}),
        'aria-multiline': 'true',
        class: 'notes-editor-text',
      },
      transformPastedHTML: inertPastedHtml,
      transformPasted: keepSafeLinks,
    }),
    [label, hint, id],
  )
  const editor = useEditor({
    extensions: notesExtensions,
    content: initialContent,
    editorProps,
    immediatelyRender: true,
    shouldRerenderOnTransaction: false,
  })
  const sizeProblem = useNotesAutosave(editor, value, onSave, draftKey)

  return (
    <section className="notes-editor" aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`} className="claim-field-title">
        {label}
      </h3>
      {hint && (
        <p id={`${id}-hint`} className="field-hint">
          {hint}
        </p>
      )}
      <NotesToolbar
        editor={editor}
        label={label}
        linkFormId={`${id}-link`}
        isLinkFormOpen={isLinkFormOpen}
        onLink={() => setLinkFormOpen((isOpen) => !isOpen)}
      />
      {isLinkFormOpen && (
        <LinkForm editor={editor} id={`${id}-link`} onClose={() => setLinkFormOpen(false)} />
      )}
      <EditorContent editor={editor} />
      {sizeProblem && (
        <p className="field-error" role="alert">
          {sizeProblem} Not saved: shorten it, or move part of it to a source, and it saves again.
        </p>
      )}
    </section>
  )
}
