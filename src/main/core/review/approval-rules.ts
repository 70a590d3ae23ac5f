import type { Claim } from '../../../shared/claim-model'
import { sameValue } from '../desk/same-value'
import { ServiceError } from '../../../shared/result'
import type { Reviewer } from './reviewer'

const NOT_A_REVIEWER =
  'Only an editor or the owner of the team desk can approve a claim: set it to “Ready for review” and an editor will.'

/** The claim with no approval recorded. */
export function withoutApproval(claim: Claim): Claim {
  const copy = { ...claim }
  delete copy.approval
  return copy
}

/** An approval is of what was approved: the verdict, the finding and the status. */
const approvedPartsChanged = (before: Claim, after: Claim) =>
  before.verdictId !== after.verdictId ||
  before.status !== after.status ||
  !sameValue(before.finding, after.finding)

/**
 * The claim after an edit, with its approval: recorded (who, when) when its status becomes
 * "approved", which only a reviewer may do; dropped when what was approved changes, and an approved
 * claim whose verdict or finding changed is ready for review again.
 */
export async function withApproval(
  before: Claim | null,
  after: Claim,
  reviewer: () => Promise<Reviewer>,
  at: string,
): Promise<Claim> {
  if (after.status === 'approved' && before?.status !== 'approved') {
    // Asked only here: most edits approve nothing, and who is working is read from disk.
    const { canReview, name } = await reviewer()
    if (!canReview) throw new ServiceError('forbidden', NOT_A_REVIEWER)
    return { ...after, approval: { by: name, at } }
  }
  if (!before || !approvedPartsChanged(before, after)) return after
  const rest = withoutApproval(after)
  return rest.status === 'approved' ? { ...rest, status: 'ready-for-review' } : rest
}
