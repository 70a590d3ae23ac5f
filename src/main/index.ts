import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import {
  app,
  BrowserWindow,
  dialog,
  ipcMain,
  Menu,
  protocol,
  screen,
  session,
  shell,
  type OpenDialogOptions,
} from 'electron'
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
import { launchFilePaths } from './launch-files'
import { buildMenuTemplate } from './menu'
import { saveReportPdf } from './report-pdf'
import { reportFormatOfFileName, reportSaveDialogOptions } from './report-save-dialog'
import { windowOptions } from './window-options'
import {
  readWindowState,
  restorableBounds,
  writeWindowState,
  type WindowBounds,
} from './window-state'

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

/** Imports the article files named on the command line, then has the window reload its lists. */
async function importLaunchFiles(desk: Desk, argv: readonly string[], cwd: string): Promise<void> {
  const paths = launchFilePaths(argv, cwd, argvSkip)
  if (paths.length === 0) return
  const summary = await desk.handlers['articles.importFiles']({ paths })
  console.info(
    `[main] imported ${summary.imported} of ${paths.length} files named on the command line`,
  )
  for (const window of BrowserWindow.getAllWindows())
    window.webContents.send(MENU_COMMAND_CHANNEL, 'view.reload')
}

async function start(): Promise<void> {
  secureSession(session.defaultSession)
  saveReportsWithDialog()
  if (!devServerUrl)
    protocol.handle(APP_SCHEME.scheme, (request) => serveAppFile(request, rendererDir))
  const dataDir = app.getPath('userData')
  const desk = await openDesk({
    dataDir,
    samplesDir,
    openExternal: openInBrowser,
    chooseFolder,
    savePdf: saveReportPdf,
  })
  registerRpc(ipcMain, desk.handlers, appUrl)
  closeDeskBeforeQuit(desk)
  installMenu()
  await createWindow()
  const importFrom = (argv: readonly string[], cwd: string) =>
    importLaunchFiles(desk, argv, cwd).catch((error) =>
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
  app.on('second-instance', focusDeskWindow)
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit()
  })
  app.whenReady().then(start).catch(failToStart)
}
