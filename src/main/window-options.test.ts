import { describe, expect, it } from 'vitest'
import { CONTENT_SECURITY_POLICY } from './core/web/content-security-policy'
import { cspHeaders, windowOptions } from './window-options'

const directives = (policy: string): Map<string, string> =>
  new Map(
    policy.split(';').map((directive) => {
      const [name = '', ...sources] = directive.trim().split(/\s+/)
      return [name, sources.join(' ')]
    }),
  )

describe('windowOptions', () => {
  const options = windowOptions('/app/out/preload/index.cjs')

  it.each([
    ['preload', '/app/out/preload/index.cjs'],
    ['contextIsolation', true],
    ['sandbox', true],
    ['nodeIntegration', false],
    ['nodeIntegrationInWorker', false],
    ['nodeIntegrationInSubFrames', false],
    ['webSecurity', true],
    ['allowRunningInsecureContent', false],
    ['experimentalFeatures', false],
    ['webviewTag', false],
    ['navigateOnDragDrop', false],
    ['spellcheck', true],
    ['safeDialogs', true],
  ] as const)('sets webPreferences.%s to %s', (name, value) => {
    expect(options.webPreferences?.[name]).toBe(value)
  })

  it('enables no Blink features and loads no extra scripts or partitions', () => {
    expect(Object.keys(options.webPreferences ?? {}).sort()).toEqual(
      [
        'allowRunningInsecureContent',
        'contextIsolation',
        'experimentalFeatures',
        'navigateOnDragDrop',
        'nodeIntegration',
        'nodeIntegrationInSubFrames',
        'nodeIntegrationInWorker',
        'preload',
        'safeDialogs',
        'sandbox',
        'spellcheck',
        'webSecurity',
        'webviewTag',
      ].sort(),
    )
  })

  it('opens hidden, titled and sized for side-by-side reading', () => {
    expect(options).toMatchObject({
      show: false,
      title: 'Claimdesk',
      width: 1280,
      height: 800,
      minWidth: 900,
      minHeight: 600,
    })
    expect(options.backgroundColor).toMatch(/^#[0-9a-f]{6}$/i)
  })
})

describe('CONTENT_SECURITY_POLICY', () => {
  it('allows only our own resources', () => {
    expect(Object.fromEntries(directives(CONTENT_SECURITY_POLICY))).toEqual({
      'default-src': "'none'",
      'script-src': "'self'",
      'style-src': "'self' 'unsafe-inline'",
      'img-src': "'self' data:",
      'font-src': "'self'",
      'connect-src': "'self'",
      'base-uri': "'none'",
      'form-action': "'none'",
      'frame-ancestors': "'none'",
      'object-src': "'none'",
    })
  })

  it('never lets inline or evaluated scripts run', () => {
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/script-src[^;]*('unsafe-|\*|data:|blob:)/)
  })
})

describe('cspHeaders', () => {
  it('adds the policy and keeps the response headers', () => {
    const response = cspHeaders({
      responseHeaders: { 'Content-Type': ['text/html'], 'X-Extra': ['1'] },
    })
    expect(response.responseHeaders).toEqual({
      'Content-Type': ['text/html'],
      'X-Extra': ['1'],
      'Content-Security-Policy': [CONTENT_SECURITY_POLICY],
    })
  })

  it('replaces a looser policy sent under the same name', () => {
    const response = cspHeaders({
      responseHeaders: { 'Content-Security-Policy': ['default-src *'] },
    })
    expect(response.responseHeaders?.['Content-Security-Policy']).toEqual([CONTENT_SECURITY_POLICY])
  })

  it('works for responses without headers', () => {
    expect(cspHeaders({}).responseHeaders).toEqual({
      'Content-Security-Policy': [CONTENT_SECURITY_POLICY],
    })
  })
})
