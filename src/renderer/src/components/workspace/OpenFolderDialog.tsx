import { useState, type FormEvent } from 'react'
import { Dialog } from '../Dialog'
import { useOpenWorkspace } from './use-open-workspace'

type Props = { open: boolean; onClose: () => void }

/**
 * The browser host has no folder picker, so the user types the folder's path; the folder's articles
 * are imported and its store is kept in a hidden .claimdesk folder inside it.
 */
export function OpenFolderDialog({ open, onClose }: Props) {
  return (
    <Dialog open={open} onClose={onClose} title="Open folder as workspace">
      <OpenFolderForm onClose={onClose} />
    </Dialog>
  )
}

function OpenFolderForm({ onClose }: { onClose: () => void }) {
  const [folder, setFolder] = useState('')
  const { open, isOpening, error } = useOpenWorkspace(onClose)
  const submit = (event: FormEvent) => {
    event.preventDefault()
    void open(folder.trim())
  }
  return (
    <form className="open-folder-form" onSubmit={submit}>
      <label htmlFor="workspace-folder">Folder (full path)</label>
      <input
        id="workspace-folder"
        type="text"
        value={folder}
        onChange={(event) => setFolder(event.target.value)}
        placeholder="/home/me/investigations/troops"
        aria-describedby="workspace-folder-help"
        aria-invalid={error ? true : undefined}
        data-autofocus
        spellCheck={false}
      />
      <p id="workspace-folder-help" className="empty-note">
        Its article files are imported the first time; your claims are kept in a hidden .claimdesk
        folder inside it, so the folder can be shared or put in git.
      </p>
      {error && (
        <p role="alert" className="field-error">
          {error}
        </p>
      )}
      <button type="submit" disabled={isOpening || folder.trim() === ''}>
        {isOpening ? 'Opening…' : 'Open'}
      </button>
    </form>
  )
}
