import { useId, useState } from 'react'
import type { Claim } from '../../../../shared/claim-model'
import type { Counterpart } from '../../../../shared/compare-model'
import { DiffText } from './DiffText'

export type CounterpartActions = {
  busy: boolean
  link: (counterpart: Counterpart) => Promise<void>
  /** Takes the claims apart; `removeTheirClaim` also deletes the claim linking made over there. */
  unlink: (counterpart: Counterpart, removeTheirClaim: boolean) => Promise<void>
}

type Props = { claim: Claim; counterpart: Counterpart; actions: CounterpartActions }

/** One passage of another article beside the claim, the word diff, and linking as one claim. */
export function CounterpartEntry({ claim, counterpart, actions }: Props) {
  const { passage } = counterpart
  const where = `“${passage.articleTitle}”`
  return (
    <li className="counterpart">
      <p className="counterpart-outlet">
        <strong>{passage.site ?? passage.articleTitle}</strong>{' '}
        <span className="counterpart-score">{Math.round(counterpart.score * 100)}% match</span>
      </p>
      <div className="side-by-side">
        <p className="passage">
          <span className="visually-hidden">This claim: </span>
          {claim.quote.exact}
        </p>
        <p className="passage">
          <span className="visually-hidden">Other article: </span>
          {passage.text}
        </p>
      </div>
      <DiffText parts={counterpart.diff} />
      <p className="counterpart-reasons">{counterpart.reasons.join(' · ')}</p>
      {counterpart.linkedClaimId ? (
        <LinkedControls where={where} counterpart={counterpart} actions={actions} />
      ) : (
        <LinkControls where={where} counterpart={counterpart} actions={actions} />
      )}
    </li>
  )
}

type ControlProps = { where: string; counterpart: Counterpart; actions: CounterpartActions }

function LinkControls({ where, counterpart, actions }: ControlProps) {
  const hint = useId()
  return (
    <p className="counterpart-action">
      <button
        type="button"
        disabled={actions.busy}
        aria-describedby={hint}
        onClick={() => void actions.link(counterpart)}
      >
        Link as same claim
      </button>{' '}
      <span id={hint} className="counterpart-hint">
        Marks this passage as a claim in {where} and groups it with this one.
      </span>
    </p>
  )
}

function LinkedControls({ where, counterpart, actions }: ControlProps) {
  const [isAsking, setAsking] = useState(false)
  if (!isAsking)
    return (
      <p className="counterpart-action">
        Linked as the same claim.{' '}
        <button type="button" disabled={actions.busy} onClick={() => setAsking(true)}>
          Unlink
        </button>
      </p>
    )
  return (
    <div role="group" aria-label="Unlink" className="counterpart-action">
      <p>Unlink from the claim in {where}. Remove that claim as well?</p>
      <button
        type="button"
        disabled={actions.busy}
        onClick={() => void actions.unlink(counterpart, true)}
      >
        Unlink and remove the claim in {where}
      </button>{' '}
      <button
        type="button"
        disabled={actions.busy}
        onClick={() => void actions.unlink(counterpart, false)}
      >
        Unlink, keep that claim
      </button>{' '}
      <button type="button" onClick={() => setAsking(false)}>
        Cancel
      </button>
    </div>
  )
}
