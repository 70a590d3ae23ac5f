import type { Claim, ClaimPatch, Verdict } from '../../../../shared/claim-model'
import type { DeskConflict } from '../../../../shared/desk-model'

type Props = {
  claim: Claim
  verdicts: readonly Verdict[]
  onUpdate: (patch: ClaimPatch) => void | Promise<void>
}

const when = (at: string) =>
  new Date(at).toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' })

function VerdictsConflict({
  conflict,
  verdicts,
  onUpdate,
}: Omit<Props, 'claim'> & { conflict: Extract<DeskConflict, { kind: 'verdicts' }> }) {
  const labelOf = (id: string) => verdicts.find((verdict) => verdict.id === id)?.label ?? id
  const choices = [...new Set(conflict.entries.map((entry) => entry.verdict))]
  return (
    <>
      <p>Members of the team desk set different verdicts at the same time:</p>
      <ul>
        {conflict.entries.map((entry) => (
          <li key={`${entry.by}@${entry.at}`}>
            {entry.by}: <strong>{labelOf(entry.verdict)}</strong> ({when(entry.at)})
          </li>
        ))}
      </ul>
      <p>Until one is kept, reports show the latest. Keeping one settles it for the whole desk.</p>
      <div className="desk-conflict-choices">
        {choices.map((verdictId) => (
          <button key={verdictId} type="button" onClick={() => void onUpdate({ verdictId })}>
            Keep “{labelOf(verdictId)}”
          </button>
        ))}
      </div>
    </>
  )
}

/** What members of a team desk did to this claim at once, and how to settle it. */
export function DeskConflictNotice({ claim, verdicts, onUpdate }: Props) {
  if (!claim.deskConflicts?.length) return null
  return (
    <div className="anchor-notice desk-conflict" role="status" aria-label="Team desk conflict">
      {claim.deskConflicts.map((conflict) =>
        conflict.kind === 'verdicts' ? (
          <VerdictsConflict
            key="verdicts"
            conflict={conflict}
            verdicts={verdicts}
            onUpdate={onUpdate}
          />
        ) : (
          <p key="deleted">
            {conflict.deletedBy} deleted this claim on the team desk ({when(conflict.deletedAt)})
            while it was being edited, so it is kept here for review. Delete it below if it should
            go.
          </p>
        ),
      )}
    </div>
  )
}
