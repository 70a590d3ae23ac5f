import { useId } from 'react'
import type { WorkspaceSettings } from '../../../../shared/claim-model'

export type Publisher = Pick<WorkspaceSettings, 'publisherName' | 'publisherUrl'>

type Props = {
  publisher: Publisher
  error: string | null
  onChange: (publisher: Publisher) => void
}

/** The publisher's name and URL, with the URL's error announced; used by export and settings alike. */
export function PublisherInputs({ publisher, error, onChange }: Props) {
  const id = useId()
  const errorProps = error ? { 'aria-invalid': true, 'aria-describedby': `${id}-error` } : {}
  return (
    <>
      <div className="publisher-fields">
        <label htmlFor={`${id}-name`}>Publisher name</label>
        <input
          id={`${id}-name`}
          type="text"
          maxLength={200}
          value={publisher.publisherName}
          onChange={(event) => onChange({ ...publisher, publisherName: event.target.value })}
        />
        <label htmlFor={`${id}-url`}>Publisher URL</label>
        <input
          id={`${id}-url`}
          type="url"
          inputMode="url"
          maxLength={2048}
          placeholder="https://"
          value={publisher.publisherUrl}
          onChange={(event) => onChange({ ...publisher, publisherUrl: event.target.value })}
          {...errorProps}
        />
      </div>
      {error && (
        <p id={`${id}-error`} role="alert" className="field-error">
          {error}
        </p>
      )}
    </>
  )
}

/** Who a ClaimReview names as its author; saved to the workspace settings when the report is made. */
export function PublisherFields(props: Props) {
  return (
    <fieldset className="settings-section">
      <legend className="dialog-section-title">ClaimReview publisher</legend>
      <PublisherInputs {...props} />
    </fieldset>
  )
}
