import { readFile } from 'node:fs/promises'
import type { CustomScheme, Session, WebContents } from 'electron'
import { isWebUrl } from '../shared/safe-url'
import type { OpenExternal } from './core/handlers'
import { BASE_HEADERS, lookupStaticFile, staticHeaders } from './core/web/static-files'
import { CONTENT_SECURITY_POLICY } from './core/web/content-security-policy'
import { permissionHandlers } from './permissions'
import { cspHeaders } from './window-options'

/**
 * The packaged renderer is served from a privileged, standard app scheme, never from file://.
 * @see https://www.electronjs.org/docs/latest/tutorial/security#18-avoid-usage-of-the-file-protocol-and-prefer-usage-of-custom-protocols
 */
export const APP_SCHEME: CustomScheme = {
  scheme: 'app',
  privileges: { standard: true, secure: true, supportFetchAPI: true },
}
const APP_HOST = 'claimdesk'
export const APP_URL = `${APP_SCHEME.scheme}://${APP_HOST}/index.html`

const parseUrl = (url: string): URL | null => (URL.canParse(url) ? new URL(url) : null)

/**
 * Only a plainly written http(s) link with a host may leave the app; one definition for the app.
 * @see https://www.electronjs.org/docs/latest/tutorial/security#15-do-not-use-shellopenexternal-with-untrusted-content
 */
export const isSafeExternalUrl = (url: string): boolean => isWebUrl(url)

/**
 * The app's own page: same scheme, host, port and path as appUrl; query and fragment may vary.
 * Fields are compared one by one because `URL.origin` is "null" for every custom-scheme URL.
 */
export function isAppUrl(url: string, appUrl: string): boolean {
  const candidate = parseUrl(url)
  const app = parseUrl(appUrl)
  if (!candidate || !app || candidate.username !== '' || candidate.password !== '') return false
  return (
    candidate.protocol === app.protocol &&
    candidate.host === app.host &&
    candidate.pathname === app.pathname
  )
}

/**
 * Only the app's own page may call the desk; no frame URL (destroyed, navigated away) is no.
 * @see https://www.electronjs.org/docs/latest/tutorial/security#17-validate-the-sender-of-all-ipc-messages
 */
export const isTrustedSender = (frameUrl: string | undefined, appUrl: string): boolean =>
  frameUrl !== undefined && isAppUrl(frameUrl, appUrl)

export type SessionPolicy = { appUrl: string; contentSecurityPolicy: string }

/**
 * Deny-by-default for the window's session (camera, microphone, devices…: the desk needs none; the
 * app's own page may write the clipboard), plus the CSP on every response it receives.
 */
export function secureSession(
  session: Session,
  { appUrl, contentSecurityPolicy }: SessionPolicy,
): void {
  const permissions = permissionHandlers((url) => isAppUrl(url, appUrl))
  session.setPermissionRequestHandler(permissions.request)
  session.setPermissionCheckHandler(permissions.check)
  session.setDevicePermissionHandler(() => false)
  // @see https://www.electronjs.org/docs/latest/tutorial/security#7-define-a-content-security-policy
  session.webRequest.onHeadersReceived((details, callback) =>
    callback(cspHeaders(details, contentSecurityPolicy)),
  )
}

type NavigationEvent = { url: string; preventDefault(): void }
type FrameNavigationEvent = NavigationEvent & { isMainFrame: boolean }

/**
 * No frame navigates anywhere but the app's page, and the app has no frames of its own: a frame
 * that something slipped in (an iframe in pasted content) cannot load anything.
 * @see https://www.electronjs.org/docs/latest/api/web-contents#event-will-frame-navigate
 */
export function keepFramesInApp(event: FrameNavigationEvent, appUrl: string): void {
  if (!event.isMainFrame || !isAppUrl(event.url, appUrl)) event.preventDefault()
}

/** Applied to every web contents the app creates, via app.on('web-contents-created'). */
export function secureWebContents(
  contents: WebContents,
  appUrl: string,
  openExternal: OpenExternal,
): void {
  const stayInApp = (event: NavigationEvent): void => {
    if (!isAppUrl(event.url, appUrl)) event.preventDefault()
  }
  // @see https://www.electronjs.org/docs/latest/tutorial/security#13-disable-or-limit-navigation
  contents.on('will-navigate', stayInApp)
  contents.on('will-redirect', stayInApp)
  contents.on('will-frame-navigate', (event) => keepFramesInApp(event, appUrl))
  // @see https://www.electronjs.org/docs/latest/tutorial/security#14-disable-or-limit-creation-of-new-windows
  contents.setWindowOpenHandler(({ url }) => {
    if (isSafeExternalUrl(url)) {
      openExternal(url).catch((error) => console.error('[security] could not open a link', error))
    }
    return { action: 'deny' }
  })
  // @see https://www.electronjs.org/docs/latest/tutorial/security#12-verify-webview-options-before-creation
  contents.on('will-attach-webview', (event) => event.preventDefault())
}

const refusal = (status: number, reason: string): Response =>
  new Response(reason, { status, headers: BASE_HEADERS })

/** Answers an app:// request with a file of the built renderer, never anything outside it. */
export async function serveAppFile(request: Request, rendererDir: string): Promise<Response> {
  if (request.method !== 'GET' && request.method !== 'HEAD') return refusal(405, 'read only')
  const url = new URL(request.url)
  if (url.protocol !== `${APP_SCHEME.scheme}:` || url.host !== APP_HOST) {
    return refusal(404, 'not the app')
  }
  const lookup = await lookupStaticFile(rendererDir, url.pathname)
  if (!lookup.ok) return refusal(lookup.status, lookup.reason)
  const headers = {
    ...staticHeaders(lookup.filePath),
    'Content-Security-Policy': CONTENT_SECURITY_POLICY,
  }
  const body = request.method === 'HEAD' ? null : await readFile(lookup.filePath)
  return new Response(body, { headers })
}
