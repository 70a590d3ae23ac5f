import { useId, useState } from 'react'
import { FormFooter } from '../FormFooter'
import { ColourBy, type WorkspaceSettings } from '../../../../shared/claim-model'
import { isWebUrl } from '../../../../shared/safe-url'
import { useVocabulary } from '../../hooks/use-articles'
import { Dialog } from '../Dialog'
import { useDraft, useDraftStatus } from './use-draft'
import { useInlineChange } from './use-inline-change'
import { VerdictScaleEditor } from './VerdictScaleEditor'
import { PublisherInputs } from '../export/PublisherFields'
import { WorkspaceNameForm } from './WorkspaceNameForm'
import { PrivateNetworkChoice } from './PrivateNetworkChoice'
import { WebArchiveTemplateForm } from './WebArchiveTemplateForm'
import { SettingsForm } from './SettingsForm'

type Props = { open: boolean; onClose: () => void }

const COLOUR_BY_LABELS: Record<ColourBy, string> = { verdict: 'Verdict', tag: 'First tag' }

/** The workspace-wide choices: its name, the rating scale, how highlights are coloured, who publishes reports. */
export function SettingsDialog({ open, onClose }: Props) {
  const vocabulary = useVocabulary()
  return (
    <Dialog
      open={open}
      onClose={onClose}
      title="Workspace settings"
      className="vocabulary-dialog settings-dialog"
    >
      {vocabulary === null ? (
        <p className="empty-note">Loading settings…</p>
      ) : (
        <>
          <WorkspaceNameForm settings={vocabulary.settings} />
          <VerdictScaleEditor scale={vocabulary.verdictScale} />
          <ColourByChoice settings={vocabulary.settings} />
          <PublisherForm settings={vocabulary.settings} />
          <PrivateNetworkChoice settings={vocabulary.settings} />
          <WebArchiveTemplateForm settings={vocabulary.settings} />
        </>
      )}
    </Dialog>
  )
}

/** Saves as soon as a radio is chosen, like the other one-click settings. */
function ColourByChoice({ settings }: { settings: WorkspaceSettings }) {
  const changeInline = useInlineChange()
  const [shown, setShown] = useDraft(settings.colourBy)
  const [error, setError] = useState<string | null>(null)
  const name = useId()

  const choose = async (colourBy: ColourBy) => {
    setShown(colourBy)
    const failure = await changeInline('settings.update', { patch: { colourBy } })
    setError(failure)
    if (failure) setShown(settings.colourBy)
  }

  return (
    <fieldset className="settings-section radio-group" role="radiogroup">
      <legend className="dialog-section-title">Colour highlights by</legend>
      {ColourBy.options.map((option) => (
        <label key={option} className="radio-label">
          <input
            type="radio"
            name={name}
            value={option}
            checked={shown === option}
            onChange={() => void choose(option)}
          />
          {COLOUR_BY_LABELS[option]}
        </label>
      ))}
      {error && (
        <p role="alert" className="field-error">
          {error}
        </p>
      )}
    </fieldset>
  )
}

type Publisher = Pick<WorkspaceSettings, 'publisherName' | 'publisherUrl'>

const checkPublisher = ({ publisherUrl }: Publisher) =>
  publisherUrl === '' || isWebUrl(publisherUrl)
    ? null
    : 'The publisher URL must start with http:// or https://, or be empty.'

/** Who ClaimReview exports name as their author. */
function PublisherForm({ settings }: { settings: WorkspaceSettings }) {
  const changeInline = useInlineChange()
  const stored: Publisher = {
    publisherName: settings.publisherName,
    publisherUrl: settings.publisherUrl,
  }
  const [draft, setDraft] = useDraft(stored)
  const [error, setError] = useState<string | null>(null)
  const [status, sayStatus] = useDraftStatus(draft)

  const save = async () => {
    const patch = {
      publisherName: draft.publisherName.trim(),
      publisherUrl: draft.publisherUrl.trim(),
    }
    const failure = checkPublisher(patch) ?? (await changeInline('settings.update', { patch }))
    setError(failure)
    if (!failure) sayStatus('Publisher saved.', patch)
  }

  return (
    <SettingsForm title="ClaimReview publisher" onSubmit={save}>
      <p className="dialog-hint">Named as the author of ClaimReview exports.</p>
      <PublisherInputs publisher={draft} error={error} onChange={setDraft} />
      <FormFooter status={status}>
        <button type="submit" className="primary-button">
          Save publisher
        </button>
      </FormFooter>
    </SettingsForm>
  )
}
