import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { test as base, type ElectronApplication, type Page } from '@playwright/test'
import { DeskPage } from './page-models/desk-page'
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
}

type Session = { page: Page; close(): Promise<void> }

/** Opens the app on a data dir: Electron in the "electron" project, the browser host otherwise. */
async function openSession(projectName: string, dataDir: string, page: Page): Promise<Session> {
  if (projectName === 'electron') {
    const app: ElectronApplication = await launchElectronApp(dataDir)
    return { page: await app.firstWindow(), close: () => app.close() }
  }
  const host = await startHostProcess(dataDir)
  await page.goto(host.url)
  return {
    page,
    close: async () => {
      // Leave the app first, so its background polls do not hit a host that is shutting down.
      await page.goto('about:blank')
      await host.stop()
    },
  }
}

/** Every spec runs against a fresh data dir, in the browser host ("web") or in Electron. */
export const test = base.extend<Fixtures & { session: { current: Session | null } }>({
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
    const holder: { current: Session | null } = { current: null }
    await use(holder)
    await holder.current?.close()
  },
  desk: async ({ page, dataDir, session }, use, testInfo) => {
    if (testInfo.project.name === 'electron') test.skip(!hasElectronBinary(), NO_ELECTRON_MESSAGE)
    session.current = await openSession(testInfo.project.name, dataDir, page)
    await use(new DeskPage(session.current.page))
  },
  restartDesk: async ({ page, dataDir, session }, use, testInfo) => {
    await use(async () => {
      await session.current?.close()
      session.current = await openSession(testInfo.project.name, dataDir, page)
      return new DeskPage(session.current.page)
    })
  },
  closeDesk: async ({ session }, use) => {
    await use(async () => {
      await session.current?.close()
      session.current = null
    })
  },
})

export { expect } from '@playwright/test'
