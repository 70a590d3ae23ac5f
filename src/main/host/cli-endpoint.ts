import type { IncomingHttpHeaders } from 'node:http'
import { tokensMatch } from './host-guards'

/** The secret the running app wrote into the workspace's lock file, readable by the user only. */
export const CLI_SECRET_HEADER = 'x-claimdesk-secret'
/** The workspace folder the CLI means (URI-encoded), so a call never lands in another one. */
export const CLI_WORKSPACE_HEADER = 'x-claimdesk-workspace'
const single = (value: string | string[] | undefined) =>
  typeof value === 'string' ? value : undefined

export const hasCliSecret = (headers: IncomingHttpHeaders, secret: string | undefined) =>
  secret !== undefined && tokensMatch(secret, single(headers[CLI_SECRET_HEADER]))

/** Why a CLI call must not run here: it names another workspace than the one open now. */
export function otherWorkspaceReason(
  headers: IncomingHttpHeaders,
  openFolder: string,
): string | undefined {
  const wanted = single(headers[CLI_WORKSPACE_HEADER])
  let folder: string | undefined
  try {
    folder = wanted === undefined ? undefined : decodeURIComponent(wanted)
  } catch {
    folder = undefined
  }
  return folder === openFolder
    ? undefined
    : `the app has ${openFolder} open now, not ${folder ?? 'the workspace asked for'}`
}
