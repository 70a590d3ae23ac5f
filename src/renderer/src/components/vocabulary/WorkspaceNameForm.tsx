import { useId, useState } from 'react'
import type { WorkspaceSettings } from '../../../../shared/claim-model'
import { useDraft, useDraftStatus } from './use-draft'
import { useInlineChange } from './use-inline-change'
import { SettingsForm } from './SettingsForm'

/** The name people see for the workspace: in the window, and in a report with no title of its own. */
export function WorkspaceNameForm({ settings }: { settings: WorkspaceSettings }) {
  const changeInline = useInlineChange()
  const [draft, setDraft] = useDraft(settings.displayName)
  const [error, setError] = useState<string | null>(null)
  const [status, sayStatus] = useDraftStatus(draft)
  const id = useId()

  const save = async () => {
    const displayName = draft.trim()
    const failure = await changeInline('settings.update', { patch: { displayName } })
    setError(failure)
    if (!failure) sayStatus('Name saved.', displayName)
  }

  return (
    <SettingsForm title="Workspace name" onSubmit={save}>
      <p className="dialog-hint">
        Shown at the top of the window, and as the title of a report that has none. Empty uses the
        folder’s name.
      </p>
      <div className="publisher-fields">
        <label htmlFor={`${id}-name`}>Name</label>
        <input
          id={`${id}-name`}
          type="text"
          maxLength={120}
          value={draft}
          onChange={(event) => setDraft(event.target.value)}
        />
      </div>
      {error && (
        <p role="alert" className="field-error">
          {error}
        </p>
      )}
      <p role="status" className="form-status">
        {status}
      </p>
      <div className="dialog-actions">
        <button type="submit" className="primary-button">
          Save name
        </button>
      </div>
    </SettingsForm>
  )
}
