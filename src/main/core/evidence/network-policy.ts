import type { WorkspaceSettings } from '../../../shared/claim-model'
import type { FetchLimits } from '../import/fetch-article'

/** The fetch bounds a workspace's settings allow: private and local addresses only when turned on. */
export const fetchLimitsFor = (
  limits: FetchLimits,
  settings: Pick<WorkspaceSettings, 'allowPrivateNetwork'>,
): FetchLimits =>
  settings.allowPrivateNetwork ? { ...limits, isAllowedAddress: () => true } : limits
