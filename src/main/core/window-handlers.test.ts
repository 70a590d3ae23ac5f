import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { browserHostHandlers } from '../host/browser-host-calls'
import { openTempWorkspace, type TempWorkspace } from './testing/temp-workspace'
import { windowHandlers } from './window-handlers'

let server: Server
let pageUrl = ''
let desk: TempWorkspace

beforeAll(async () => {
  server = createServer((_request, response) => {
    response.writeHead(200, { 'content-type': 'text/html' })
    response.end('<title>Local page</title><p>On this computer.</p>')
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  pageUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/page`
})
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())))
beforeEach(async () => {
  desk = await openTempWorkspace()
})
afterEach(() => desk.dispose())

describe('calls from a window', () => {
  it('cannot archive from a private address by sending allowPrivateNetwork; the command line can', async () => {
    for (const calls of [windowHandlers(desk.handlers), browserHostHandlers(desk.handlers)]) {
      await expect(
        calls['sources.archiveUrl']({ url: pageUrl, allowPrivateNetwork: true }),
      ).rejects.toThrow(/private|local|not allowed|refused/i)
    }
    const snapshot = await desk.handlers['sources.archiveUrl']({
      url: pageUrl,
      allowPrivateNetwork: true,
    })
    expect(snapshot.httpStatus).toBe(200)
  })

  it('follows the workspace setting: once it allows private addresses, a window may archive them', async () => {
    await desk.handlers['settings.update']({ patch: { allowPrivateNetwork: true } })
    const snapshot = await windowHandlers(desk.handlers)['sources.archiveUrl']({ url: pageUrl })
    expect(snapshot.finalUrl).toBe(pageUrl)
  })
})
