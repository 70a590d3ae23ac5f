import { request as httpRequest, type OutgoingHttpHeaders } from 'node:http'
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises'
import { connect } from 'node:net'
import { networkInterfaces, tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Handlers } from '../../shared/contract'
import type { Article } from '../../shared/article-model'
import { ServiceError } from '../../shared/result'
import { CONTENT_SECURITY_POLICY } from '../core/web/content-security-policy'
import { MAX_BODY_BYTES, startHost, type RunningHost } from './server'

const article: Article = {
  id: 'a1',
  title: 'Troops in Kursk',
  format: 'txt',
  encoding: 'utf-8',
  sha256: 'a'.repeat(64),
  importedAt: '2024-11-01T00:00:00.000Z',
  text: 'Troops in Kursk',
  blocks: [{ kind: 'headline', text: 'Troops in Kursk', start: 0, end: 15 }],
}

const threeCalls: Pick<Handlers, 'workspace.info' | 'articles.list' | 'articles.get'> = {
  'workspace.info': async () => ({
    name: 'Test',
    folder: '/w',
    articleCount: 1,
    claimCount: 0,
    isReadOnly: false,
    notices: [],
  }),
  'articles.list': async () => [{ ...article, claimCount: 0 }],
  'articles.get': async ({ articleId }) => {
    if (articleId !== article.id) throw new ServiceError('not-found', `No article ${articleId}.`)
    return article
  },
}

const token = 'test-token-0123456789abcdef'
const logLines: string[] = []
let root: string
let host: RunningHost
let port: number

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'claimdesk-host-'))
  const rendererDir = join(root, 'renderer')
  await mkdir(join(rendererDir, 'assets'), { recursive: true })
  await writeFile(join(rendererDir, 'index.html'), '<!doctype html><title>Claimdesk</title>')
  await writeFile(join(rendererDir, 'assets', 'app.js'), 'console.log("app")')
  await writeFile(join(root, 'package.json'), '{"secret":"TOP SECRET"}')
  // The server only routes; these tests ask it for nothing beyond the three calls above.
  const handlers = threeCalls as Handlers
  host = await startHost({ handlers, rendererDir, token, log: (line) => logLines.push(line) })
  port = Number(new URL(host.origin).port)
})

afterAll(async () => {
  await host.close()
  await rm(root, { recursive: true, force: true })
})

type Reply = { status: number; headers: Record<string, unknown>; body: string }

/** node:http, because fetch normalises paths and will not send a Host header of our choosing. */
function raw(path: string, headers: OutgoingHttpHeaders = {}, method = 'GET'): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const req = httpRequest({ host: '127.0.0.1', port, path, method, headers }, (res) => {
      let body = ''
      res.setEncoding('utf8')
      res.on('data', (chunk: string) => (body += chunk))
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }))
    })
    req.on('error', reject)
    req.end()
  })
}

const rpc = (name: string, body: string, headers: Record<string, string> = {}) =>
  fetch(`${host.origin}/rpc/${name}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', 'X-Claimdesk-Token': token, ...headers },
    body,
  })

describe('startHost', () => {
  it('listens on 127.0.0.1 only and prints a URL with the token in its fragment', () => {
    expect(host.server.address()).toMatchObject({ address: '127.0.0.1', family: 'IPv4' })
    expect(host.url).toBe(`http://127.0.0.1:${port}/#token=${token}`)
  })

  it('refuses a weak token and reports a busy port', async () => {
    const options = { handlers: threeCalls as Handlers, rendererDir: root }
    await expect(startHost({ ...options, token: 'short' })).rejects.toThrow(/token/)
    await expect(startHost({ ...options, port })).rejects.toMatchObject({ code: 'EADDRINUSE' })
  })
})

describe('the page', () => {
  it('serves index.html, the public code, without any secret and sets no cookie', async () => {
    const response = await fetch(host.url)
    expect(response.status).toBe(200)
    expect(await response.text()).toContain('<title>Claimdesk</title>')
    expect(response.headers.get('set-cookie')).toBeNull()
    expect(Object.fromEntries(response.headers)).toMatchObject({
      'content-type': 'text/html; charset=utf-8',
      'content-security-policy': CONTENT_SECURITY_POLICY,
      'x-content-type-options': 'nosniff',
      'referrer-policy': 'no-referrer',
      'cross-origin-opener-policy': 'same-origin',
      'cache-control': 'no-store',
    })
  })

  it('serves the assets', async () => {
    const asset = await fetch(`${host.origin}/assets/app.js`)
    expect(asset.status).toBe(200)
    expect(asset.headers.get('content-type')).toBe('text/javascript; charset=utf-8')
    expect(await asset.text()).toBe('console.log("app")')
  })

  it('answers HEAD with the headers only', async () => {
    const response = await fetch(`${host.origin}/assets/app.js`, { method: 'HEAD' })
    expect(response.status).toBe(200)
    expect(response.headers.get('content-length')).toBe(String('console.log("app")'.length))
    expect(await response.text()).toBe('')
  })

  it('answers other methods with 405', async () => {
    const response = await fetch(host.url, { method: 'DELETE' })
    expect(response.status).toBe(405)
    expect(response.headers.get('allow')).toBe('GET, HEAD')
  })
})

describe('foreign hosts and origins', () => {
  it('refuses a rebound host name with 403, even with the token', async () => {
    for (const hostHeader of [`evil.com:${port}`, `127.0.0.1:${port + 1}`, '127.0.0.1']) {
      const reply = await raw(`/?token=${token}`, { host: hostHeader })
      expect(reply.status).toBe(403)
      expect(reply.headers['set-cookie']).toBeUndefined()
    }
  })

  it('accepts localhost with its own origin', async () => {
    const reply = await raw('/', { host: `localhost:${port}`, origin: `http://localhost:${port}` })
    expect(reply.status).toBe(200)
  })

  it('refuses a foreign origin with 403 and logs one line without the token', async () => {
    logLines.length = 0
    const response = await rpc('articles.list', '{}', { Origin: 'http://evil.example' })
    expect(response.status).toBe(403)
    expect(await response.json()).toMatchObject({ ok: false, code: 'forbidden' })
    expect(logLines).toEqual([
      expect.stringMatching(/^\[claimdesk host\] 403 POST \/rpc\/articles.list: /),
    ])
    expect(logLines.join()).not.toContain(token)
  })
})

describe('path traversal', () => {
  it.each([
    '/../package.json',
    '/assets/../../package.json',
    '/%2e%2e/package.json',
    '/%2e%2e/%2e%2e/etc/passwd',
    '/..%2f..%2fetc/passwd',
    '/..%2fpackage.json',
    '/%5c..%5cpackage.json',
    '/..\\package.json',
    '//etc/passwd',
    '/etc/passwd',
    '/index.html%00.js',
  ])('never serves %j', async (path) => {
    const reply = await raw(path)
    expect([400, 404]).toContain(reply.status)
    expect(reply.body).not.toMatch(/TOP SECRET|root:/)
  })

  it('refuses a raw NUL byte and keeps running', async () => {
    const reply = await new Promise<string>((resolve, reject) => {
      const socket = connect(port, '127.0.0.1', () =>
        socket.end(`GET /\0/../package.json HTTP/1.1\r\nHost: 127.0.0.1:${port}\r\n\r\n`),
      )
      let text = ''
      socket.on('data', (chunk) => (text += chunk.toString()))
      socket.on('close', () => resolve(text))
      socket.on('error', reject)
    })
    expect(reply).toMatch(/^HTTP\/1.1 400/)
    expect(reply).not.toContain('TOP SECRET')
    expect((await fetch(host.url)).status).toBe(200)
  })
})

describe('calls', () => {
  it('answers a call with the Result of dispatch', async () => {
    const response = await rpc('articles.get', '{"articleId":"a1"}')
    expect(response.status).toBe(200)
    expect(response.headers.get('content-type')).toBe('application/json; charset=utf-8')
    expect(await response.json()).toEqual({ ok: true, value: article })
  })

  it('takes an empty body as no input', async () => {
    const response = await fetch(`${host.origin}/rpc/workspace.info`, {
      method: 'POST',
      headers: {
        'Content-Type': 'application/json; charset=utf-8',
        'X-Claimdesk-Token': token,
        origin: host.origin,
      },
    })
    expect(await response.json()).toMatchObject({ ok: true, value: { name: 'Test' } })
  })

  it('passes failures through as data', async () => {
    expect(await (await rpc('articles.get', '{"articleId":"zz"}')).json()).toMatchObject({
      ok: false,
      code: 'not-found',
    })
    expect(await (await rpc('articles.get', '{"articleId":"../x"}')).json()).toMatchObject({
      ok: false,
      code: 'invalid-input',
    })
    const unknown = await rpc('fs.readFile', '{}')
    expect(unknown.status).toBe(200)
    expect(await unknown.json()).toMatchObject({ ok: false, code: 'unknown-call' })
  })

  it('refuses a call without the token', async () => {
    const response = await rpc('articles.list', '{}', {
      'X-Claimdesk-Token': 'wrong-token-0123456789',
    })
    expect(response.status).toBe(401)
    expect(await response.json()).toMatchObject({ ok: false, code: 'forbidden' })
  })

  it('answers malformed JSON with 400 invalid-input', async () => {
    const response = await rpc('articles.list', '{"oops":')
    expect(response.status).toBe(400)
    expect(await response.json()).toMatchObject({ ok: false, code: 'invalid-input' })
  })

  it('answers another content type with 415', async () => {
    for (const type of ['text/plain', 'application/x-www-form-urlencoded', 'application/jsonx']) {
      const response = await rpc('articles.list', '{}', { 'Content-Type': type })
      expect(response.status).toBe(415)
    }
  })

  it('answers GET and other methods on /rpc with 405', async () => {
    for (const method of ['GET', 'PUT', 'OPTIONS']) {
      const response = await fetch(`${host.origin}/rpc/articles.list`, { method })
      expect(response.status).toBe(405)
      expect(response.headers.get('allow')).toBe('POST')
    }
  })

  it('answers an oversized body with 413, declared or streamed, and keeps serving', async () => {
    const big = `"${'x'.repeat(MAX_BODY_BYTES)}"`
    const declared = await rpc('articles.list', big)
    expect(declared.status).toBe(413)
    expect(await declared.json()).toMatchObject({
      ok: false,
      message: expect.stringMatching(/8 MB/),
    })
    const streamed = await fetch(`${host.origin}/rpc/articles.list`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'X-Claimdesk-Token': token },
      body: new Blob([big]).stream(),
      duplex: 'half',
    } as RequestInit)
    expect(streamed.status).toBe(413)
    expect((await rpc('articles.list', '{}')).status).toBe(200)
  })
})

describe('hostile requests', () => {
  it('cannot be reached on any address but 127.0.0.1', async () => {
    const external = Object.values(networkInterfaces())
      .flat()
      .filter((address) => address && !address.internal)
      .map((address) => address!.address)
    for (const address of ['::1', ...external]) {
      const reached = await new Promise<boolean>((resolve) => {
        const socket = connect({ host: address, port }, () => (socket.destroy(), resolve(true)))
        socket.on('error', () => resolve(false))
      })
      expect(reached, address).toBe(false)
    }
  })

  it.each([
    'evil.example',
    `evil.example:${port}`,
    `127.0.0.1.:${port}`,
    `LOCALHOST:${port}`,
    `localhost:${port}@evil.example`,
    `[::1]:${port}`,
    `0.0.0.0:${port}`,
    `2130706433:${port}`,
  ])('refuses the Host %j (DNS rebinding) before reading the token', async (hostHeader) => {
    const reply = await raw(`/?token=${token}`, { host: hostHeader })
    expect(reply.status).toBe(403)
    expect(reply.headers['set-cookie']).toBeUndefined()
  })

  it.each([
    'null',
    `http://127.0.0.1:${port}.evil.example`,
    `http://127.0.0.1:${port}/`,
    'file://',
  ])('refuses a call from the origin %j', async (origin) => {
    expect((await rpc('articles.list', '{}', { Origin: origin })).status).toBe(403)
  })

  it.each([
    '/%252e%252e/package.json',
    '/%252e%252e%252fpackage.json',
    '/%c0%ae%c0%ae/package.json',
    '/..%c0%afpackage.json',
    '/C:/Windows/win.ini',
    '/C:%5cWindows%5cwin.ini',
    '/assets/..%5c..%5cpackage.json',
    '/%2e%2e%5cpackage.json',
    '/.%2e/package.json',
    '/%00/../package.json',
  ])('never serves %j', async (path) => {
    const reply = await raw(path)
    expect([400, 404]).toContain(reply.status)
    expect(reply.body).not.toContain('TOP SECRET')
  })

  it('takes the token for a call only from the header, never a cookie or the query', async () => {
    for (const [query, headers] of [
      [`?token=${token}`, {}],
      ['', { cookie: `claimdesk_token=${token}` }],
      ['', { cookie: `claimdesk_token_${port}=${token}` }],
    ] as const) {
      const response = await fetch(`${host.origin}/rpc/articles.list${query}`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', ...headers },
        body: '{}',
      })
      expect(response.status).toBe(401)
    }
  })

  it.each([
    '__proto__',
    'constructor',
    'toString',
    '%2e%2e%2findex.html',
    'articles.list%00',
    'articles.list/extra',
    '',
  ])('answers the call name %j with a typed unknown-call failure', async (name) => {
    const response = await rpc(name, '{}')
    expect(response.status).toBe(200)
    expect(await response.json()).toMatchObject({ ok: false, code: 'unknown-call' })
  })

  it('does not let a __proto__ key in the input reach any prototype', async () => {
    const response = await rpc('articles.list', '{"__proto__":{"polluted":true}}')
    expect(await response.json()).toMatchObject({ ok: false, code: 'invalid-input' })
    expect(({} as Record<string, unknown>).polluted).toBeUndefined()
  })

  it('refuses input nested deep enough to exhaust the stack, with a message', async () => {
    const deep = `${'['.repeat(100_000)}${']'.repeat(100_000)}`
    const response = await rpc('articles.get', `{"articleId":${deep}}`)
    expect(response.status).toBe(200)
    expect(await response.json()).toEqual({
      ok: false,
      code: 'invalid-input',
      message: 'articles.get: the input nests more than 128 levels deep.',
    })
    expect((await rpc('articles.list', '{}')).status).toBe(200)
  })

  it.each([
    ['no content type', {}],
    ['a form post', { 'Content-Type': 'multipart/form-data; boundary=x' }],
  ])('answers a call with %s with 415 and a message', async (_label, headers) => {
    const response = await fetch(`${host.origin}/rpc/articles.list`, {
      method: 'POST',
      headers: { 'X-Claimdesk-Token': token, ...headers },
      body: '{}',
    })
    expect(response.status).toBe(415)
    expect(await response.json()).toMatchObject({
      ok: false,
      code: 'unsupported',
      message: expect.stringMatching(/application\/json/),
    })
  })

  it('answers malformed JSON with 400 and says what is wrong', async () => {
    const response = await rpc('articles.list', "{'single': 'quotes'}")
    expect(response.status).toBe(400)
    expect(await response.json()).toMatchObject({
      ok: false,
      code: 'invalid-input',
      message: expect.stringMatching(/^The input is not valid JSON: /),
    })
  })

  it.each(['PATCH', 'PUT', 'DELETE'])('answers %s on a page with 405', async (method) => {
    const reply = await raw('/index.html', {}, method)
    expect(reply.status).toBe(405)
    expect(reply.headers.allow).toBe('GET, HEAD')
  })
})
