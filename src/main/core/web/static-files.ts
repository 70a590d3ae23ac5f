import { realpath, stat } from 'node:fs/promises'
import { extname, resolve, sep } from 'node:path'
import { CONTENT_SECURITY_POLICY } from './content-security-policy'

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.ico': 'image/x-icon',
}

export const contentTypeOf = (filePath: string): string =>
  CONTENT_TYPES[extname(filePath).toLowerCase()] ?? 'application/octet-stream'

/**
 * Every powerful feature off; only writing to the clipboard stays, for the page's own Copy button.
 * @see https://www.w3.org/TR/permissions-policy/
 */
export const PERMISSIONS_POLICY = [
  ...[
    'accelerometer',
    'autoplay',
    'camera',
    'clipboard-read',
    'display-capture',
    'encrypted-media',
    'fullscreen',
    'gamepad',
    'geolocation',
    'gyroscope',
    'hid',
    'idle-detection',
    'local-fonts',
    'magnetometer',
    'microphone',
    'midi',
    'otp-credentials',
    'payment',
    'picture-in-picture',
    'publickey-credentials-get',
    'screen-wake-lock',
    'serial',
    'usb',
    'window-management',
    'xr-spatial-tracking',
  ].map((feature) => `${feature}=()`),
  'clipboard-write=(self)',
].join(', ')

/**
 * Sent with every response, refusals included: nothing is sniffed, cached, leaked through the
 * Referer header, loaded by another origin, or given a window another page can reach.
 */
export const BASE_HEADERS = {
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'Cache-Control': 'no-store',
  'Cross-Origin-Resource-Policy': 'same-origin',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Permissions-Policy': PERMISSIONS_POLICY,
}

/** The page gets the Electron window's CSP. */
const PAGE_HEADERS = { 'Content-Security-Policy': CONTENT_SECURITY_POLICY }

export function staticHeaders(filePath: string): Record<string, string> {
  const contentType = contentTypeOf(filePath)
  const headers = { ...BASE_HEADERS, 'Content-Type': contentType }
  return contentType.startsWith('text/html') ? { ...headers, ...PAGE_HEADERS } : headers
}

export type StaticRefusal = { ok: false; status: 400 | 404; reason: string }
export type StaticLookup = { ok: true; filePath: string } | StaticRefusal

const refused = (status: 400 | 404, reason: string): StaticRefusal => ({
  ok: false,
  status,
  reason,
})

/** Encoded slashes, backslashes, dots or NUL never occur in a built renderer's URLs, only in attacks. */
const FORBIDDEN_RAW = /%2f|%5c|%2e|%00|\\/i

/** Decodes a raw request path, or says why it can never name a file under the renderer dir. */
export function decodeStaticPath(rawPath: string): { ok: true; path: string } | StaticRefusal {
  if (!rawPath.startsWith('/') || rawPath.startsWith('//')) return refused(400, 'not a plain path')
  if (FORBIDDEN_RAW.test(rawPath)) return refused(400, 'encoded separator, dot or NUL in the path')
  let path: string
  try {
    path = decodeURIComponent(rawPath)
  } catch {
    return refused(400, 'malformed percent-encoding')
  }
  if (path.includes('\0')) return refused(400, 'NUL in the path')
  const segments = path.split('/').slice(1)
  if (segments.some((segment) => segment === '..' || segment === '.')) {
    return refused(400, 'dot segment in the path')
  }
  return { ok: true, path }
}

const isInside = (root: string, candidate: string): boolean =>
  candidate === root || candidate.startsWith(root + sep)

/** Finds the file a request path names, never anything outside rendererDir (symlinks included). */
export async function lookupStaticFile(
  rendererDir: string,
  rawPath: string,
): Promise<StaticLookup> {
  const decoded = decodeStaticPath(rawPath)
  if (!decoded.ok) return decoded
  const root = resolve(rendererDir)
  const candidate = resolve(root, `.${decoded.path}`)
  if (!isInside(root, candidate)) return refused(400, 'the path leaves the renderer folder')
  try {
    const [realRoot, realCandidate] = await Promise.all([realpath(root), realpath(candidate)])
    if (!isInside(realRoot, realCandidate))
      return refused(404, 'a link leads out of the renderer folder')
    if (!(await stat(realCandidate)).isFile()) return refused(404, 'not a file')
    return { ok: true, filePath: realCandidate }
  } catch {
    return refused(404, 'no such file')
  }
}
