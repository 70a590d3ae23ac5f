import type { Claim } from '../../../shared/claim-model'

/** Whether members of a team desk set different verdicts on the claim at once, not yet settled. */
export const hasVerdictConflict = (claim: Claim): boolean =>
  claim.deskConflicts?.some((conflict) => conflict.kind === 'verdicts') ?? false

/**
 * The claim with its verdict conflict settled: picking a verdict, even the one it shows, decides
 * between the verdicts members set at once. Other conflicts stay.
 */
export function settlingVerdictConflict(claim: Claim): Claim {
  if (!hasVerdictConflict(claim)) return claim
  const { deskConflicts, ...rest } = claim
  const others = deskConflicts!.filter((conflict) => conflict.kind !== 'verdicts')
  return others.length > 0 ? { ...rest, deskConflicts: others } : rest
}
