import type { ClaimStatus } from '../../../../shared/claim-model'

export const STATUS_LABELS: Record<ClaimStatus, string> = {
  'to-check': 'To check',
  researching: 'Researching',
  checked: 'Checked',
}
