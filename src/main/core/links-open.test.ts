import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { dispatch } from '../../shared/dispatch'
import { openCurrentWorkspace, type CurrentWorkspace } from './current-workspace'
import { HOSTILE_URLS, WEB_URLS } from './testing/hostile-urls'
import { SAMPLES_DIR } from './testing/temp-workspace'

let dataDir: string
let app: CurrentWorkspace
const opened: string[] = []

beforeAll(async () => {
  dataDir = await mkdtemp(join(tmpdir(), 'claimdesk-links-'))
  app = await openCurrentWorkspace({
    dataDir,
    samplesDir: SAMPLES_DIR,
    openExternal: async (url) => void opened.push(url),
  })
})

afterAll(async () => {
  await app.close()
  await rm(dataDir, { recursive: true, force: true })
})

describe('links.open', () => {
  it.each(HOSTILE_URLS)('refuses %j before it reaches the OS', async (url) => {
    opened.length = 0
    const result = await dispatch(app.handlers, 'links.open', { url })
    expect(result).toMatchObject({
      ok: false,
      code: expect.stringMatching(/forbidden|invalid-input/),
    })
    expect(opened).toEqual([])
  })

  it.each(WEB_URLS)('hands %j to the browser', async (url) => {
    opened.length = 0
    expect(await dispatch(app.handlers, 'links.open', { url })).toEqual({
      ok: true,
      value: { openedByApp: true },
    })
    expect(opened).toEqual([url])
  })

  it('refuses an address too long to be a link without opening anything', async () => {
    opened.length = 0
    const url = `https://example.com/${'a'.repeat(3000)}`
    expect(await dispatch(app.handlers, 'links.open', { url })).toMatchObject({
      ok: false,
      code: 'invalid-input',
    })
    expect(opened).toEqual([])
  })

  it('says the browser host leaves opening to the page when no opener is given', async () => {
    const hostDir = await mkdtemp(join(tmpdir(), 'claimdesk-links-host-'))
    const hostApp = await openCurrentWorkspace({ dataDir: hostDir, samplesDir: SAMPLES_DIR })
    try {
      expect(await dispatch(hostApp.handlers, 'links.open', { url: WEB_URLS[0] })).toEqual({
        ok: true,
        value: { openedByApp: false },
      })
      expect(
        await dispatch(hostApp.handlers, 'links.open', { url: 'file:///etc/passwd' }),
      ).toMatchObject({
        ok: false,
        code: 'forbidden',
      })
    } finally {
      await hostApp.close()
      await rm(hostDir, { recursive: true, force: true })
    }
  })
})
