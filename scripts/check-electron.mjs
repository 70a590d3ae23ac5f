// Runs before `npm start` and `npm run dev`: without Electron's binary they would end in Electron's
// own "failed to install correctly"; this says what to do instead, and exits non-zero.
import { createRequire } from 'node:module'
import { dirname } from 'node:path'
import { findElectronBinary, missingElectronMessage } from './electron-binary.mjs'

const electronDir = dirname(createRequire(import.meta.url).resolve('electron/package.json'))
const binary = findElectronBinary(electronDir, process.env)
if (!binary.isInstalled) {
  console.error(missingElectronMessage(binary, process.env))
  process.exit(1)
}
