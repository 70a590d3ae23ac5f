import { mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { IpcMainInvokeEvent, Session, WebContents } from 'electron'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'
import type { Handlers } from '../shared/contract'
import { registerRpc } from './ipc'
import {
  APP_URL,
  isAppUrl,
  isSafeExternalUrl,
  isTrustedSender,
  keepFramesInApp,
  secureSession,
  secureWebContents,
  serveAppFile,
} from './security'
import { CONTENT_SECURITY_POLICY } from './core/web/content-security-policy'
import { HOSTILE_URLS } from './core/testing/hostile-urls'

const DEV_URL = 'http://localhost:5173'

describe('isSafeExternalUrl', () => {
  it.each([
    'https://example.com/a?b#c',
    'http://example.com',
    'HTTPS://EXAMPLE.COM/Path',
    'https://sub.example.org:8443/x',
    'https://[2001:db8::1]/',
    'https://xn--bcher-kva.example/',
  ])('lets %j open in the browser', (url) => {
    expect(isSafeExternalUrl(url)).toBe(true)
  })

  it.each([
    'javascript:alert(1)',
    'JaVaScRiPt:alert(1)',
    'java\tscript:alert(1)',
    'java\nscript:alert(1)',
    'java\rscript:alert(1)',
    '\u0000javascript:alert(1)',
    ' javascript:alert(1)',
    '&#106;avascript:alert(1)',
    '&#x6A;avascript:alert(1)',
    'javascript&colon;alert(1)',
    'vbscript:msgbox(1)',
    'data:text/html,<script>alert(1)</script>',
    'data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==',
    'file:///etc/passwd',
    'file://server/share/x.exe',
    'FILE:///C:/Windows/System32/calc.exe',
    '\\\\server\\share',
    '\\\\?\\C:\\Windows',
    'smb://x',
    'ms-msdt:/id PCWDiagnostic /skip force',
    'ms-officecmd:{"id":1}',
    'search-ms:query=x&crumb=location:\\\\evil\\share',
    'app://claimdesk/index.html',
    'claimdesk://open',
    'mailto:app@example.com',
    'ftp://example.com/file',
    'blob:https://example.com/uuid',
    'http://',
    'https://',
    'http:example.com',
    '//example.com/path',
    '/relative/path',
    'https://user:secret@example.com/',
    'https://example.com@evil.example/',
    'https://exa mple.com',
    'https://example.com/\u202egnp.exe',
    '',
  ])('refuses %j', (url) => {
    expect(isSafeExternalUrl(url)).toBe(false)
  })
})

describe('isAppUrl and isTrustedSender', () => {
  it.each([
    [APP_URL, APP_URL],
    [`${APP_URL}?article=a1`, APP_URL],
    [`${APP_URL}#/claims`, APP_URL],
    [DEV_URL, DEV_URL],
    [`${DEV_URL}/`, DEV_URL],
    [`${DEV_URL}/#/claims`, DEV_URL],
  ])('trusts the app page %j (app at %j)', (url, appUrl) => {
    expect(isAppUrl(url, appUrl)).toBe(true)
    expect(isTrustedSender(url, appUrl)).toBe(true)
  })

  it.each([
    [undefined, APP_URL],
    ['', APP_URL],
    ['app://evil/index.html', APP_URL],
    ['app://claimdesk/assets/other.html', APP_URL],
    ['app://claimdesk.evil.example/index.html', APP_URL],
    ['app://user@claimdesk/index.html', APP_URL],
    ['claimdesk://claimdesk/index.html', APP_URL],
    ['file:///app/out/renderer/index.html', APP_URL],
    ['file:///etc/passwd', APP_URL],
    ['https://claimdesk/index.html', APP_URL],
    ['http://localhost:5174/', DEV_URL],
    ['http://127.0.0.1:5173/', DEV_URL],
    ['https://localhost:5173/', DEV_URL],
    ['http://localhost:5173.evil.example/', DEV_URL],
    ['http://localhost:5173@evil.example/', DEV_URL],
    ['http://localhost:5173/other.html', DEV_URL],
    ['https://example.com/', DEV_URL],
    ['about:blank', DEV_URL],
  ])('does not trust %j (app at %j)', (url, appUrl) => {
    expect(isTrustedSender(url, appUrl)).toBe(false)
    if (url !== undefined) expect(isAppUrl(url, appUrl)).toBe(false)
  })
})

type FakeEvent = { url?: string; preventDefault(): void }

function fakeContents() {
  const listeners = new Map<string, (event: FakeEvent) => void>()
  let openHandler: (details: { url: string }) => { action: string } = () => ({ action: 'allow' })
  const contents = {
    on(name: string, listener: (event: FakeEvent) => void) {
      listeners.set(name, listener)
      return contents
    },
    setWindowOpenHandler(handler: typeof openHandler) {
      openHandler = handler
    },
  }
  const isPrevented = (name: string, url?: string): boolean => {
    let prevented = false
    listeners.get(name)?.({ url, preventDefault: () => (prevented = true) })
    return prevented
  }
  const openWindow = (url: string) => openHandler({ url })
  return { contents: contents as unknown as WebContents, listeners, isPrevented, openWindow }
}

describe('keepFramesInApp (will-frame-navigate)', () => {
  const isPrevented = (url: string, isMainFrame: boolean) => {
    let prevented = false
    keepFramesInApp({ url, isMainFrame, preventDefault: () => (prevented = true) }, APP_URL)
    return prevented
  }

  it('lets only the main frame go to the app, and no frame anywhere else', () => {
    expect(isPrevented(APP_URL, true)).toBe(false)
    expect(isPrevented(APP_URL, false)).toBe(true)
    for (const url of ['https://evil.example/', 'app://claimdesk/other.html', ...HOSTILE_URLS]) {
      expect(isPrevented(url, true), url).toBe(true)
      expect(isPrevented(url, false), url).toBe(true)
    }
  })
})

describe('secureWebContents', () => {
  const setUp = () => {
    const fake = fakeContents()
    const openExternal = vi.fn(async (_url: string) => {})
    secureWebContents(fake.contents, APP_URL, openExternal)
    return { ...fake, openExternal }
  }

  it('listens for navigation, frame navigation, redirects and webviews', () => {
    const { listeners } = setUp()
    expect([...listeners.keys()].sort()).toEqual([
      'will-attach-webview',
      'will-frame-navigate',
      'will-navigate',
      'will-redirect',
    ])
  })

  it.each(['will-navigate', 'will-redirect'])('%s: stops every page but the app', (name) => {
    const { isPrevented } = setUp()
    expect(isPrevented(name, 'https://evil.example/')).toBe(true)
    expect(isPrevented(name, 'file:///etc/passwd')).toBe(true)
    expect(isPrevented(name, 'app://claimdesk/other.html')).toBe(true)
    expect(isPrevented(name, 'javascript:alert(1)')).toBe(true)
    expect(isPrevented(name, APP_URL)).toBe(false)
  })

  it('never attaches a webview', () => {
    expect(setUp().isPrevented('will-attach-webview')).toBe(true)
  })

  it('denies every new window and sends only web links to the browser', () => {
    const { openWindow, openExternal } = setUp()
    expect(openWindow('https://example.com/report')).toEqual({ action: 'deny' })
    expect(openWindow('file:///etc/passwd')).toEqual({ action: 'deny' })
    expect(openWindow('ms-msdt:/id PCWDiagnostic')).toEqual({ action: 'deny' })
    expect(openWindow(APP_URL)).toEqual({ action: 'deny' })
    expect(openExternal.mock.calls).toEqual([['https://example.com/report']])
  })

  it.each(HOSTILE_URLS)('keeps %j out of the window, the browser and the OS', (url) => {
    const { isPrevented, openWindow, openExternal } = setUp()
    expect(isPrevented('will-navigate', url)).toBe(true)
    expect(isPrevented('will-redirect', url)).toBe(true)
    expect(openWindow(url)).toEqual({ action: 'deny' })
    expect(openExternal).not.toHaveBeenCalled()
  })

  it('survives a browser that fails to open', async () => {
    const fake = fakeContents()
    const error = vi.spyOn(console, 'error').mockImplementation(() => {})
    secureWebContents(fake.contents, APP_URL, async () => Promise.reject(new Error('no browser')))
    expect(fake.openWindow('https://example.com')).toEqual({ action: 'deny' })
    await vi.waitFor(() => expect(error).toHaveBeenCalled())
    error.mockRestore()
  })
})

describe('secureSession', () => {
  it('answers permission requests and checks alike, denies devices, and adds the given CSP', () => {
    const handlers: Record<string, (...args: never[]) => unknown> = {}
    const record = (name: string) => (handler: (...args: never[]) => unknown) => {
      handlers[name] = handler
    }
    const session = {
      setPermissionRequestHandler: record('request'),
      setPermissionCheckHandler: record('check'),
      setDevicePermissionHandler: record('device'),
      webRequest: { onHeadersReceived: record('headers') },
    } as unknown as Session
    secureSession(session, { appUrl: APP_URL, contentSecurityPolicy: CONTENT_SECURITY_POLICY })

    const granted = vi.fn()
    const call = (name: string, ...args: unknown[]) =>
      (handlers[name] as (...a: unknown[]) => unknown)(...args)
    const ownPage = { requestingUrl: APP_URL, isMainFrame: true }
    call('request', {}, 'media', granted, ownPage)
    call('request', {}, 'clipboard-sanitized-write', granted, ownPage)
    expect(granted.mock.calls).toEqual([[false], [true]])
    expect(call('check', null, 'clipboard-sanitized-write', 'app://claimdesk', ownPage)).toBe(true)
    expect(call('check', null, 'clipboard-read', 'app://claimdesk', ownPage)).toBe(false)
    expect(call('device', { deviceType: 'usb' })).toBe(false)
    const respond = vi.fn()
    call('headers', { responseHeaders: { 'Content-Type': ['text/html'] } }, respond)
    expect(respond.mock.calls[0]?.[0].responseHeaders['Content-Security-Policy']).toEqual([
      CONTENT_SECURITY_POLICY,
    ])
  })
})

describe('registerRpc', () => {
  const callers: unknown[] = []
  const handlers = {
    'articles.list': async (_input: unknown, context: unknown) => (callers.push(context), []),
  } as Partial<Handlers> as Handlers
  const invoke = (frame: { url: string; parent: object | null } | null, name = 'articles.list') => {
    let listener: (event: IpcMainInvokeEvent, ...args: unknown[]) => unknown = () => undefined
    registerRpc({ handle: (_channel, handler) => (listener = handler) }, handlers, APP_URL)
    const event = { senderFrame: frame, sender: { id: 7 } }
    return listener(event as unknown as IpcMainInvokeEvent, name, {})
  }
  const forbidden = { ok: false, code: 'forbidden', message: 'untrusted sender' }

  it("answers the app's top frame, as a client of its own (its own undo history)", async () => {
    expect(await invoke({ url: APP_URL, parent: null })).toEqual({ ok: true, value: [] })
    expect(callers.at(-1)).toEqual({ clientId: 'window-7' })
  })

  it.each([
    ['a foreign page', { url: 'https://evil.example/', parent: null }],
    ['another file', { url: 'file:///app/out/renderer/index.html', parent: null }],
    ['a subframe showing the app', { url: APP_URL, parent: {} }],
    ['a destroyed frame', null],
  ])('refuses %s', async (_label, frame) => {
    expect(await invoke(frame)).toEqual(forbidden)
  })
})

describe('serveAppFile', () => {
  let root: string
  let rendererDir: string
  const get = (url: string, method = 'GET') =>
    serveAppFile(new Request(url, { method }), rendererDir)

  beforeAll(async () => {
    root = await mkdtemp(join(tmpdir(), 'claimdesk-app-'))
    rendererDir = join(root, 'renderer')
    await mkdir(join(rendererDir, 'assets'), { recursive: true })
    await writeFile(join(rendererDir, 'index.html'), '<!doctype html><title>Claimdesk</title>')
    await writeFile(join(rendererDir, 'assets', 'main.js'), 'console.log(1)')
    await writeFile(join(root, 'secret.txt'), 'secret')
    await symlink(join(root, 'secret.txt'), join(rendererDir, 'assets', 'leak.txt'))
  })

  afterAll(() => rm(root, { recursive: true, force: true }))

  it('serves the page with the window CSP', async () => {
    const response = await get(APP_URL)
    expect(response.status).toBe(200)
    expect(response.headers.get('Content-Type')).toMatch(/^text\/html/)
    expect(response.headers.get('Content-Security-Policy')).toBe(CONTENT_SECURITY_POLICY)
    expect(await response.text()).toContain('<title>Claimdesk</title>')
  })

  it('serves scripts as JavaScript that is never sniffed', async () => {
    const response = await get('app://claimdesk/assets/main.js')
    expect(response.headers.get('Content-Type')).toMatch(/^text\/javascript/)
    expect(response.headers.get('X-Content-Type-Options')).toBe('nosniff')
    expect(await response.text()).toBe('console.log(1)')
  })

  it('answers HEAD without a body', async () => {
    const response = await get(APP_URL, 'HEAD')
    expect(response.status).toBe(200)
    expect(await response.text()).toBe('')
  })

  it.each([
    // The URL parser itself removes encoded dot segments, so this one asks for renderer/secret.txt.
    ['app://claimdesk/%2e%2e/secret.txt', 404],
    ['app://claimdesk/..%2fsecret.txt', 400],
    ['app://claimdesk/assets%5c..%5c..%5csecret.txt', 400],
    ['app://claimdesk/assets/leak.txt', 404],
    ['app://claimdesk/missing.js', 404],
    ['app://claimdesk/', 404],
    ['app://evil/index.html', 404],
    ['app://claimdesk:8080/index.html', 404],
  ])('refuses %s with %i', async (url, status) => {
    const response = await get(url)
    expect(response.status).toBe(status)
    expect(await response.text()).not.toContain('secret')
  })

  it('is read only', async () => {
    expect((await get(APP_URL, 'POST')).status).toBe(405)
  })
})
