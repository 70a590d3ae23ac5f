import { useId, useState } from 'react'
import type { WorkspaceSettings } from '../../../../shared/claim-model'
import { useDraft } from './use-draft'
import { useInlineChange } from './use-inline-change'

/** Off by default: a page (or its redirect) could otherwise reach this computer or the office network. */
export function PrivateNetworkChoice({ settings }: { settings: WorkspaceSettings }) {
  const changeInline = useInlineChange()
  const [shown, setShown] = useDraft(settings.allowPrivateNetwork === true)
  const [error, setError] = useState<string | null>(null)
  const warning = useId()

  const choose = async (allowPrivateNetwork: boolean) => {
    setShown(allowPrivateNetwork)
    const failure = await changeInline('settings.update', { patch: { allowPrivateNetwork } })
    setError(failure)
    if (failure) setShown(settings.allowPrivateNetwork === true)
  }

  return (
    <fieldset className="settings-section">
      <legend className="dialog-section-title">Web pages</legend>
      <label className="checkbox-label">
        <input
          type="checkbox"
          checked={shown}
          aria-describedby={warning}
          onChange={(event) => void choose(event.target.checked)}
        />
        Allow archiving from private and local network addresses
      </label>
      <p id={warning} className="field-warning">
        Warning: URL import and archiving may then reach this computer and your private network
        (routers, intranet pages). Turn it on only for pages you trust.
      </p>
      {error && (
        <p role="alert" className="field-error">
          {error}
        </p>
      )}
    </fieldset>
  )
}
