import { useId, useState } from 'react'
import { FormFooter } from '../FormFooter'
import type { VerdictScale } from '../../../../shared/claim-model'
import { useDraft, useDraftStatus } from './use-draft'
import { useInlineChange } from './use-inline-change'
import {
  fromDraft,
  moveItem,
  newVerdictDraft,
  toDraft,
  validateScale,
  type ScaleDraft,
  type VerdictDraft,
} from './validate-scale'
import { VerdictRow, type FocusRequest } from './VerdictRow'
import { SettingsForm } from './SettingsForm'

type Props = { scale: VerdictScale }

/** Edits a copy of the rating scale and saves it whole, checked first, as one undoable change. */
export function VerdictScaleEditor({ scale }: Props) {
  const changeInline = useInlineChange()
  const stored = toDraft(scale)
  const [draft, setDraft] = useDraft(stored)
  const [error, setError] = useState<string | null>(null)
  const [status, sayStatus] = useDraftStatus(draft)
  const [focusRequest, setFocusRequest] = useState<FocusRequest | null>(null)
  const id = useId()
  const isDirty = JSON.stringify(draft) !== JSON.stringify(stored)

  const edit = (change: Partial<ScaleDraft>) => setDraft((current) => ({ ...current, ...change }))
  const editVerdicts = (change: (verdicts: VerdictDraft[]) => VerdictDraft[]) =>
    setDraft((current) => ({ ...current, verdicts: change(current.verdicts) }))

  const move = (verdict: VerdictDraft, index: number, offset: -1 | 1) => {
    editVerdicts((verdicts) => moveItem(verdicts, index, offset))
    setFocusRequest({ verdictId: verdict.id, control: offset < 0 ? 'up' : 'down' })
  }

  const remove = (index: number) => {
    const neighbour = draft.verdicts[index + 1] ?? draft.verdicts[index - 1]
    editVerdicts((verdicts) => verdicts.filter((_, each) => each !== index))
    setFocusRequest(neighbour ? { verdictId: neighbour.id, control: 'label' } : null)
  }

  const add = () => {
    const verdict = newVerdictDraft()
    editVerdicts((verdicts) => [...verdicts, verdict])
    setFocusRequest({ verdictId: verdict.id, control: 'label' })
  }

  const save = async () => {
    setError(null)
    if (!isDirty) return sayStatus('There are no changes to save.', draft)
    const next = fromDraft(draft)
    const failure =
      validateScale(next) ?? (await changeInline('verdicts.update', { verdictScale: next }))
    setError(failure)
    if (!failure) sayStatus('Verdict scale saved.', toDraft(next))
  }

  const discard = () => {
    setDraft(stored)
    setError(null)
  }

  return (
    <SettingsForm title="Verdict scale" onSubmit={save}>
      <p id={`${id}-hint`} className="dialog-hint">
        Leave a value empty for a verdict that is not on the scale, such as “Unverifiable”.
      </p>
      <div className="verdict-rows">
        {draft.verdicts.map((verdict, index) => (
          <VerdictRow
            key={verdict.id}
            verdict={verdict}
            position={index + 1}
            count={draft.verdicts.length}
            bounds={{ best: draft.bestValue, worst: draft.worstValue }}
            hintId={`${id}-hint`}
            focusRequest={focusRequest}
            onChange={(change) =>
              editVerdicts((all) =>
                all.map((each) => (each.id === verdict.id ? { ...each, ...change } : each)),
              )
            }
            onMove={(offset) => move(verdict, index, offset)}
            onRemove={() => remove(index)}
          />
        ))}
      </div>
      <button type="button" className="secondary-button" onClick={add}>
        Add verdict
      </button>
      <ScaleBounds draft={draft} idPrefix={id} onChange={edit} />
      <FormFooter error={error} status={status}>
        <button type="button" className="secondary-button" disabled={!isDirty} onClick={discard}>
          Discard changes
        </button>
        <button type="submit" className="primary-button">
          Save verdict scale
        </button>
      </FormFooter>
    </SettingsForm>
  )
}

type BoundsProps = {
  draft: ScaleDraft
  idPrefix: string
  onChange: (change: Partial<ScaleDraft>) => void
}

function ScaleBounds({ draft, idPrefix, onChange }: BoundsProps) {
  const isUnratedListed = draft.verdicts.some((verdict) => verdict.id === draft.unratedId)
  return (
    <div className="scale-bounds">
      <label htmlFor={`${idPrefix}-best`}>Best value</label>
      <input
        id={`${idPrefix}-best`}
        type="number"
        step={1}
        value={draft.bestValue}
        onChange={(event) => onChange({ bestValue: event.target.value })}
      />
      <label htmlFor={`${idPrefix}-worst`}>Worst value</label>
      <input
        id={`${idPrefix}-worst`}
        type="number"
        step={1}
        value={draft.worstValue}
        onChange={(event) => onChange({ worstValue: event.target.value })}
      />
      <label htmlFor={`${idPrefix}-unrated`}>Unrated verdict</label>
      <select
        id={`${idPrefix}-unrated`}
        value={isUnratedListed ? draft.unratedId : ''}
        onChange={(event) => onChange({ unratedId: event.target.value })}
      >
        {!isUnratedListed && <option value="">Choose a verdict…</option>}
        {draft.verdicts.map((verdict, index) => (
          <option key={verdict.id} value={verdict.id}>
            {verdict.label.trim() || `Verdict ${index + 1}`}
          </option>
        ))}
      </select>
    </div>
  )
}
