import { ClaimStatus, type Claim } from '../../../../shared/claim-model'
import { STATUS_LABELS } from '../../../../shared/status-labels'
import { useCanReview } from '../../hooks/use-review'

type Props = {
  claim: Claim
  onChange: (status: ClaimStatus) => void
}

/** The claim's status; "Approved" is offered only to those who may approve. */
export function ClaimStatusField({ claim, onChange }: Props) {
  const canReview = useCanReview()
  const offered = ClaimStatus.options.filter(
    (status) => status !== 'approved' || canReview || claim.status === 'approved',
  )
  return (
    <div className="field-row">
      <label htmlFor="claim-status">Status</label>
      <select
        id="claim-status"
        value={claim.status}
        onChange={(event) => onChange(event.target.value as ClaimStatus)}
      >
        {offered.map((status) => (
          <option key={status} value={status} disabled={status === 'approved' && !canReview}>
            {STATUS_LABELS[status]}
          </option>
        ))}
      </select>
    </div>
  )
}
