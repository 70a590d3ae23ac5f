import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { app, BrowserWindow, dialog, ipcMain, Menu, protocol, screen, session, shell } from 'electron'
import { MENU_COMMAND_CHANNEL } from '../shared/bridge'
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
import { buildMenuTemplate } from './menu'
import { windowOptions } from './window-options'
import { readWindowState, restorableBounds, writeWindowState, type WindowBounds } from './window-state'

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

const windowStatePath = () => join(app.getPath('userData'), 'window-state.json')

/** Saves where the window is whenever the user moves or resizes it, and once more on close. */
function rememberBounds(window: BrowserWindow): void {
  let timer: NodeJS.Timeout | undefined
  const save = () => {
    if (window.isDestroyed() || window.isMinimized()) return
    const bounds: WindowBounds = { ...window.getNormalBounds(), isMaximized: window.isMaximized() }
    writeWindowState(windowStatePath(), bounds).catch((error) =>
      console.error('[main] could not save the window state', error),
    )
  }
  const saveSoon = () => {
    clearTimeout(timer)
    timer = setTimeout(save, 500)
  }
  window.on('resize', saveSoon)
  window.on('move', saveSoon)
  window.on('maximize', saveSoon)
  window.on('unmaximize', saveSoon)
  window.on('close', () => (clearTimeout(timer), save()))
}

async function createWindow(): Promise<void> {
  const workAreas = screen.getAllDisplays().map((display) => display.workArea)
  const saved = restorableBounds(await readWindowState(windowStatePath()), workAreas)
  const window = new BrowserWindow(windowOptions(join(outDir, '../preload/index.cjs'), saved))
  window.once('ready-to-show', () => {
    if (saved?.isMaximized) window.maximize()
    window.show()
  })
  rememberBounds(window)
  window.loadURL(appUrl).catch(failToStart)
}

/** Menu clicks become commands in the focused window's renderer, run like its own buttons. */
function installMenu(): void {
  const template = buildMenuTemplate({
    platform: process.platform,
    appName: app.name,
    run: (id) => BrowserWindow.getFocusedWindow()?.webContents.send(MENU_COMMAND_CHANNEL, id),
  })
  Menu.setApplicationMenu(Menu.buildFromTemplate(template))
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
  installMenu()
  await createWindow()
  app.on('activate', () => {
    if (BrowserWindow.getAllWindows().length === 0) createWindow().catch(failToStart)
  })
}

// Tests and portable setups point the app at their own folder; the single-instance lock follows it.
if (process.env.CLAIMDESK_DATA_DIR) app.setPath('userData', process.env.CLAIMDESK_DATA_DIR)

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
