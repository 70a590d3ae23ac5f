import { readFile } from 'node:fs/promises'
import { describe, expect, it } from 'vitest'
import { parse } from 'yaml'

const config = parse(await readFile('electron-builder.yml', 'utf8'))

describe('the packaging config', () => {
  it('flips the fuses that close Node and debugger back doors and pins the app to its asar', () => {
    expect(config.asar).toBe(true)
    expect(config.electronFuses).toMatchObject({
      runAsNode: false,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
      grantFileProtocolExtraPrivileges: false,
    })
  })

  it('builds every desktop target and claims no file types', () => {
    expect(config.linux.target).toEqual(['AppImage', 'deb'])
    expect(config.mac.target).toBe('dmg')
    expect(config.win.target).toBe('nsis')
    expect(config.fileAssociations).toBeUndefined()
    expect(config.protocols).toBeUndefined()
  })

  it('ships the sample workspace and an icon set that exists', async () => {
    expect(config.extraResources).toContainEqual({ from: 'resources/samples', to: 'samples' })
    for (const size of [16, 32, 48, 128, 256, 512])
      await readFile(`resources/icons/${size}x${size}.png`)
    await readFile('resources/icon.png')
  })
})
