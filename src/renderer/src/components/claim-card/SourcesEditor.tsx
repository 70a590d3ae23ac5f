import { useId, useRef, useState, type FormEvent } from 'react'
import type { Source } from '../../../../shared/claim-model'
import { isWebUrl } from '../../../../shared/safe-url'
import { useOpenLink } from '../../hooks/use-open-link'
import '../../styles/claim-card.css'
import { messageOf } from '../../../../shared/message-of'
import type { SourceSnapshot } from '../../../../shared/evidence-model'
import { useArchiveSource } from '../../hooks/use-archived-sources'
import { ArchivedPageDialog } from './ArchivedPageDialog'
import { SourceSnapshots } from './SourceSnapshots'
import { cardDraftKey, useCardDraft } from './card-drafts'

type Props = {
  articleId: string
  claimId: string
  sources: Source[]
  onChange: (next: Source[]) => void | Promise<void>
  webArchiveTemplate: string | undefined
}

const MAX_SOURCES = 100
const URL_ERROR = 'Enter a full http:// or https:// address'

const newSourceId = () => `s${crypto.randomUUID().slice(0, 8)}`

function findProblem(address: string, sources: readonly Source[]): string {
  if (!isWebUrl(address)) return URL_ERROR
  if (sources.some((source) => source.url === address)) return 'This address is already a source'
  if (sources.length >= MAX_SOURCES) return `A claim can have at most ${MAX_SOURCES} sources`
  return ''
}

type ItemProps = {
  source: Source
  onOpen: (url: string) => void
  onRemove: () => void
  onArchive: () => void
  onView: (snapshot: SourceSnapshot) => void
  webArchiveTemplate: string | undefined
  isArchiving: boolean
  failure: string | undefined
}

function SourceItem(props: ItemProps) {
  const { source, onOpen, onRemove, onArchive, isArchiving, failure } = props
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
        <SourceSnapshots
          source={source}
          webArchiveTemplate={props.webArchiveTemplate}
          onView={props.onView}
          onOpen={onOpen}
        />
        {isArchiving && <p className="source-archiving">Archiving the page…</p>}
        {failure && (
          <p className="field-error" role="alert">
            Not archived: {failure}
          </p>
        )}
      </div>
      <button type="button" disabled={isArchiving} onClick={onArchive}>
        Archive page
      </button>
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

type FormProps = {
  sources: readonly Source[]
  draftKey: string
  onAdd: (source: Source) => void
}

type SourceDraft = { url: string; title: string; note: string; error: string }

const EMPTY_DRAFT: SourceDraft = { url: '', title: '', note: '', error: '' }
const isEmptyDraft = (draft: SourceDraft) => !draft.url && !draft.title && !draft.note

/** The source being added; kept, message and all, when the card closes before it is added. */
function AddSourceForm({ sources, draftKey, onAdd }: FormProps) {
  const id = useId()
  const [draft, setDraft] = useCardDraft(draftKey, EMPTY_DRAFT, isEmptyDraft)
  const { url, title, note, error } = draft
  const urlInput = useRef<HTMLInputElement>(null)

  const submit = (event: FormEvent) => {
    event.preventDefault()
    const address = url.trim()
    const problem = findProblem(address, sources)
    urlInput.current?.focus()
    if (problem) return setDraft({ ...draft, error: problem })
    onAdd({
      id: newSourceId(),
      url: address,
      title: title.trim() || new URL(address).hostname,
      note: note.trim(),
    })
    setDraft(EMPTY_DRAFT)
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
          onChange={(event) => setDraft({ ...draft, url: event.target.value, error: '' })}
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
          onChange={(event) => setDraft({ ...draft, title: event.target.value })}
        />
        <label htmlFor={`${id}-note`}>Note (optional)</label>
        <textarea
          id={`${id}-note`}
          value={note}
          maxLength={2000}
          rows={2}
          onChange={(event) => setDraft({ ...draft, note: event.target.value })}
        />
        <button type="submit" className="source-add">
          Add source
        </button>
      </fieldset>
    </form>
  )
}

/** The evidence for a claim: open, remove, add. Addresses are checked here and again on save. */
export function SourcesEditor(props: Props) {
  const { articleId, claimId, sources, onChange, webArchiveTemplate } = props
  const id = useId()
  const heading = useRef<HTMLHeadingElement>(null)
  const [openError, setOpenError] = useState('')
  const openLink = useOpenLink()
  const { archive, archiving, failures } = useArchiveSource(articleId, claimId)
  const [viewed, setViewed] = useState<SourceSnapshot | null>(null)

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
              onArchive={() => void archive(source.id)}
              onView={setViewed}
              webArchiveTemplate={webArchiveTemplate}
              isArchiving={archiving.has(source.id)}
              failure={failures[source.id]}
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
      <AddSourceForm
        sources={sources}
        draftKey={cardDraftKey(claimId, 'source')}
        onAdd={(source) => {
          // Archived once its save has come back, so the main side knows the source.
          void Promise.resolve(onChange([...sources, source])).then(() => archive(source.id))
        }}
      />
      {viewed && (
        <ArchivedPageDialog
          snapshot={viewed}
          onClose={() => setViewed(null)}
          onOpenOriginal={open}
        />
      )}
    </section>
  )
}
