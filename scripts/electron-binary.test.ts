import { spawnSync } from 'node:child_process'
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { findElectronBinary, missingElectronMessage } from './electron-binary.mjs'

let electronDir: string

beforeEach(async () => {
  electronDir = await mkdtemp(join(tmpdir(), 'claimdesk-electron-pkg-'))
})
afterEach(() => rm(electronDir, { recursive: true, force: true }))

/** Lays the package out as Electron's install script leaves it after a finished download. */
async function downloaded(relative: string, withBinary = true) {
  await writeFile(join(electronDir, 'path.txt'), relative)
  if (!withBinary) return
  await mkdir(join(electronDir, 'dist', relative, '..'), { recursive: true })
  await writeFile(join(electronDir, 'dist', relative), '')
}

describe('findElectronBinary', () => {
  it('finds the binary that path.txt names', async () => {
    await downloaded('electron')
    expect(findElectronBinary(electronDir, {})).toEqual({
      isInstalled: true,
      binaryPath: join(electronDir, 'dist', 'electron'),
    })
  })

  it('says "not downloaded" when the install script never wrote path.txt', () => {
    expect(findElectronBinary(electronDir, {})).toEqual({
      isInstalled: false,
      reason: 'not-downloaded',
    })
  })

  it('says which file is missing when path.txt names one that is not there', async () => {
    await downloaded('Electron.app/Contents/MacOS/Electron', false)
    expect(findElectronBinary(electronDir, {})).toMatchObject({
      isInstalled: false,
      reason: 'missing-file',
      binaryPath: join(electronDir, 'dist', 'Electron.app/Contents/MacOS/Electron'),
    })
  })

  it('looks in ELECTRON_OVERRIDE_DIST_PATH when it is set, as Electron itself does', async () => {
    const dist = join(electronDir, 'elsewhere')
    await mkdir(dist)
    await writeFile(join(dist, 'electron'), '')
    expect(findElectronBinary(electronDir, { ELECTRON_OVERRIDE_DIST_PATH: dist })).toMatchObject({
      isInstalled: true,
      binaryPath: join(dist, 'electron'),
    })
  })
})

describe('missingElectronMessage', () => {
  it('names the skip variable when it is set, the command that downloads, and the browser host', () => {
    const message = missingElectronMessage(
      { isInstalled: false, reason: 'not-downloaded' },
      { ELECTRON_SKIP_BINARY_DOWNLOAD: '1' },
    )
    expect(message).toContain('ELECTRON_SKIP_BINARY_DOWNLOAD is set')
    expect(message).toContain('unset ELECTRON_SKIP_BINARY_DOWNLOAD')
    expect(message).toContain('node node_modules/electron/install.js')
    expect(message).toContain('npm run serve')
  })

  it('points at the missing file after a broken download', () => {
    const message = missingElectronMessage(
      { isInstalled: false, reason: 'missing-file', binaryPath: '/x/dist/electron' },
      {},
    )
    expect(message).toContain('/x/dist/electron is not there')
    expect(message).not.toContain('unset')
  })
})

describe('the start check', () => {
  it('stops `npm start` with the message when this checkout has no binary', () => {
    const result = spawnSync(process.execPath, [resolve('scripts/check-electron.mjs')], {
      encoding: 'utf8',
      env: { ...process.env, ELECTRON_OVERRIDE_DIST_PATH: electronDir },
    })
    expect(result.status).toBe(1)
    expect(result.stderr).toContain('The Electron binary is not installed')
    expect(result.stderr).toContain('npm run serve')
  })

  it('runs before the desktop scripts', async () => {
    const { scripts } = (await import('../package.json', { with: { type: 'json' } })).default
    for (const name of ['start', 'dev'] as const)
      expect(scripts[name]).toMatch(/^node scripts\/check-electron\.mjs && electron-vite /)
  })
})
