import type { Session } from 'electron'

/**
 * The one web permission the desk uses: writing text to the clipboard, for "Copy report as
 * Markdown" (`navigator.clipboard.writeText`, which Chromium gates on this name). Reading the
 * clipboard, and everything else, stays denied.
 * @see https://www.electronjs.org/docs/latest/api/session#sessetpermissioncheckhandlerhandler
 */
const GRANTED_PERMISSIONS: ReadonlySet<string> = new Set(['clipboard-sanitized-write'])

type Asker = { requestingUrl?: string; isMainFrame: boolean }

/** Granted only to the app's own top frame, and only for what the desk uses. */
export function isPermissionGranted(
  permission: string,
  { requestingUrl, isMainFrame }: Asker,
  isOwnPage: (url: string) => boolean,
): boolean {
  return (
    GRANTED_PERMISSIONS.has(permission) &&
    isMainFrame &&
    requestingUrl !== undefined &&
    isOwnPage(requestingUrl)
  )
}

type CheckHandler = NonNullable<Parameters<Session['setPermissionCheckHandler']>[0]>
type RequestHandler = NonNullable<Parameters<Session['setPermissionRequestHandler']>[0]>

/**
 * Most web APIs check a permission and then request it: both answer alike.
 * @see https://www.electronjs.org/docs/latest/tutorial/security#5-handle-session-permission-requests-from-remote-content
 */
export function permissionHandlers(isOwnPage: (url: string) => boolean): {
  check: CheckHandler
  request: RequestHandler
} {
  return {
    check: (_contents, permission, _origin, details) =>
      isPermissionGranted(permission, details, isOwnPage),
    request: (_contents, permission, callback, details) =>
      callback(isPermissionGranted(permission, details, isOwnPage)),
  }
}
