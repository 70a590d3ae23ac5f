import { canReview } from '../../../shared/desk-model'
import { readDeskCredentials } from '../desk/desk-credentials'
import type { WorkspaceStore } from '../workspace/workspace-store'

/** Who is working on the workspace, as approvals and reviewers' notes name them. */
export type Reviewer = {
  name: string
  /** An editor or the owner on a desk; anyone off a desk, where one person is every role. */
  canReview: boolean
  isOnDesk: boolean
}

/** Off a desk, the report's byline names the reviewer; without one, "you". */
export const OFF_DESK_REVIEWER = 'you'

/** The member this workspace is on its team desk, or the one person working on it off a desk. */
export async function workspaceReviewer(store: WorkspaceStore): Promise<Reviewer> {
  const credentials = await readDeskCredentials(store.folder)
  if (credentials)
    return { name: credentials.name, canReview: canReview(credentials.role), isOnDesk: true }
  const byline = store.data.settings.report.author.trim().slice(0, 120)
  return { name: byline || OFF_DESK_REVIEWER, canReview: true, isOnDesk: false }
}
