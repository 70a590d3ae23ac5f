import { expect, type ElectronApplication, type Page } from '@playwright/test'

/** The application menu, whichever one the app shows: the native bar in Electron, an in-window bar in a browser. */
export interface AppMenu {
  /** Chooses `item` (its label) from `menu`, as a user would. */
  choose(menu: string, item: string): Promise<void>
}

/** The browser host's in-window menu bar, found by role and name. */
export class InWindowMenu implements AppMenu {
  constructor(private readonly page: Page) {}

  async choose(menu: string, item: string): Promise<void> {
    await this.page
      .getByRole('menubar', { name: 'Application menu' })
      .getByRole('menuitem', { name: menu })
      .click()
    await this.page.getByRole('menu', { name: menu }).getByRole('menuitem', { name: item }).click()
  }
}

export type NativeItem = { label: string; role: string | null; enabled: boolean; checked: boolean }

/**
 * The desktop app's native menu, read and clicked in the main process: Playwright cannot reach an
 * OS menu, but a click there is this same call with the window it was made in.
 */
export class NativeMenu implements AppMenu {
  constructor(private readonly app: () => ElectronApplication | undefined) {}

  private get electronApp(): ElectronApplication {
    const app = this.app()
    if (!app) throw new Error('The desktop app is not running.')
    return app
  }

  /** The items of one menu as Electron holds them now (it is rebuilt as the desk changes). */
  async items(menu: string): Promise<NativeItem[]> {
    return this.electronApp.evaluate(({ Menu }, menu) => {
      const found = Menu.getApplicationMenu()?.items.find((entry) => entry.label === menu)
      return (found?.submenu?.items ?? [])
        .filter((entry) => entry.type !== 'separator')
        .map((entry) => ({
          label: entry.label,
          role: entry.role?.toLowerCase() ?? null,
          enabled: entry.enabled,
          checked: entry.checked,
        }))
    }, menu)
  }

  /** Waits until `menu` holds an item like `expected` (matched on the fields given). */
  async expectItem(menu: string, expected: Partial<NativeItem>): Promise<void> {
    await expect
      .poll(async () => (await this.items(menu)).filter((item) => matches(item, expected)).length)
      .toBe(1)
  }

  async choose(menu: string, item: string): Promise<void> {
    await this.electronApp.evaluate(
      ({ BrowserWindow, Menu }, { menu, item }) => {
        const entry = Menu.getApplicationMenu()
          ?.items.find((each) => each.label === menu)
          ?.submenu?.items.find((each) => each.label === item)
        if (!entry) throw new Error(`There is no ${menu} → ${item} in the menu.`)
        if (!entry.enabled) throw new Error(`${menu} → ${item} is disabled.`)
        const [window] = BrowserWindow.getAllWindows()
        entry.click(undefined, window, window?.webContents)
      },
      { menu, item },
    )
  }

  /** Makes the next native folder picker answer `folder`, as if the user had chosen it. */
  async answerFolderPicker(folder: string): Promise<void> {
    await this.electronApp.evaluate(({ dialog }, folder) => {
      const choose = async () => ({ canceled: false, filePaths: [folder] })
      Object.assign(dialog, { showOpenDialog: choose })
    }, folder)
  }
}

const matches = (item: NativeItem, expected: Partial<NativeItem>) =>
  Object.entries(expected).every(([key, value]) => item[key as keyof NativeItem] === value)
