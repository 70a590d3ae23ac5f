import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { app, BrowserWindow, dialog, ipcMain, protocol, session, shell } from 'electron'
import { openDesk, type Desk } from './core/desk'
import { registerRpc } from './ipc'
import {
  APP_SCHEME,
  APP_URL,
  isSafeExternalUrl,
  secureSession,
  secureWebContents,
  serveAppFile,
} from './security'
import { windowOptions } from './window-options'

const outDir = fileURLToPath(new URL('.', import.meta.url))
const rendererDir = join(outDir, '../renderer')
// A packaged app ignores the variable, so nobody can point the window (and IPC trust) elsewhere.
const devServerUrl = app.isPackaged ? undefined : process.env.ELECTRON_RENDERER_URL
const appUrl = devServerUrl ?? APP_URL
const samplesDir = app.isPackaged
  ? join(process.resourcesPath, 'samples')
  : join(app.getAppPath(), 'resources/samples')

/** The last gate before the OS: only checked http(s) links leave the app. */
async function openInBrowser(url: string): Promise<void> {
  if (isSafeExternalUrl(url)) await shell.openExternal(url)
}

function failToStart(error: unknown): void {
  console.error('[main] Claimdesk could not start', error)
  dialog.showErrorBox(
    'Claimdesk could not start',
    error instanceof Error ? error.message : String(error),
  )
  app.exit(1)
}

function createWindow(): void {
  const window = new BrowserWindow(windowOptions(join(outDir, '../preload/index.cjs')))
  window.once('ready-to-show', () => window.show())
  window.loadURL(appUrl).catch(failToStart)
}

/** A second launch brings the running desk forward instead of opening the same store twice. */
function focusDeskWindow(): void {
  const [window] = BrowserWindow.getAllWindows()
  if (!window) return
  if (window.isMinimized()) window.restore()
  window.focus()
}

/** Quitting waits once for the desk to write its last claims, then quits for real. */
function closeDeskBeforeQuit(desk: Desk): void {
  let state: 'open' | 'closing' | 'closed' = 'open'
  app.on('before-quit', (event) => {
    if (state === 'closed') return
    event.preventDefault()
    if (state === 'closing') return
    state = 'closing'
    desk
      .close()
      .catch((error) => console.error('[main] the desk did not close cleanly', error))
      .finally(() => {
        state = 'closed'
        app.quit()
      })
  })
}

async function start(): Promise<void> {
  secureSession(session.defaultSession)
  if (!devServerUrl)
    protocol.handle(APP_SCHEME.scheme, (request) => serveAppFile(request, rendererDir))
  const dataDir = app.getPath('userData')
  const desk = await openDesk({ dataDir, samplesDir, openExternal: openInBrowser })
  registerRpc(ipcMain, desk.handlers, appUrl)
  closeDeskBeforeQuit(desk)
  createWindow()
  app.on('activate', () => {
    if (BrowserWindow.getAllWindows().length === 0) createWindow()
  })
}

// @see https://www.electronjs.org/docs/latest/api/app#apprequestsingleinstancelockadditionaldata
if (!app.requestSingleInstanceLock()) {
  app.quit()
} else {
  protocol.registerSchemesAsPrivileged([APP_SCHEME])
  // @see https://www.electronjs.org/docs/latest/tutorial/security#4-enable-process-sandboxing
  app.enableSandbox()
  app.on('web-contents-created', (_event, contents) =>
    secureWebContents(contents, appUrl, openInBrowser),
  )
  app.on('second-instance', focusDeskWindow)
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit()
  })
  app.whenReady().then(start).catch(failToStart)
}
