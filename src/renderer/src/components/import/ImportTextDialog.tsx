import { useState, type FormEvent } from 'react'
import { Dialog } from '../Dialog'

type Props = {
  open: boolean
  onClose: () => void
  /** Paste takes a whole article; URL a single web address. */
  kind: 'paste' | 'url'
  onSubmit: (value: string) => void
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

/** One field and one button: the text of a pasted article, or the address of a web page. */
export function ImportTextDialog({ open, onClose, kind, onSubmit }: Props) {
  const [value, setValue] = useState('')
  const copy = COPY[kind]
  const submit = (event: FormEvent) => {
    event.preventDefault()
    if (value.trim() === '') return
    onSubmit(value)
    setValue('')
    onClose()
  }
  return (
    <Dialog open={open} onClose={onClose} title={copy.title} className="import-dialog">
      <form onSubmit={submit} className="import-form">
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
        <div className="dialog-actions">
          <button type="submit" className="primary-button" disabled={value.trim() === ''}>
            {copy.submit}
          </button>
        </div>
      </form>
    </Dialog>
  )
}
