import { mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { CONTENT_SECURITY_POLICY } from './content-security-policy'
import { contentTypeOf, decodeStaticPath, lookupStaticFile, staticHeaders } from './static-files'

let root: string
let rendererDir: string

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'claimdesk-static-'))
  rendererDir = join(root, 'renderer')
  await mkdir(join(rendererDir, 'assets'), { recursive: true })
  await writeFile(join(rendererDir, 'index.html'), '<!doctype html><title>Claimdesk</title>')
  await writeFile(join(rendererDir, 'assets', 'app file.js'), 'console.log(1)')
  await writeFile(join(root, 'secret.txt'), 'TOP SECRET')
  await symlink(join(root, 'secret.txt'), join(rendererDir, 'link.txt'))
})

afterAll(() => rm(root, { recursive: true, force: true }))

describe('decodeStaticPath', () => {
  it('decodes plain paths', () => {
    expect(decodeStaticPath('/assets/app%20file.js')).toEqual({
      ok: true,
      path: '/assets/app file.js',
    })
  })

  it.each([
    '/../secret.txt',
    '/assets/../../secret.txt',
    '/./index.html',
    '/%2e%2e/secret.txt',
    '/%2E%2E/secret.txt',
    '/..%2fsecret.txt',
    '/..%2Fsecret.txt',
    '/%5c..%5csecret.txt',
    '/..\\secret.txt',
    '//etc/passwd',
    'etc/passwd',
    'http://evil.com/index.html',
    '/index.html%00.js',
    '/index.html\0',
    '/%E0%A4%A',
  ])('refuses %j', (rawPath) => {
    expect(decodeStaticPath(rawPath)).toMatchObject({ ok: false, status: 400 })
  })
})

describe('lookupStaticFile', () => {
  it('finds files inside the renderer dir', async () => {
    expect(await lookupStaticFile(rendererDir, '/index.html')).toEqual({
      ok: true,
      filePath: join(rendererDir, 'index.html'),
    })
    expect(await lookupStaticFile(rendererDir, '/assets/app%20file.js')).toMatchObject({ ok: true })
  })

  it('answers 404 for missing files, folders and absolute-looking paths', async () => {
    for (const rawPath of [
      '/missing.js',
      '/assets',
      '/',
      '/etc/passwd',
      join('/', root, 'secret.txt'),
    ]) {
      expect(await lookupStaticFile(rendererDir, rawPath)).toMatchObject({ ok: false, status: 404 })
    }
  })

  it('does not follow a link out of the renderer dir', async () => {
    expect(await lookupStaticFile(rendererDir, '/link.txt')).toMatchObject({
      ok: false,
      status: 404,
    })
  })
})

describe('headers', () => {
  it.each([
    ['index.html', 'text/html; charset=utf-8'],
    ['a.js', 'text/javascript; charset=utf-8'],
    ['a.css', 'text/css; charset=utf-8'],
    ['a.svg', 'image/svg+xml'],
    ['a.PNG', 'image/png'],
    ['a.woff2', 'font/woff2'],
    ['a.json', 'application/json; charset=utf-8'],
    ['favicon.ico', 'image/x-icon'],
    ['a.exe', 'application/octet-stream'],
  ])('serves %s as %s', (file, type) => {
    expect(contentTypeOf(file)).toBe(type)
  })

  it('puts the CSP on pages only; nosniff, no-store and the cross-origin policies everywhere', () => {
    expect(staticHeaders('index.html')).toMatchObject({
      'Content-Security-Policy': CONTENT_SECURITY_POLICY,
      'Cross-Origin-Opener-Policy': 'same-origin',
      'Referrer-Policy': 'no-referrer',
      'Cache-Control': 'no-store',
      'X-Content-Type-Options': 'nosniff',
    })
    expect(staticHeaders('a.js')).not.toHaveProperty('Content-Security-Policy')
    expect(staticHeaders('a.js')).toMatchObject({
      'X-Content-Type-Options': 'nosniff',
      'Cross-Origin-Resource-Policy': 'same-origin',
      'Cross-Origin-Opener-Policy': 'same-origin',
    })
  })
})
