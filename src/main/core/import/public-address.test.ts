import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { dispatch } from '../../../shared/dispatch'
import { openTempWorkspace, type TempWorkspace } from '../testing/temp-workspace'
import { fetchArticle } from './fetch-article'
import { assertPublicHost, isPublicAddress } from './public-address'

let app: TempWorkspace
let server: Server
let base = ''
let requests = 0

beforeAll(async () => {
  app = await openTempWorkspace(undefined, { fileWatch: null })
  // A local server that would answer, so a refusal cannot be mistaken for a failed connection.
  server = createServer((request, response) => {
    requests++
    if (request.url === '/to-metadata')
      return void response.writeHead(302, { location: 'http://169.254.169.254/latest' }).end()
    response.writeHead(200, { 'content-type': 'text/plain' }).end('Local Secret\n\nInternal page.')
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
})

afterAll(async () => {
  server.closeAllConnections()
  await new Promise((resolve) => server.close(resolve))
  await app.dispose()
})

const LOCAL_URLS = [
  'http://127.0.0.1/',
  'http://127.1.2.3:8080/admin',
  'http://localhost/',
  'http://LOCALHOST./',
  'http://[::1]/',
  'http://[::ffff:127.0.0.1]/',
  'http://[::]/',
  'http://0.0.0.0/',
  'http://0x7f000001/',
  'http://2130706433/',
  'http://017700000001/',
  'http://10.0.0.1/',
  'http://10.255.255.255/',
  'http://172.16.5.4/',
  'http://172.31.255.1/',
  'http://192.168.1.1/',
  'http://169.254.169.254/latest/meta-data/',
  'http://100.64.0.1/',
  'http://[fd00::1]/',
  'http://[fe80::1]/',
  'http://224.0.0.1/',
  'http://255.255.255.255/',
]

describe('articles.importUrl and private addresses', () => {
  it.each(LOCAL_URLS)('refuses %s before connecting, with a clear message', async (url) => {
    const result = await dispatch(app.handlers, 'articles.importUrl', { url })
    expect(result).toMatchObject({ ok: true, value: { imported: 0, skipped: 1 } })
    const [outcome] = result.ok && 'outcomes' in result.value ? result.value.outcomes : []
    expect(outcome).toMatchObject({
      status: 'skipped',
      message: expect.stringMatching(
        /on this computer or a private network: only public web pages can be imported\.$/,
      ),
    })
  })

  it('refuses the local server itself and never sends it a request', async () => {
    const before = requests
    await expect(fetchArticle(`${base}/page`)).rejects.toThrow(/leads to 127\.0\.0\.1/)
    expect(requests).toBe(before)
  })

  it('refuses a redirect to a private address, checking every hop', async () => {
    // The first hop (localhost) passes only because this resolver calls it public.
    const start = `${base.replace('127.0.0.1', 'localhost')}/to-metadata`
    const before = requests
    await expect(
      fetchArticle(start, {
        timeoutMs: 2000,
        maxBytes: 1024,
        maxRedirects: 3,
        allowPrivateNetwork: false,
        resolveHost: async () => ['93.184.215.14'],
      }),
    ).rejects.toThrow(/169\.254\.169\.254.*private network/)
    expect(requests).toBe(before + 1)
  })

  it('refuses a name when any one of its addresses is private', async () => {
    const url = new URL('http://rebind.example/')
    await expect(assertPublicHost(url, async () => ['93.184.215.14', '10.0.0.7'])).rejects.toThrow(
      /leads to 10\.0\.0\.7/,
    )
    await expect(assertPublicHost(url, async () => ['93.184.215.14'])).resolves.toBeUndefined()
  })

  it('tells public and private addresses apart', () => {
    expect(['8.8.8.8', '93.184.215.14', '2606:4700::1111'].every(isPublicAddress)).toBe(true)
    expect(
      ['127.0.0.1', '::1', '10.1.1.1', '192.168.0.1', 'fe80::1', 'nonsense'].some(isPublicAddress),
    ).toBe(false)
  })
})
