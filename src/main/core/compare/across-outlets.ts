import type { ClaimGroup } from '../../../shared/compare-model'
import type { ClaimBook } from '../claims/claim-book'
import { ClaimService } from '../claims/claim-service'
import type { WorkspaceStore } from '../workspace/workspace-store'
import { CompareService } from './compare-service'

/**
 * The "Across outlets" data for reports: each "same claim" group with its claims, their passages
 * (article, outlet, range, text) and what the group's claims disagree on.
 */
export function acrossOutlets(store: WorkspaceStore, book: ClaimBook): Promise<ClaimGroup[]> {
  return new CompareService(store, book, new ClaimService(store, book)).claimGroups()
}
