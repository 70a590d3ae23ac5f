import type { Claim } from '../../../../shared/claim-model'

/**
 * The version most of the article's checked claims were checked against (the later one when two
 * are as common); null when no claim has been checked yet.
 */
export function mostCheckedVersion(claims: readonly Claim[]): number | null {
  const counts = new Map<number, number>()
  for (const claim of claims) {
    const version = claim.checkedAgainst?.version
    if (version !== undefined) counts.set(version, (counts.get(version) ?? 0) + 1)
  }
  let best: number | null = null
  for (const [version, count] of counts) {
    const bestCount = best === null ? 0 : (counts.get(best) ?? 0)
    if (count > bestCount || (count === bestCount && best !== null && version > best))
      best = version
  }
  return best
}

/** "Version 3 of 4" */
export const versionOf = (version: number, count: number) => `Version ${version} of ${count}`
