import * as Y from 'yjs'
import { canReview, type MemberClaims } from '../../../shared/desk-model'

/** Whether an update sets a claim's `approval`. */
const writesApproval = (update: Uint8Array) =>
  Y.decodeUpdate(update).structs.some(
    (struct) => struct instanceof Y.Item && struct.parentSub === 'approval',
  )

/**
 * Why the desk server refuses a member's update, or null when it takes it: only an editor or the
 * owner approves a claim. The apps check the same on arrival; this keeps a changed app from
 * approving on a checker's membership.
 */
export function approvalRefusal(update: Uint8Array, member: MemberClaims): string | null {
  if (canReview(member.role) || !writesApproval(update)) return null
  return `${member.name} is a ${member.role}: only an editor or the owner approves a claim.`
}
