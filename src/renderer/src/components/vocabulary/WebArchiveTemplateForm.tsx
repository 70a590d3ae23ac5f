import { useId, useState } from 'react'
import type { WorkspaceSettings } from '../../../../shared/claim-model'
import { WebArchiveTemplate } from '../../../../shared/web-archive-link'
import { FormFooter } from '../FormFooter'
import { useDraft, useDraftStatus } from './use-draft'
import { useInlineChange } from './use-inline-change'
import { SettingsForm } from './SettingsForm'

const checkTemplate = (template: string): string | null => {
  const parsed = WebArchiveTemplate.safeParse(template)
  return parsed.success ? null : (parsed.error.issues[0]?.message ?? 'Not a web archive link.')
}

/** A link offered beside each archived copy; Claimdesk itself never contacts the archive. */
export function WebArchiveTemplateForm({ settings }: { settings: WorkspaceSettings }) {
  const changeInline = useInlineChange()
  const [draft, setDraft] = useDraft(settings.webArchiveTemplate ?? '')
  const [error, setError] = useState<string | null>(null)
  const [status, sayStatus] = useDraftStatus(draft)
  const id = useId()

  const save = async () => {
    const webArchiveTemplate = draft.trim()
    const failure =
      checkTemplate(webArchiveTemplate) ??
      (await changeInline('settings.update', { patch: { webArchiveTemplate } }))
    setError(failure)
    if (!failure) sayStatus('Web archive link saved.', webArchiveTemplate)
  }

  const errorProps = error ? { 'aria-invalid': true, 'aria-describedby': `${id}-error` } : {}
  return (
    <SettingsForm title="Web archive link" onSubmit={save}>
      <p id={`${id}-hint`} className="dialog-hint">
        Each archived copy also offers this link. <code>{'{url}'}</code> is the source’s address
        (percent-encoded after a <code>?</code>), <code>{'{timestamp}'}</code> the copy’s time as
        YYYYMMDDhhmmss (UTC). Empty offers no link.
      </p>
      <div className="publisher-fields web-archive-template">
        <label htmlFor={`${id}-template`}>Link template</label>
        <input
          id={`${id}-template`}
          type="url"
          inputMode="url"
          maxLength={2048}
          placeholder="https://web.archive.org/web/{timestamp}/{url}"
          value={draft}
          onChange={(event) => setDraft(event.target.value)}
          {...errorProps}
        />
      </div>
      {error && (
        <p id={`${id}-error`} role="alert" className="field-error">
          {error}
        </p>
      )}
      <FormFooter status={status}>
        <button type="submit" className="primary-button">
          Save link
        </button>
      </FormFooter>
    </SettingsForm>
  )
}
