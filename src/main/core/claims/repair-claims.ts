import { Claim } from '../../../shared/claim-model'
import { isRecord, keepValid, type Repair } from '../store/salvage-entries'

/** A claims file with its unusable claims left out; undefined when it has no list of claims at all. */
export function repairClaims(data: unknown): Repair | undefined {
  if (!isRecord(data) || !Array.isArray(data.claims)) return undefined
  const problems: string[] = []
  return { data: { claims: keepValid(data.claims, Claim, 'claim', problems) }, problems }
}
