import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import {
  test as base,
  type Browser,
  type ElectronApplication,
  type Page,
  type TestInfo,
} from '@playwright/test'
import { DeskPage } from './page-models/desk-page'
import { InWindowMenu, NativeMenu, type AppMenu } from './page-models/app-menu'
import { hasElectronBinary, launchElectronApp, NO_ELECTRON_MESSAGE } from './support/electron-app'
import { startHostProcess, type RunningHost } from './support/host-process'

type Fixtures = {
  dataDir: string
  host: RunningHost
  desk: DeskPage
  /** Quits the app and starts it again on the same data dir, as a user relaunching it would. */
  restartDesk: () => Promise<DeskPage>
  /** Quits the app, so a test can change its files on disk before `restartDesk`. */
  closeDesk: () => Promise<void>
  /** The application menu the app shows: native in Electron, in the window in a browser. */
  appMenu: AppMenu
  /** The desktop app's own menu bar (electron project only). */
  nativeMenu: NativeMenu
}

type WorkerFixtures = {
  /** Chromium for the web project, launched the first time a test asks for it. */
  chromium: () => Promise<Browser>
}

type Session = { page: Page; app?: ElectronApplication; close(): Promise<void> }
type SessionHolder = { current: Session | null }

const isElectron = (testInfo: TestInfo) => testInfo.project.name === 'electron'

async function openElectronSession(dataDir: string, options: LaunchSettings): Promise<Session> {
  const app = await launchElectronApp(dataDir, options)
  return { page: await app.firstWindow(), app, close: () => app.close() }
}

async function openHostSession(dataDir: string, page: Page): Promise<Session> {
  const host = await startHostProcess(dataDir)
  await page.goto(host.url)
  // The page loads before the app has drawn (and taken its shortcuts): a key pressed sooner is lost.
  await page.getByRole('menubar', { name: 'Application menu' }).waitFor()
  return {
    page,
    close: async () => {
      // Leave the app first, so its background polls do not hit a host that is shutting down.
      await page.goto('about:blank')
      await host.stop()
    },
  }
}

type LaunchSettings = Parameters<typeof launchElectronApp>[1]

async function closeSession(holder: SessionHolder): Promise<void> {
  await holder.current?.close()
  holder.current = null
}

/**
 * Every spec runs against a fresh data dir, in the browser host ("web") or in Electron. `page` is
 * the desk's page in both: a Chromium tab the desk opens the host in, or the app's own window. So
 * the electron project never launches Chromium, which need not even be installed where it runs.
 */
export const test = base.extend<
  Fixtures & { session: SessionHolder; launchSettings: LaunchSettings },
  WorkerFixtures
>({
  chromium: [
    async ({ playwright, launchOptions }, use) => {
      let launched: Promise<Browser> | undefined
      await use(() => (launched ??= playwright.chromium.launch(launchOptions)))
      await (await launched?.catch(() => undefined))?.close()
    },
    { scope: 'worker' },
  ],
  // eslint-disable-next-line no-empty-pattern
  dataDir: async ({}, use) => {
    const dir = await mkdtemp(join(tmpdir(), 'claimdesk-e2e-'))
    await use(dir)
    await rm(dir, { recursive: true, force: true })
  },
  host: async ({ dataDir }, use) => {
    const host = await startHostProcess(dataDir)
    await use(host)
    await host.stop()
  },
  // eslint-disable-next-line no-empty-pattern
  session: async ({}, use) => {
    const holder: SessionHolder = { current: null }
    await use(holder)
    await closeSession(holder)
  },
  launchSettings: async ({ colorScheme }, use) => use({ colorScheme }),
  page: async ({ chromium, dataDir, session, launchSettings }, use, testInfo) => {
    if (isElectron(testInfo)) {
      test.skip(!hasElectronBinary(), NO_ELECTRON_MESSAGE)
      session.current = await openElectronSession(dataDir, launchSettings)
      await use(session.current.page)
      return
    }
    const context = await (await chromium()).newContext()
    await use(await context.newPage())
    // The desk leaves the tab before the tab goes.
    await closeSession(session)
    await context.close()
  },
  desk: async ({ page, dataDir, session }, use, testInfo) => {
    if (!isElectron(testInfo)) session.current = await openHostSession(dataDir, page)
    await use(new DeskPage(page))
  },
  restartDesk: async ({ page, dataDir, session, launchSettings }, use, testInfo) => {
    await use(async () => {
      await session.current?.close()
      session.current = isElectron(testInfo)
        ? await openElectronSession(dataDir, launchSettings)
        : await openHostSession(dataDir, page)
      return new DeskPage(session.current.page)
    })
  },
  closeDesk: async ({ session }, use) => {
    await use(() => closeSession(session))
  },
  appMenu: async ({ page, session }, use, testInfo) => {
    await use(
      isElectron(testInfo) ? new NativeMenu(() => session.current?.app) : new InWindowMenu(page),
    )
  },
  nativeMenu: async ({ session }, use, testInfo) => {
    test.skip(!isElectron(testInfo), 'The native menu bar exists only in the desktop app.')
    await use(new NativeMenu(() => session.current?.app))
  },
})

export { expect } from '@playwright/test'
