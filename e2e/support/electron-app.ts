import { existsSync } from 'node:fs'
import { resolve } from 'node:path'
import { _electron as electron, type ElectronApplication } from '@playwright/test'

/** npm writes path.txt only once the Electron binary has been downloaded. */
export const hasElectronBinary = (): boolean =>
  existsSync(resolve('node_modules/electron/path.txt'))

export const NO_ELECTRON_MESSAGE =
  'No Electron binary is installed here (installed with ELECTRON_SKIP_BINARY_DOWNLOAD); the web project runs these specs.'

export function launchElectronApp(dataDir: string): Promise<ElectronApplication> {
  return electron.launch({
    args: [resolve('out/main/index.js')],
    env: { ...process.env, CLAIMDESK_DATA_DIR: dataDir },
  })
}
