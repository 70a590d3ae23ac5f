import { useState, type FormEvent } from 'react'
import { messageOf } from '../../../shared/message-of'
import { call } from '../api/client'
import { Dialog } from './Dialog'
import '../styles/import.css'

type Props = {
  open: boolean
  onClose: () => void
  /** Called once the workspace is on the desk and has synced. */
  onShared: () => void
}

const FIELDS = [
  { key: 'server', label: 'Desk server (ws:// or wss:// address)' },
  { key: 'invite', label: 'Invite code' },
  { key: 'name', label: 'Your name on the desk' },
] as const

type Values = Record<(typeof FIELDS)[number]['key'], string>

/**
 * Puts this workspace on a team desk with an invite from its server: the desk takes its articles,
 * tags, verdict scale and claims. It stays open on a failure, with what was typed, to correct.
 */
export function ShareDeskDialog({ open, onClose, onShared }: Props) {
  const [values, setValues] = useState<Values>({ server: '', invite: '', name: '' })
  const [problem, setProblem] = useState('')
  const [isBusy, setBusy] = useState(false)
  const isComplete = FIELDS.every(({ key }) => values[key].trim() !== '')
  const submit = async (event: FormEvent) => {
    event.preventDefault()
    if (!isComplete || isBusy) return
    setBusy(true)
    setProblem('')
    try {
      await call('desk.share', values)
      onShared()
      onClose()
    } catch (error) {
      setProblem(messageOf(error))
    } finally {
      setBusy(false)
    }
  }
  return (
    <Dialog open={open} onClose={onClose} title="Share on a team desk" className="import-dialog">
      <form onSubmit={(event) => void submit(event)} className="import-form">
        <p className="dialog-hint">
          The desk takes this workspace’s articles, tags, verdict scale and claims; members who join
          it get them. The invite comes from the desk server (its owner’s invite is printed when it
          first starts).
        </p>
        {FIELDS.map(({ key, label }, index) => (
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
            {isBusy ? 'Sharing…' : 'Share'}
          </button>
        </div>
      </form>
    </Dialog>
  )
}
