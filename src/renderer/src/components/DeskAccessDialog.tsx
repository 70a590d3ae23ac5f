import { useState, type FormEvent } from 'react'
import { messageOf } from '../../../shared/message-of'
import { Dialog } from './Dialog'
import '../styles/import.css'

/** Share puts the open workspace on a desk; join makes a new workspace, in a new folder, that follows one. */
export type DeskAccess = 'share' | 'join'

type Props = {
  kind: DeskAccess
  open: boolean
  onClose: () => void
  /** Shares or joins; throws, with a message for the user, when it cannot. */
  onSubmit: (values: DeskAccessValues) => Promise<void>
}

const FIELDS = [
  { key: 'folder', label: 'New workspace folder (full path)', kinds: ['join'] },
  { key: 'server', label: 'Desk server (ws:// or wss:// address)', kinds: ['share', 'join'] },
  { key: 'invite', label: 'Invite code', kinds: ['share', 'join'] },
  { key: 'name', label: 'Your name on the desk', kinds: ['share', 'join'] },
] as const

export type DeskAccessValues = Record<(typeof FIELDS)[number]['key'], string>

const COPY = {
  share: {
    title: 'Share on a team desk',
    hint: 'The desk takes this workspace’s articles, tags, verdict scale and claims; members who join it get them. The invite comes from the desk server (its owner’s invite is printed when it first starts).',
    submit: 'Share',
    busy: 'Sharing…',
  },
  join: {
    title: 'Join a team desk',
    hint: 'A new workspace is made in the folder and takes the desk’s articles, tags and claims; it opens in place of this one. Ask a member of the desk for an invite.',
    submit: 'Join',
    busy: 'Joining…',
  },
}

/** The server, invite and name a desk membership takes; it stays open on a failure, to correct. */
export function DeskAccessDialog({ kind, open, onClose, onSubmit }: Props) {
  const [values, setValues] = useState<DeskAccessValues>({
    folder: '',
    server: '',
    invite: '',
    name: '',
  })
  const [problem, setProblem] = useState('')
  const [isBusy, setBusy] = useState(false)
  const fields = FIELDS.filter((field) => (field.kinds as readonly string[]).includes(kind))
  const copy = COPY[kind]
  const isComplete = fields.every(({ key }) => values[key].trim() !== '')
  const submit = async (event: FormEvent) => {
    event.preventDefault()
    if (!isComplete || isBusy) return
    setBusy(true)
    setProblem('')
    try {
      await onSubmit(values)
      onClose()
    } catch (error) {
      setProblem(messageOf(error))
    } finally {
      setBusy(false)
    }
  }
  return (
    <Dialog open={open} onClose={onClose} title={copy.title} className="import-dialog">
      <form onSubmit={(event) => void submit(event)} className="import-form">
        <p className="dialog-hint">{copy.hint}</p>
        {fields.map(({ key, label }, index) => (
          <label key={key}>
            {label}
            <input
              {...(index === 0 ? { 'data-autofocus': true } : {})}
              type="text"
              autoComplete="off"
              value={values[key]}
              onChange={(event) => setValues({ ...values, [key]: event.target.value })}
            />
          </label>
        ))}
        {problem && (
          <p className="field-error" role="alert">
            {problem}
          </p>
        )}
        <div className="dialog-actions">
          <button type="submit" className="primary-button" disabled={!isComplete || isBusy}>
            {isBusy ? copy.busy : copy.submit}
          </button>
        </div>
      </form>
    </Dialog>
  )
}
