// Whether Electron's binary is installed, found the way the `electron` package itself finds it
// (node_modules/electron/index.js): path.txt, written once the download finished, names the file.
import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'

/**
 * @typedef {{ isInstalled: true, binaryPath: string }
 *   | { isInstalled: false, reason: 'not-downloaded' | 'missing-file', binaryPath?: string }} ElectronBinary
 */

/**
 * @param {string} electronDir the folder of the installed `electron` package
 * @param {Record<string, string | undefined>} env ELECTRON_OVERRIDE_DIST_PATH points elsewhere, as for `electron` itself
 * @returns {ElectronBinary}
 */
export function findElectronBinary(electronDir, env) {
  const pathFile = join(electronDir, 'path.txt')
  const relative = existsSync(pathFile) ? readFileSync(pathFile, 'utf8').trim() : ''
  const distDir = env.ELECTRON_OVERRIDE_DIST_PATH || join(electronDir, 'dist')
  if (!relative && !env.ELECTRON_OVERRIDE_DIST_PATH)
    return { isInstalled: false, reason: 'not-downloaded' }
  const binaryPath = join(distDir, relative || 'electron')
  return existsSync(binaryPath)
    ? { isInstalled: true, binaryPath }
    : { isInstalled: false, reason: 'missing-file', binaryPath }
}

/**
 * What to tell someone whose `npm start` cannot open the window, and what works without it.
 * @param {Exclude<ElectronBinary, { isInstalled: true }>} binary
 * @param {Record<string, string | undefined>} env
 * @returns {string}
 */
export function missingElectronMessage(binary, env) {
  const why =
    binary.reason === 'missing-file'
      ? `Electron's download is incomplete: ${binary.binaryPath} is not there.`
      : env.ELECTRON_SKIP_BINARY_DOWNLOAD
        ? 'It was not downloaded: ELECTRON_SKIP_BINARY_DOWNLOAD is set in this shell.'
        : "It was not downloaded: Electron's install script did not run or could not reach the network."
  return [
    'The Electron binary is not installed, so the desktop window cannot open.',
    why,
    '',
    'To get it (needs network access to GitHub):',
    ...(env.ELECTRON_SKIP_BINARY_DOWNLOAD ? ['  unset ELECTRON_SKIP_BINARY_DOWNLOAD'] : []),
    '  node node_modules/electron/install.js',
    'package.json already lets npm run that script (allowScripts), so a fresh `npm install` with',
    'network access downloads it too.',
    '',
    'Without Electron, `npm run serve` runs Claimdesk in your browser (it prints the address).',
  ].join('\n')
}
