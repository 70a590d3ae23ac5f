import { once } from 'node:events'
import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises'
import { connect, type Socket } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Handlers } from '../../shared/contract'
import { PERMISSIONS_POLICY } from '../core/web/static-files'
import {
  HEADERS_TIMEOUT_MS,
  MAX_BODY_BYTES,
  MAX_CONNECTIONS,
  REQUEST_TIMEOUT_MS,
  startHost,
  type RunningHost,
} from './server'

const token = 'limits-token-0123456789abcdef'
const reached: string[] = []
const emptySummary = { outcomes: [], imported: 0, duplicates: 0, skipped: 0 }

/** Handlers that only record that they ran: the server must not let the path calls reach them. */
const recording = {
  'articles.list': async () => (reached.push('articles.list'), []),
  'articles.importFiles': async () => (reached.push('articles.importFiles'), emptySummary),
  'articles.importFolder': async () => (reached.push('articles.importFolder'), emptySummary),
  'articles.importUploads': async () => (reached.push('articles.importUploads'), emptySummary),
} as Partial<Handlers> as Handlers

let root: string
let host: RunningHost
let port: number

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'claimdesk-limits-'))
  await mkdir(join(root, 'renderer'))
  await writeFile(join(root, 'renderer', 'index.html'), '<!doctype html><title>Claimdesk</title>')
  host = await startHost({
    handlers: recording,
    rendererDir: join(root, 'renderer'),
    token,
    log: () => {},
  })
  port = Number(new URL(host.origin).port)
})

afterAll(async () => {
  await host.close()
  await rm(root, { recursive: true, force: true })
})

const call = (name: string, input: unknown, headers: Record<string, string> = {}) =>
  fetch(`${host.origin}/rpc/${name}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', 'X-Claimdesk-Token': token, ...headers },
    body: JSON.stringify(input),
  })

describe('headers on every response', () => {
  it.each([
    ['the page', '/', 200],
    ['a missing file', '/missing.js', 404],
    ['a refused traversal', '/..%2fsecret', 400],
  ])(
    '%s gets CORP, COOP, a Permissions-Policy with everything off',
    async (_what, path, status) => {
      const response = await fetch(host.origin + path)
      expect(response.status).toBe(status)
      expect(Object.fromEntries(response.headers)).toMatchObject({
        'cross-origin-resource-policy': 'same-origin',
        'cross-origin-opener-policy': 'same-origin',
        'permissions-policy': PERMISSIONS_POLICY,
      })
    },
  )

  it('turns every feature off but writing to the clipboard for the Copy button', () => {
    const allowed = PERMISSIONS_POLICY.split(', ').filter((entry) => !entry.endsWith('=()'))
    expect(allowed).toEqual(['clipboard-write=(self)'])
    expect(PERMISSIONS_POLICY).toMatch(/camera=\(\), .*geolocation=\(\), .*microphone=\(\)/)
  })

  it('a refused call carries them too', async () => {
    const response = await call(
      'articles.list',
      {},
      { 'X-Claimdesk-Token': 'wrong-token-0123456789' },
    )
    expect(response.status).toBe(401)
    expect(response.headers.get('cross-origin-opener-policy')).toBe('same-origin')
    expect(response.headers.get('cross-origin-resource-policy')).toBe('same-origin')
  })
})

describe('Sec-Fetch-Site', () => {
  it.each(['same-site', 'cross-site', 'none'])(
    'refuses a %s call, even with the token',
    async (site) => {
      const before = reached.length
      const response = await call('articles.list', {}, { 'Sec-Fetch-Site': site })
      expect(response.status).toBe(403)
      expect(await response.json()).toMatchObject({ ok: false, code: 'forbidden' })
      expect(reached.length).toBe(before)
    },
  )

  it.each(['same-site', 'cross-site'])('refuses the page to a %s request', async (site) => {
    expect((await fetch(`${host.origin}/`, { headers: { 'Sec-Fetch-Site': site } })).status).toBe(
      403,
    )
  })

  it('answers the page itself, the user opening it, and clients that are not browsers', async () => {
    expect((await call('articles.list', {}, { 'Sec-Fetch-Site': 'same-origin' })).status).toBe(200)
    expect((await call('articles.list', {})).status).toBe(200)
    expect((await fetch(`${host.origin}/`, { headers: { 'Sec-Fetch-Site': 'none' } })).status).toBe(
      200,
    )
  })
})

describe('calls that take a path', () => {
  it.each([
    ['articles.importFiles', { paths: ['/home/ada/x.txt'] }],
    ['articles.importFolder', { path: '/home/ada/.ssh' }],
  ])('%s is refused: the browser page uploads files instead', async (name, input) => {
    const before = reached.length
    const body = await (await call(name, input)).json()
    expect(body).toMatchObject({
      ok: false,
      code: 'forbidden',
      message: expect.stringMatching(/does not read files by their path.*upload/),
    })
    expect(reached.length).toBe(before)
  })

  it('an upload still reaches the desk', async () => {
    const files = [
      { name: 'a.txt', contentBase64: Buffer.from('Headline\n\nText.').toString('base64') },
    ]
    expect(await (await call('articles.importUploads', { files })).json()).toMatchObject({
      ok: true,
    })
    expect(reached.at(-1)).toBe('articles.importUploads')
  })
})

/** Opens a raw connection and sends `head`; `reply` is everything read until the connection closes. */
async function rawExchange(
  head: string,
  toPort = port,
): Promise<{ socket: Socket; reply: Promise<string> }> {
  const socket = connect(toPort, '127.0.0.1')
  await once(socket, 'connect')
  let text = ''
  socket.on('data', (chunk) => (text += chunk.toString()))
  // A server that hangs up while this side still writes makes an EPIPE or a reset: a close all the same.
  socket.on('error', () => {})
  const reply = new Promise<string>((resolve) => socket.on('close', () => resolve(text)))
  socket.write(head)
  return { socket, reply }
}

const openConnections = (server: RunningHost['server']) => () =>
  new Promise<number>((resolve, reject) =>
    server.getConnections((error, count) => (error ? reject(error) : resolve(count))),
  )

describe('connections', () => {
  it(`are capped at ${MAX_CONNECTIONS}: one more is closed at once, and a freed place is taken`, async () => {
    // A host of its own, so no connection of another test counts.
    const own = await startHost({ handlers: recording, rendererDir: join(root, 'renderer'), token })
    const ownPort = Number(new URL(own.origin).port)
    const count = openConnections(own.server)
    const held = await Promise.all(
      Array.from({ length: MAX_CONNECTIONS }, async () => {
        const socket = connect(ownPort, '127.0.0.1')
        await once(socket, 'connect')
        return socket
      }),
    )
    try {
      await expect.poll(count).toBe(MAX_CONNECTIONS)
      const get = `GET / HTTP/1.1\r\nHost: 127.0.0.1:${ownPort}\r\nConnection: close\r\n\r\n`
      expect(await (await rawExchange(get, ownPort)).reply).toBe('')
      held.pop()?.destroy()
      await expect.poll(count).toBe(MAX_CONNECTIONS - 1)
      expect(await (await rawExchange(get, ownPort)).reply).toMatch(/^HTTP\/1\.1 200 /)
    } finally {
      for (const socket of held) socket.destroy()
      await own.close()
    }
  })

  it(
    'cuts off a sender that never finishes its headers',
    async () => {
      expect(host.server.headersTimeout).toBe(HEADERS_TIMEOUT_MS)
      expect(host.server.requestTimeout).toBe(REQUEST_TIMEOUT_MS)
      const { reply } = await rawExchange(`GET / HTTP/1.1\r\nHost: 127.0.0.1:${port}\r\nX-Slow: `)
      expect(await reply).toMatch(/^HTTP\/1\.1 408 Request Timeout\r\n/)
    },
    HEADERS_TIMEOUT_MS + 10_000,
  )

  it('closes the connection after a 413 instead of reading the rest of the body', async () => {
    const declared = MAX_BODY_BYTES * 100
    const { socket, reply } = await rawExchange(
      `POST /rpc/articles.list HTTP/1.1\r\nHost: 127.0.0.1:${port}\r\n` +
        `X-Claimdesk-Token: ${token}\r\nContent-Type: application/json\r\n` +
        `Content-Length: ${declared}\r\n\r\n{"a":"`,
    )
    // Only a few bytes of the 800 MB were sent: the server must hang up rather than wait for them.
    const text = await reply
    expect(text).toMatch(/^HTTP\/1\.1 413 /)
    expect(text).toMatch(/\r\nconnection: close\r\n/i)
    expect(socket.destroyed).toBe(true)
  })

  it('closes the connection after a streamed body grows past the limit', async () => {
    const chunk = 'x'.repeat(1024 * 1024)
    const { socket, reply } = await rawExchange(
      `POST /rpc/articles.list HTTP/1.1\r\nHost: 127.0.0.1:${port}\r\n` +
        `X-Claimdesk-Token: ${token}\r\nContent-Type: application/json\r\n` +
        `Transfer-Encoding: chunked\r\n\r\n`,
    )
    for (let sent = 0; sent <= MAX_BODY_BYTES && !socket.destroyed; sent += chunk.length) {
      socket.write(`${chunk.length.toString(16)}\r\n${chunk}\r\n`)
    }
    expect(await reply).toMatch(/^HTTP\/1\.1 413 /)
  })
})
