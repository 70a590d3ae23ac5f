import { readFile } from 'node:fs/promises'
import { resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import {
  CONTENT_SECURITY_POLICY,
  DEV_SERVER_CONTENT_SECURITY_POLICY,
  relaxForDevServer,
  relaxPagePolicyForDevServer,
} from './content-security-policy'

type Policy = Map<string, string[]>

const parsePolicy = (policy: string): Policy =>
  new Map(
    policy
      .split(';')
      .map((directive) => directive.trim().split(/\s+/))
      .filter(([name]) => name)
      .map(([name = '', ...sources]) => [name.toLowerCase(), sources]),
  )

/** The policy the renderer's own page declares in its <meta http-equiv> tag. */
async function metaPolicy(): Promise<string> {
  const html = await readFile(resolve('src/renderer/index.html'), 'utf8')
  const metas = [...html.matchAll(/<meta\s[^>]*http-equiv="Content-Security-Policy"[^>]*>/gi)]
  expect(metas, 'index.html declares exactly one CSP').toHaveLength(1)
  const content = /content="([^"]*)"/i.exec(metas[0]?.[0] ?? '')
  return content?.[1] ?? ''
}

/** Browsers ignore these in a <meta> policy, so only the header can carry them. @see https://www.w3.org/TR/CSP3/#meta-element */
const HEADER_ONLY = ['frame-ancestors', 'report-uri', 'sandbox']

describe('the two copies of the CSP', () => {
  it('say the same in the page and in the header, apart from header-only directives', async () => {
    const header = parsePolicy(CONTENT_SECURITY_POLICY)
    const meta = parsePolicy(await metaPolicy())
    for (const name of HEADER_ONLY) header.delete(name)
    expect(Object.fromEntries(meta)).toEqual(Object.fromEntries(header))
  })

  it('never lets a page script, frame, plugin or form reach beyond the app', () => {
    const policy = parsePolicy(CONTENT_SECURITY_POLICY)
    expect(policy.get('default-src')).toEqual(["'none'"])
    expect(policy.get('script-src')).toEqual(["'self'"])
    expect(policy.get('connect-src')).toEqual(["'self'"])
    expect(policy.get('object-src')).toEqual(["'none'"])
    expect(policy.get('base-uri')).toEqual(["'none'"])
    expect(policy.get('form-action')).toEqual(["'none'"])
    expect(policy.get('frame-ancestors')).toEqual(["'none'"])
    expect(policy.has('frame-src') || policy.has('child-src')).toBe(false)
    expect(policy.get('img-src')).not.toContain('https:')
    expect(policy.get('img-src')).not.toContain('*')
  })
})

describe('the dev server’s policy', () => {
  it('adds only inline scripts (React Refresh) and WebSockets to the dev server (Vite’s client)', () => {
    const strict = parsePolicy(CONTENT_SECURITY_POLICY)
    const relaxed = parsePolicy(DEV_SERVER_CONTENT_SECURITY_POLICY)
    expect(relaxed.get('script-src')).toEqual(["'self'", "'unsafe-inline'"])
    expect(relaxed.get('connect-src')).toEqual(["'self'", 'ws://localhost:*', 'ws://127.0.0.1:*'])
    for (const name of ['script-src', 'connect-src']) {
      strict.delete(name)
      relaxed.delete(name)
    }
    expect(Object.fromEntries(relaxed)).toEqual(Object.fromEntries(strict))
  })

  it('relaxes the page’s own meta policy the same way and leaves the rest of the page alone', async () => {
    const html = await readFile(resolve('src/renderer/index.html'), 'utf8')
    const served = relaxPagePolicyForDevServer(html)
    expect(served.replace(/content="[^"]*script-src[^"]*"/, '')).toBe(
      html.replace(/content="[^"]*script-src[^"]*"/, ''),
    )
    const metaPolicy = /content="([^"]*script-src[^"]*)"/.exec(served)?.[1] ?? ''
    expect(metaPolicy).toBe(relaxForDevServer(/content="([^"]*script-src[^"]*)"/.exec(html)![1]!))
    expect(parsePolicy(metaPolicy).get('script-src')).toContain("'unsafe-inline'")
  })

  it('is applied by a Vite plugin that runs for the dev server only, never for a build', async () => {
    const { default: config, devServerPolicy } = await import('../../../../electron.vite.config')
    expect((config as { renderer: { plugins: unknown[] } }).renderer.plugins).toContain(
      devServerPolicy,
    )
    expect(devServerPolicy.apply).toBe('serve')
    expect(devServerPolicy.transformIndexHtml).toBe(relaxPagePolicyForDevServer)
  })
})
