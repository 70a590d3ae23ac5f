import { useEffect, useId, useRef } from 'react'
import type { VerdictDraft } from './validate-scale'

/** Which control of which row should take focus after the list changed under the user's hands. */
export type FocusRequest = { verdictId: string; control: 'label' | 'up' | 'down' }

type Props = {
  verdict: VerdictDraft
  position: number
  count: number
  bounds: { best: string; worst: string }
  hintId: string
  focusRequest: FocusRequest | null
  onChange: (change: Partial<VerdictDraft>) => void
  onMove: (offset: -1 | 1) => void
  onRemove: () => void
}

/** One verdict of the scale being edited; nothing is saved until the whole scale is. */
export function VerdictRow({
  verdict,
  position,
  count,
  bounds,
  hintId,
  focusRequest,
  onChange,
  onMove,
  onRemove,
}: Props) {
  const id = useId()
  const labelRef = useRef<HTMLInputElement>(null)
  const upRef = useRef<HTMLButtonElement>(null)
  const downRef = useRef<HTMLButtonElement>(null)

  // React moves a row's DOM node when rows swap, which drops focus; put it back where the user was.
  useEffect(() => {
    if (focusRequest?.verdictId !== verdict.id) return
    const wanted = { label: labelRef, up: upRef, down: downRef }[focusRequest.control].current
    const fallback = focusRequest.control === 'up' ? downRef.current : upRef.current
    ;(wanted && !wanted.disabled ? wanted : fallback)?.focus()
  }, [focusRequest, verdict.id])

  return (
    <fieldset className="verdict-row">
      <legend className="verdict-row-legend">Verdict {position}</legend>
      <label htmlFor={`${id}-label`}>Label</label>
      <input
        id={`${id}-label`}
        ref={labelRef}
        type="text"
        value={verdict.label}
        maxLength={60}
        onChange={(event) => onChange({ label: event.target.value })}
      />
      <label htmlFor={`${id}-value`}>Value</label>
      <input
        id={`${id}-value`}
        className="verdict-value"
        type="number"
        step={1}
        min={bounds.worst}
        max={bounds.best}
        value={verdict.value}
        aria-describedby={hintId}
        onChange={(event) => onChange({ value: event.target.value })}
      />
      <label htmlFor={`${id}-colour`}>Colour</label>
      <input
        id={`${id}-colour`}
        type="color"
        value={verdict.colour}
        onChange={(event) => onChange({ colour: event.target.value })}
      />
      <span className="verdict-row-actions">
        <button
          type="button"
          ref={upRef}
          className="secondary-button"
          disabled={position === 1}
          onClick={() => onMove(-1)}
        >
          Move up
        </button>
        <button
          type="button"
          ref={downRef}
          className="secondary-button"
          disabled={position === count}
          onClick={() => onMove(1)}
        >
          Move down
        </button>
        <button type="button" className="danger-button" onClick={onRemove}>
          Remove
        </button>
      </span>
    </fieldset>
  )
}
