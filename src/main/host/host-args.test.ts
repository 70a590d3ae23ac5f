import { join, resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { DEFAULT_PORT, parseHostArgs } from './host-args'

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
      `--token=${token}`,
      '--renderer',
      '/r',
      '--samples=s',
    ]
    expect(parseHostArgs(argv, env, defaults)).toMatchObject({
      dataDir: resolve('rel/dir'),
      port: 0,
      isPortFixed: true,
      token,
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
    [['--token', 'short'], /token must be/],
  ])('refuses %j', (argv, message) => {
    expect(() => parseHostArgs(argv, {}, defaults)).toThrow(message)
  })
})
