import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import {
  app,
  BrowserWindow,
  dialog,
  ipcMain,
  protocol,
  screen,
  session,
  shell,
  type OpenDialogOptions,
} from 'electron'
import { randomBytes } from 'node:crypto'
import { messageOf } from '../shared/message-of'
import { installAppMenu, offerContextMenu } from './app-menu'
import {
  APP_LOCK_WAIT_MS,
  openCurrentWorkspace,
  type CurrentWorkspace,
} from './core/current-workspace'
import { DESK_AUTO_SYNC } from './core/desk/desk-auto-sync'
import { ChangeFeed } from './core/events/change-feed'
import { handlersWhenReady } from './core/handlers-when-ready'
import {
  CONTENT_SECURITY_POLICY,
  DEV_SERVER_CONTENT_SECURITY_POLICY,
} from './core/web/content-security-policy'
import { workerScriptsFor } from './core/threads/worker-scripts'
import { samplesDirFor } from './core/workspace/samples-dir'
import { startHost, type RunningHost } from './host/server'
import { forwardChanges, registerRpc } from './ipc'
import {
  APP_SCHEME,
  APP_URL,
  isSafeExternalUrl,
  secureSession,
  secureWebContents,
  serveAppFile,
} from './security'
import { launchFilePaths } from './launch-files'
import { isReplacedLoad } from './page-load'
import { quitAfter } from './quit-after'
import { saveReportPdf } from './report-pdf'
import { reportFormatOfFileName, reportSaveDialogOptions } from './report-save-dialog'
import { windowOptions } from './window-options'
import {
  readWindowState,
  restorableBounds,
  WindowBoundsKeeper,
  type WindowBounds,
} from './window-state'

const outDir = fileURLToPath(new URL('.', import.meta.url))
const rendererDir = join(outDir, '../renderer')
// A packaged app ignores the variable, so nobody can point the window (and IPC trust) elsewhere.
const devServerUrl = app.isPackaged ? undefined : process.env.ELECTRON_RENDERER_URL
const appUrl = devServerUrl ?? APP_URL
// The dev server's page runs React Refresh's inline preamble; a built page runs no inline script.
const contentSecurityPolicy = devServerUrl
  ? DEV_SERVER_CONTENT_SECURITY_POLICY
  : CONTENT_SECURITY_POLICY
const samplesDir = samplesDirFor(
  import.meta.url,
  app.isPackaged ? process.resourcesPath : undefined,
)

/** The last gate before the OS: only checked http(s) links leave the app. */
async function openInBrowser(url: string): Promise<void> {
  if (isSafeExternalUrl(url)) await shell.openExternal(url)
}

/** File → Open folder…: the native picker, which can also create a new folder for a new workspace. */
async function chooseFolder(): Promise<string | null> {
  const options: OpenDialogOptions = {
    title: 'Open a folder as a workspace',
    properties: ['openDirectory', 'createDirectory'],
  }
  const window = BrowserWindow.getFocusedWindow()
  const result = window
    ? await dialog.showOpenDialog(window, options)
    : await dialog.showOpenDialog(options)
  return result.canceled ? null : (result.filePaths[0] ?? null)
}

function failToStart(error: unknown): void {
  console.error('[main] Claimdesk could not start', error)
  dialog.showErrorBox('Claimdesk could not start', messageOf(error))
  app.exit(1)
}

const windowStatePath = () => join(app.getPath('userData'), 'window-state.json')
const windowBounds = new WindowBoundsKeeper(windowStatePath, (error) =>
  console.error('[main] could not save the window state', error),
)

/** Where the window is, to reopen it there; a minimized or closed window has nothing to keep. */
function boundsOf(window: BrowserWindow): WindowBounds | null {
  if (window.isDestroyed() || window.isMinimized()) return null
  return { ...window.getNormalBounds(), isMaximized: window.isMaximized() }
}

/** Saves where the window is whenever the user moves or resizes it, and once more on close. */
function rememberBounds(window: BrowserWindow): void {
  let timer: NodeJS.Timeout | undefined
  const save = () => {
    const bounds = boundsOf(window)
    if (bounds) windowBounds.save(bounds)
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
  window.loadURL(appUrl).catch((error) => isReplacedLoad(error) || failToStart(error))
}

/** A second launch brings the running desk forward instead of opening the same store twice. */
function focusDeskWindow(): void {
  const [window] = BrowserWindow.getAllWindows()
  if (!window) return
  if (window.isMinimized()) window.restore()
  window.focus()
}

/**
 * Quitting waits once for the workspace's last claims and the window's last bounds (the endpoint
 * for the CLI stops first, so no change arrives after), then quits.
 */
function finishBeforeQuit(workspace: CurrentWorkspace, cliEndpoint: RunningHost): void {
  const lastBounds = () => BrowserWindow.getAllWindows().map(boundsOf).find(Boolean) ?? null
  const closeWorkspace = () => cliEndpoint.close().then(() => workspace.close())
  const finish = () => Promise.all([windowBounds.finish(lastBounds()), closeWorkspace()])
  const quit = () => app.quit()
  app.on(
    'before-quit',
    quitAfter(finish, quit, (error) =>
      console.error('[main] the workspace did not close cleanly', error),
    ),
  )
}

/** A report the renderer downloads goes through the native save dialog, which asks before replacing. */
function saveReportsWithDialog(): void {
  session.defaultSession.on('will-download', (_event, item) => {
    const name = item.getFilename()
    item.setSaveDialogOptions(
      reportSaveDialogOptions(name, reportFormatOfFileName(name), app.getPath('documents')),
    )
  })
}

/** In development argv is [electron, app folder, …]; packaged it is [claimdesk, …]. */
const argvSkip = app.isPackaged ? 1 : 2

/** Imports the article files named on the command line; every window hears of them as changes. */
async function importLaunchFiles(
  workspace: CurrentWorkspace,
  argv: readonly string[],
  cwd: string,
): Promise<void> {
  const paths = launchFilePaths(argv, cwd, argvSkip)
  if (paths.length === 0) return
  const summary = await workspace.handlers['articles.importFiles']({ paths })
  console.info(
    `[main] imported ${summary.imported} of ${paths.length} files named on the command line`,
  )
}

/**
 * The workspace opens behind a calls-only loopback endpoint named in its lock, so `claimdesk`
 * commands run while the app is open go through the app and show in its windows at once.
 */
async function openWithCliEndpoint(dataDir: string) {
  let opened: (workspace: Promise<CurrentWorkspace>) => void = () => {}
  const opening = new Promise<CurrentWorkspace>((resolve) => (opened = resolve))
  const feed = new ChangeFeed()
  const secret = randomBytes(24).toString('base64url')
  const cliEndpoint = await startHost({
    handlers: handlersWhenReady(opening.then((workspace) => workspace.handlers)),
    rendererDir: null,
    cli: { secret, folder: async () => (await opening).folder() },
  })
  const lock = { app: 'desktop app' as const, endpoint: cliEndpoint.origin, secret }
  const workers = workerScriptsFor(import.meta.url)
  const options = { dataDir, samplesDir, feed, lock, workers, lockWaitMs: APP_LOCK_WAIT_MS }
  const electronOnly = { openExternal: openInBrowser, chooseFolder, savePdf: saveReportPdf }
  opened(openCurrentWorkspace({ ...options, ...electronOnly, deskAutoSync: DESK_AUTO_SYNC }))
  const workspace = await opening.catch(async (error: unknown) => {
    await cliEndpoint.close()
    throw error
  })
  return { workspace, cliEndpoint }
}

async function start(): Promise<void> {
  secureSession(session.defaultSession, { appUrl, contentSecurityPolicy })
  saveReportsWithDialog()
  if (!devServerUrl)
    protocol.handle(APP_SCHEME.scheme, (request) => serveAppFile(request, rendererDir))
  const dataDir = app.getPath('userData')
  const { workspace, cliEndpoint } = await openWithCliEndpoint(dataDir)
  registerRpc(ipcMain, workspace.handlers, appUrl)
  forwardChanges(workspace.feed, () => BrowserWindow.getAllWindows().map((w) => w.webContents))
  finishBeforeQuit(workspace, cliEndpoint)
  const settingsPath = join(dataDir, 'desktop-settings.json')
  await installAppMenu({ appUrl, session: session.defaultSession, settingsPath })
  await createWindow()
  const importFrom = (argv: readonly string[], cwd: string) =>
    importLaunchFiles(workspace, argv, cwd).catch((error) =>
      console.error('[main] could not import', error),
    )
  await importFrom(process.argv, process.cwd())
  app.on(
    'second-instance',
    (_event, argv, workingDirectory) => void importFrom(argv, workingDirectory),
  )
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
  app.on('web-contents-created', (_event, contents) => offerContextMenu(contents))
  app.on('second-instance', focusDeskWindow)
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit()
  })
  app.whenReady().then(start).catch(failToStart)
}
