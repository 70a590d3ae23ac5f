import type {
  BrowserWindowConstructorOptions,
  HeadersReceivedResponse,
  OnHeadersReceivedListenerDetails,
} from 'electron'
import { CONTENT_SECURITY_POLICY } from './core/web/content-security-policy'
import type { WindowBounds } from './window-state'

/** Adds the policy to a response, for `session.webRequest.onHeadersReceived`. */
export function cspHeaders(
  details: Pick<OnHeadersReceivedListenerDetails, 'responseHeaders'>,
  policy: string = CONTENT_SECURITY_POLICY,
): HeadersReceivedResponse {
  return {
    responseHeaders: {
      ...details.responseHeaders,
      'Content-Security-Policy': [policy],
    },
  }
}

/** The one desk window: every renderer power off except the preload's bridge. */
export function windowOptions(
  preloadPath: string,
  bounds: Pick<WindowBounds, 'x' | 'y' | 'width' | 'height'> | null = null,
): BrowserWindowConstructorOptions {
  return {
    title: 'Claimdesk',
    width: 1280,
    height: 800,
    ...(bounds ? { x: bounds.x, y: bounds.y, width: bounds.width, height: bounds.height } : {}),
    minWidth: 900,
    minHeight: 600,
    // Shown on 'ready-to-show' so the user never sees an empty frame paint in.
    show: false,
    backgroundColor: '#ffffff',
    webPreferences: {
      preload: preloadPath,
      // @see https://www.electronjs.org/docs/latest/tutorial/security#3-enable-context-isolation
      contextIsolation: true,
      // @see https://www.electronjs.org/docs/latest/tutorial/security#4-enable-process-sandboxing
      sandbox: true,
      // @see https://www.electronjs.org/docs/latest/tutorial/security#2-do-not-enable-nodejs-integration-for-remote-content
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      // @see https://www.electronjs.org/docs/latest/tutorial/security#6-do-not-disable-websecurity
      webSecurity: true,
      // @see https://www.electronjs.org/docs/latest/tutorial/security#8-do-not-enable-allowrunninginsecurecontent
      allowRunningInsecureContent: false,
      // @see https://www.electronjs.org/docs/latest/tutorial/security#9-do-not-enable-experimental-features
      experimentalFeatures: false,
      // @see https://www.electronjs.org/docs/latest/tutorial/security#12-verify-webview-options-before-creation
      webviewTag: false,
      // A file dropped on the window must not replace the app with that file.
      navigateOnDragDrop: false,
      spellcheck: true,
      // A page that loops alert() can be silenced instead of locking the window.
      safeDialogs: true,
    },
  }
}
