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

describe('the .deb package', () => {
  /** electron-builder's own list, as its installed version documents it for DebOptions.depends. */
  async function electronBuilderDebDepends(): Promise<string[]> {
    const options = await readFile(
      'node_modules/app-builder-lib/out/options/linuxOptions.d.ts',
      'utf8',
    )
    const debOptions = options.slice(options.indexOf('interface DebOptions'))
    const list = /@default (\[[^\]]*\])/.exec(debOptions)?.[1]
    if (!list) throw new Error('electron-builder no longer documents its deb dependencies')
    return JSON.parse(list)
  }

  it('depends on everything electron-builder would list (GTK, xdg-open…), since depends replaces it', async () => {
    const defaults = await electronBuilderDebDepends()
    expect(defaults).toContain('libgtk-3-0')
    expect(defaults).toContain('xdg-utils')
    expect(config.deb.depends).toEqual(expect.arrayContaining(defaults))
  })

  it('adds what Electron loads besides: GPU buffers and sound', () => {
    expect(config.deb.depends).toEqual(expect.arrayContaining(['libgbm1', 'libasound2']))
  })
})
