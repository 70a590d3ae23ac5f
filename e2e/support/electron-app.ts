import { mkdtemp } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { _electron as electron, type ElectronApplication } from '@playwright/test'
import { findElectronBinary } from '../../scripts/electron-binary.mjs'

export const hasElectronBinary = (): boolean =>
  findElectronBinary(resolve('node_modules/electron'), process.env).isInstalled

export const NO_ELECTRON_MESSAGE =
  'No Electron binary is installed here (installed with ELECTRON_SKIP_BINARY_DOWNLOAD); the web project runs these specs.'

type LaunchOptions = { colorScheme?: 'light' | 'dark' | 'no-preference' | null }

/**
 * Starts the app the way `electron .` does: from the project folder, whose package.json names the
 * built entry, so the app path and everything found from it are those of a real start.
 */
export async function launchElectronApp(
  dataDir: string,
  { colorScheme }: LaunchOptions = {},
): Promise<ElectronApplication> {
  const app = await electron.launch({
    args: [resolve('.')],
    env: { ...process.env, CLAIMDESK_DATA_DIR: dataDir },
    ...(colorScheme ? { colorScheme } : {}),
  })
  await saveDownloadsWithoutDialog(app)
  return app
}

/**
 * The app asks where to save a report with the native save dialog, which no test can answer; here
 * each download goes straight to a temporary folder instead, as Playwright's own downloads do.
 */
async function saveDownloadsWithoutDialog(app: ElectronApplication): Promise<void> {
  const folder = await mkdtemp(join(tmpdir(), 'claimdesk-e2e-downloads-'))
  await app.evaluate(({ session }, folder) => {
    session.defaultSession.on('will-download', (_event, item) =>
      item.setSavePath(`${folder}/${item.getFilename()}`),
    )
  }, folder)
}
