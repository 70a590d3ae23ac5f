import type { LookupAddress } from 'node:dns'
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { fetchArticle, type FetchLimits } from './fetch-article'
import { isPublicAddress, type ResolveHost } from './public-address'
import { checkedLookup } from './public-connection'

const PUBLIC_ADDRESS = '93.184.215.14'

/** A local server that would answer, so a refusal cannot be mistaken for a failed connection. */
let server: Server
let port = 0
let connections = 0
const paths: string[] = []

beforeAll(async () => {
  server = createServer((request, response) => {
    paths.push(request.url ?? '')
    const location = new URL(request.url ?? '/', 'http://x').searchParams.get('to')
    if (location) return void response.writeHead(302, { location }).end()
    response.writeHead(200, { 'content-type': 'text/plain' }).end('Local Secret\n\nInternal page.')
  })
  server.on('connection', () => connections++)
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  port = (server.address() as AddressInfo).port
})

afterAll(async () => {
  server.closeAllConnections()
  await new Promise((resolve) => server.close(resolve))
})

/** A DNS server under the attacker's control: each lookup of a name gets the next answer. */
function rebindingResolver(answers: Record<string, string[][]>): ResolveHost {
  return async (hostname) => answers[hostname]?.shift() ?? []
}

const limits = (resolveHost: ResolveHost, extra: Partial<FetchLimits> = {}): FetchLimits => ({
  timeoutMs: 5000,
  maxBytes: 64 * 1024,
  maxRedirects: 3,
  resolveHost,
  ...extra,
})

describe('a name that rebinds between the check and the connection', () => {
  it('is refused, and the connection to the private address is never made', async () => {
    const resolveHost = rebindingResolver({ 'rebind.test': [[PUBLIC_ADDRESS], ['127.0.0.1']] })
    const before = { connections, requests: paths.length }
    await expect(fetchArticle(`http://rebind.test:${port}/`, limits(resolveHost))).rejects.toThrow(
      /rebind\.test leads to 127\.0\.0\.1, an address on this computer or a private network/,
    )
    expect(connections).toBe(before.connections)
    expect(paths.length).toBe(before.requests)
  })

  it('is refused on a redirect hop too, where the connection resolves the name again', async () => {
    // The local server stands in for a public web page: the machine running the tests has no internet.
    const isAllowedAddress = (address: string) =>
      address === '127.0.0.1' || isPublicAddress(address)
    const resolveHost = rebindingResolver({
      'page.test': [['127.0.0.1'], ['127.0.0.1']],
      'rebind.test': [[PUBLIC_ADDRESS], ['169.254.169.254']],
    })
    const target = encodeURIComponent('http://rebind.test/latest/meta-data/')
    const start = `http://page.test:${port}/moved?to=${target}`
    const before = paths.length
    await expect(fetchArticle(start, limits(resolveHost, { isAllowedAddress }))).rejects.toThrow(
      /rebind\.test leads to 169\.254\.169\.254/,
    )
    expect(paths.slice(before)).toEqual([`/moved?to=${target}`])
  })

  it('refuses a redirect to a private address, checking every hop before it connects', async () => {
    const isAllowedAddress = (address: string) =>
      address === '127.0.0.1' || isPublicAddress(address)
    const resolveHost = rebindingResolver({ 'page.test': [['127.0.0.1'], ['127.0.0.1']] })
    const target = encodeURIComponent('http://10.0.0.7/admin')
    const before = paths.length
    await expect(
      fetchArticle(
        `http://page.test:${port}/moved?to=${target}`,
        limits(resolveHost, { isAllowedAddress }),
      ),
    ).rejects.toThrow(/10\.0\.0\.7\/admin leads to 10\.0\.0\.7/)
    expect(paths.length).toBe(before + 1)
  })

  it('refuses the local server itself and never sends it a request', async () => {
    const before = connections
    await expect(fetchArticle(`http://127.0.0.1:${port}/page`)).rejects.toThrow(
      /leads to 127\.0\.0\.1/,
    )
    expect(connections).toBe(before)
  })
})

describe('checkedLookup', () => {
  const lookUp = (answers: string[], options: { all?: boolean; family?: number }) =>
    new Promise<{ error: Error | null; address: string | LookupAddress[]; family?: number }>(
      (resolve) =>
        checkedLookup(async () => answers, isPublicAddress)(
          'news.test',
          options,
          (error, address, family) => resolve({ error, address, family }),
        ),
    )

  it('answers a socket that wants every address, and one that wants the first', async () => {
    const answers = [PUBLIC_ADDRESS, '2606:4700::1111']
    expect(await lookUp(answers, { all: true })).toMatchObject({
      error: null,
      address: [
        { address: PUBLIC_ADDRESS, family: 4 },
        { address: '2606:4700::1111', family: 6 },
      ],
    })
    expect(await lookUp(answers, { family: 6 })).toMatchObject({
      error: null,
      address: '2606:4700::1111',
      family: 6,
    })
  })

  it('fails the socket when any answer is private', async () => {
    const { error } = await lookUp([PUBLIC_ADDRESS, 'fd00::1'], { all: true })
    expect(error?.message).toMatch(/news\.test leads to fd00::1/)
  })
})
