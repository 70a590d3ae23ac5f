import { useState, type FormEvent } from 'react'
import { Dialog } from '../Dialog'

type Props = {
  open: boolean
  onClose: () => void
  /** Paste takes a whole article; URL a single web address. */
  kind: 'paste' | 'url'
  /** Imports the text or page; resolves to why it failed, or null when it was imported. */
  onSubmit: (value: string) => Promise<string | null>
}

const COPY = {
  paste: {
    title: 'Paste an article',
    label: 'Article text (headline on the first line)',
    submit: 'Import text',
  },
  url: {
    title: 'Import from a web address',
    label: 'Web address (http or https)',
    submit: 'Fetch page',
  },
}

/**
 * One field and one button: the text of a pasted article, or the address of a web page. It stays
 * open until the import succeeds, so a failed fetch leaves the address there to correct or retry.
 */
export function ImportTextDialog({ open, onClose, kind, onSubmit }: Props) {
  const [value, setValue] = useState('')
  const [problem, setProblem] = useState('')
  const [isBusy, setBusy] = useState(false)
  const copy = COPY[kind]
  const submit = async (event: FormEvent) => {
    event.preventDefault()
    if (value.trim() === '' || isBusy) return
    setBusy(true)
    setProblem('')
    const failure = await onSubmit(value)
    setBusy(false)
    if (failure) return setProblem(failure)
    setValue('')
    onClose()
  }
  return (
    <Dialog open={open} onClose={onClose} title={copy.title} className="import-dialog">
      <form onSubmit={(event) => void submit(event)} className="import-form">
        <label>
          {copy.label}
          {kind === 'paste' ? (
            <textarea
              data-autofocus
              rows={12}
              value={value}
              onChange={(event) => setValue(event.target.value)}
            />
          ) : (
            <input
              data-autofocus
              type="url"
              value={value}
              onChange={(event) => setValue(event.target.value)}
            />
          )}
        </label>
        {problem && (
          <p className="field-error" role="alert">
            {problem}
          </p>
        )}
        <div className="dialog-actions">
          <button type="submit" className="primary-button" disabled={value.trim() === '' || isBusy}>
            {isBusy ? `${copy.submit}…` : copy.submit}
          </button>
        </div>
      </form>
    </Dialog>
  )
}
