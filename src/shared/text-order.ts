import type { Claim } from './claim-model'

/** Claims as they are read: by where they start, then by where they end. */
export const inTextOrder = (a: Claim, b: Claim): number =>
  a.position.start - b.position.start || a.position.end - b.position.end
