import type { ClaimStatus } from './claim-model'

/** How a claim's status reads in the app and in reports. */
export const STATUS_LABELS: Record<ClaimStatus, string> = {
  'to-check': 'To check',
  researching: 'Researching',
  checked: 'Checked',
  'ready-for-review': 'Ready for review',
  approved: 'Approved',
}
