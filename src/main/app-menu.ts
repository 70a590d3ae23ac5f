import {
  app,
  BrowserWindow,
  dialog,
  ipcMain,
  Menu,
  type BaseWindow,
  type Session,
  type WebContents,
} from 'electron'
import { MENU_COMMAND_CHANNEL, MENU_STATE_CHANNEL } from '../shared/bridge'
import { parseMenuState, type CommandId } from '../shared/commands'
import { contextMenuTemplate } from './context-menu'
import { topFrameUrl } from './ipc'
import { buildMenuTemplate, type SpellcheckItem } from './menu'
import { MenuStates } from './menu-state'
import { isTrustedSender } from './security'
import {
  isSpellcheckDownloaded,
  readSpellcheckSetting,
  spellcheckDownloadQuestion,
  spellcheckLanguages,
  writeSpellcheckSetting,
} from './spellcheck'

type AppMenuOptions = { appUrl: string; session: Session; settingsPath: string }

/** A menu click goes to the window it was made in (or the focused one), run like its own buttons. */
function sendCommand(id: CommandId, window: BaseWindow | undefined): void {
  const target = (window && BrowserWindow.fromId(window.id)) ?? BrowserWindow.getFocusedWindow()
  target?.webContents.send(MENU_COMMAND_CHANNEL, id)
}

/** Spell checking on or off for the session; off also means no dictionary to download. */
function applySpellcheck(session: Session, isOn: boolean): void {
  const languages = isOn
    ? spellcheckLanguages(app.getPreferredSystemLanguages(), session.availableSpellCheckerLanguages)
    : []
  if (process.platform !== 'darwin') session.setSpellCheckerLanguages(languages)
  session.setSpellCheckerEnabled(isOn)
}

/** Turning spelling on where it downloads dictionaries asks first, naming the download. */
async function mayDownloadDictionaries(session: Session): Promise<boolean> {
  if (!isSpellcheckDownloaded(process.platform)) return true
  const languages = spellcheckLanguages(
    app.getPreferredSystemLanguages(),
    session.availableSpellCheckerLanguages,
  )
  const { response } = await dialog.showMessageBox({
    type: 'question',
    ...spellcheckDownloadQuestion(languages),
    buttons: ['Download and turn on', 'Cancel'],
    defaultId: 0,
    cancelId: 1,
  })
  return response === 0
}

async function spellcheckSetting(
  { session, settingsPath }: AppMenuOptions,
  changed: () => void,
): Promise<SpellcheckItem> {
  const setting = { isOn: await readSpellcheckSetting(settingsPath, process.platform) }
  applySpellcheck(session, setting.isOn)
  const toggle = async () => {
    const isOn = !setting.isOn
    if (!isOn || (await mayDownloadDictionaries(session))) {
      setting.isOn = isOn
      applySpellcheck(session, isOn)
      await writeSpellcheckSetting(settingsPath, isOn)
    }
    changed()
  }
  return {
    get isOn() {
      return setting.isOn
    },
    toggle: () =>
      void toggle().catch((error) => console.error('[menu] spell checking did not change', error)),
  }
}

/** Text fields and selections get a native right-click menu, with spelling suggestions when on. */
export function offerContextMenu(contents: WebContents): void {
  contents.on('context-menu', (_event, params) => {
    const items = contextMenuTemplate(params, {
      replaceMisspelling: (word) => contents.replaceMisspelling(word),
      addToDictionary: (word) => void contents.session.addWordToSpellCheckerDictionary(word),
    })
    if (items.length > 0) Menu.buildFromTemplate(items).popup()
  })
}

/**
 * The application menu, rebuilt whenever the focused window reports a change in what it can run or
 * in text focus: each window reports on MENU_STATE_CHANNEL, checked like every other IPC message.
 */
export async function installAppMenu(options: AppMenuOptions): Promise<void> {
  const states = new MenuStates()
  const focusedId = () => BrowserWindow.getFocusedWindow()?.webContents.id
  const rebuild = () =>
    Menu.setApplicationMenu(
      Menu.buildFromTemplate(
        buildMenuTemplate({
          platform: process.platform,
          appName: app.name,
          state: states.shown(focusedId()),
          run: sendCommand,
          spellcheck,
        }),
      ),
    )
  const spellcheck = await spellcheckSetting(options, () => rebuild())
  ipcMain.on(MENU_STATE_CHANNEL, (event, reported: unknown) => {
    const state = parseMenuState(reported)
    if (!state || !isTrustedSender(topFrameUrl(event), options.appUrl)) return
    const focused = focusedId()
    if (states.report(event.sender.id, state) && (focused ?? event.sender.id) === event.sender.id)
      rebuild()
  })
  app.on('browser-window-focus', rebuild)
  app.on('web-contents-created', (_event, contents) => {
    const id = contents.id
    contents.once('destroyed', () => states.forget(id))
  })
  rebuild()
}
