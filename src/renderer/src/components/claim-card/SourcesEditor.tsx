import { useId, useRef, useState, type FormEvent } from 'react'
import type { Source } from '../../../../shared/claim-model'
import { isWebUrl } from '../../../../shared/safe-url'
import { useOpenLink } from '../../hooks/use-open-link'
import '../../styles/claim-card.css'
import { messageOf } from '../../../../shared/message-of'

type Props = { sources: Source[]; onChange: (next: Source[]) => void }

const MAX_SOURCES = 100
const URL_ERROR = 'Enter a full http:// or https:// address'

const newSourceId = () => `s${crypto.randomUUID().slice(0, 8)}`

function findProblem(address: string, sources: readonly Source[]): string {
  if (!isWebUrl(address)) return URL_ERROR
  if (sources.some((source) => source.url === address)) return 'This address is already a source'
  if (sources.length >= MAX_SOURCES) return `A claim can have at most ${MAX_SOURCES} sources`
  return ''
}

type ItemProps = { source: Source; onOpen: (url: string) => void; onRemove: () => void }

function SourceItem({ source, onOpen, onRemove }: ItemProps) {
  const title = source.title || source.url
  return (
    <li className="source-item">
      <div className="source-text">
        <button
          type="button"
          className="source-title"
          title={`Open ${source.url}`}
          onClick={() => onOpen(source.url)}
        >
          {title}
          <span aria-hidden="true"> ↗</span>
        </button>
        <span className="source-url">{source.url}</span>
        {source.note && <p className="source-note">{source.note}</p>}
      </div>
      <button
        type="button"
        className="source-remove"
        aria-label={`Remove source ${title}`}
        onClick={onRemove}
      >
        Remove
      </button>
    </li>
  )
}

type FormProps = { sources: readonly Source[]; onAdd: (source: Source) => void }

function AddSourceForm({ sources, onAdd }: FormProps) {
  const id = useId()
  const [url, setUrl] = useState('')
  const [title, setTitle] = useState('')
  const [note, setNote] = useState('')
  const [error, setError] = useState('')
  const urlInput = useRef<HTMLInputElement>(null)

  const submit = (event: FormEvent) => {
    event.preventDefault()
    const address = url.trim()
    const problem = findProblem(address, sources)
    setError(problem)
    urlInput.current?.focus()
    if (problem) return
    onAdd({
      id: newSourceId(),
      url: address,
      title: title.trim() || new URL(address).hostname,
      note: note.trim(),
    })
    setUrl('')
    setTitle('')
    setNote('')
  }

  return (
    <form className="source-form" noValidate onSubmit={submit}>
      <fieldset>
        <legend>Add source</legend>
        <label htmlFor={`${id}-url`}>URL</label>
        <input
          id={`${id}-url`}
          ref={urlInput}
          type="url"
          value={url}
          maxLength={2048}
          required
          placeholder="https://…"
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? `${id}-error` : undefined}
          onChange={(event) => {
            setUrl(event.target.value)
            setError('')
          }}
        />
        {error && (
          <p id={`${id}-error`} className="field-error" role="alert">
            {error}
          </p>
        )}
        <label htmlFor={`${id}-title`}>Title (optional)</label>
        <input
          id={`${id}-title`}
          value={title}
          maxLength={300}
          placeholder="Defaults to the site name"
          onChange={(event) => setTitle(event.target.value)}
        />
        <label htmlFor={`${id}-note`}>Note (optional)</label>
        <textarea
          id={`${id}-note`}
          value={note}
          maxLength={2000}
          rows={2}
          onChange={(event) => setNote(event.target.value)}
        />
        <button type="submit" className="source-add">
          Add source
        </button>
      </fieldset>
    </form>
  )
}

/** The evidence for a claim: open, remove, add. Addresses are checked here and again on save. */
export function SourcesEditor({ sources, onChange }: Props) {
  const id = useId()
  const heading = useRef<HTMLHeadingElement>(null)
  const [openError, setOpenError] = useState('')
  const openLink = useOpenLink()

  const open = (url: string) => {
    setOpenError('')
    openLink(url).catch((error: unknown) => {
      setOpenError(`Could not open ${url}: ${messageOf(error)}`)
    })
  }
  const remove = (sourceId: string) => {
    onChange(sources.filter((source) => source.id !== sourceId))
    // The Remove button disappears with its source; keep keyboard focus inside this section.
    heading.current?.focus()
  }

  return (
    <section className="sources-editor" aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`} ref={heading} tabIndex={-1} className="claim-field-title">
        Sources
      </h3>
      {sources.length ? (
        <ul className="source-list">
          {sources.map((source) => (
            <SourceItem
              key={source.id}
              source={source}
              onOpen={open}
              onRemove={() => remove(source.id)}
            />
          ))}
        </ul>
      ) : (
        <p className="empty-note">No sources yet.</p>
      )}
      {openError && (
        <p className="field-error" role="alert">
          {openError}
        </p>
      )}
      <AddSourceForm sources={sources} onAdd={(source) => onChange([...sources, source])} />
    </section>
  )
}
