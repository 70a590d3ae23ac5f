import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { DEFAULT_PORT, parseHostArgs, readHostToken } from './host-args'

const defaults = {
  home: '/home/ada',
  rendererDir: '/app/out/renderer',
  samplesDir: '/app/resources/samples',
}
const token = 'a-token-of-24-characters'

describe('parseHostArgs', () => {
  it('falls back to the defaults', () => {
    expect(parseHostArgs([], {}, defaults)).toEqual({
      dataDir: join('/home/ada', '.claimdesk-host'),
      port: DEFAULT_PORT,
      isPortFixed: false,
      token: undefined,
      tokenFile: undefined,
      rendererDir: '/app/out/renderer',
      samplesDir: '/app/resources/samples',
    })
  })

  it('reads the CLAIMDESK_* variables', () => {
    const env = { CLAIMDESK_DATA_DIR: '/data', CLAIMDESK_PORT: '8080', CLAIMDESK_TOKEN: token }
    expect(parseHostArgs([], env, defaults)).toMatchObject({
      dataDir: '/data',
      port: 8080,
      isPortFixed: true,
      token,
    })
  })

  it('prefers the command line, in both flag styles', () => {
    const env = { CLAIMDESK_DATA_DIR: '/data', CLAIMDESK_PORT: '8080' }
    const argv = [
      '--data-dir',
      'rel/dir',
      '--port=0',
      '--token-file=secret/token',
      '--renderer',
      '/r',
      '--samples=s',
    ]
    expect(parseHostArgs(argv, env, defaults)).toMatchObject({
      dataDir: resolve('rel/dir'),
      port: 0,
      isPortFixed: true,
      tokenFile: resolve('secret/token'),
      rendererDir: '/r',
      samplesDir: resolve('s'),
    })
  })

  it('treats an empty variable as unset', () => {
    expect(parseHostArgs([], { CLAIMDESK_PORT: '' }, defaults)).toMatchObject({
      port: DEFAULT_PORT,
    })
  })

  it.each([
    [['--verbose'], /Unknown argument "--verbose"/],
    [['--port'], /--port needs a value/],
    [['--data-dir='], /--data-dir needs a value/],
    [['--port', 'http'], /not a port number/],
    [['--port', '65536'], /not a port number/],
    [['--port', '-1'], /not a port number/],
    [['--token', token], /--token is not accepted: every user of this computer can read/],
    [[`--token=${token}`], /Set CLAIMDESK_TOKEN or pass --token-file FILE instead/],
  ])('refuses %j', (argv, message) => {
    expect(() => parseHostArgs(argv, {}, defaults)).toThrow(message)
  })
})

describe('readHostToken', () => {
  it('reads the token from a file, else from CLAIMDESK_TOKEN, and refuses a weak one', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'claimdesk-token-'))
    try {
      const file = join(dir, 'token')
      await writeFile(file, `${token}\n`, { mode: 0o600 })
      const env = { CLAIMDESK_TOKEN: 'another-token-0123456789' }
      expect(await readHostToken(parseHostArgs([`--token-file=${file}`], env, defaults))).toBe(
        token,
      )
      expect(await readHostToken(parseHostArgs([], env, defaults))).toBe(env.CLAIMDESK_TOKEN)
      expect(await readHostToken(parseHostArgs([], {}, defaults))).toBeUndefined()
      await writeFile(file, 'short')
      await expect(
        readHostToken(parseHostArgs(['--token-file', file], {}, defaults)),
      ).rejects.toThrow(/token must be 16–256 characters/)
      const missing = parseHostArgs(['--token-file', join(dir, 'missing')], {}, defaults)
      await expect(readHostToken(missing)).rejects.toThrow(/Could not read the token file .*ENOENT/)
      expect(() => parseHostArgs([], { CLAIMDESK_TOKEN: 'short' }, defaults)).toThrow(
        /CLAIMDESK_TOKEN: The token must be/,
      )
    } finally {
      await rm(dir, { recursive: true, force: true })
    }
  })
})
