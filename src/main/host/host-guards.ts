import { createHash, timingSafeEqual } from 'node:crypto'
import type { IncomingHttpHeaders } from 'node:http'

/** One policy for the window and the browser host; defined next to the window options. */

export const TOKEN_COOKIE = 'claimdesk_token'
export const TOKEN_HEADER = 'x-claimdesk-token'

/** The token travels in a URL query and a cookie, so only characters that need no escaping there. */
const TOKEN_PATTERN = /^[A-Za-z0-9_-]{16,256}$/

export const isValidToken = (token: string): boolean => TOKEN_PATTERN.test(token)

const digest = (text: string): Buffer => createHash('sha256').update(text).digest()

/** Hashing first gives equal-length buffers, so neither content nor length leaks through timing. */
export const tokensMatch = (expected: string, candidate: string | undefined): boolean =>
  candidate !== undefined && timingSafeEqual(digest(expected), digest(candidate))

export const tokenCookie = (token: string): string =>
  `${TOKEN_COOKIE}=${token}; HttpOnly; SameSite=Strict; Path=/`

export function readCookie(header: string | undefined, name: string): string | undefined {
  for (const pair of (header ?? '').split(';')) {
    const separator = pair.indexOf('=')
    if (separator > 0 && pair.slice(0, separator).trim() === name) {
      return pair.slice(separator + 1).trim()
    }
  }
  return undefined
}

const singleHeader = (value: string | string[] | undefined): string | undefined =>
  typeof value === 'string' ? value : undefined

export const cookieToken = (headers: IncomingHttpHeaders): string | undefined =>
  readCookie(headers.cookie, TOKEN_COOKIE)

export const headerToken = (headers: IncomingHttpHeaders): string | undefined =>
  singleHeader(headers[TOKEN_HEADER])

export const hasToken = (expected: string, candidates: (string | undefined)[]): boolean =>
  candidates.some((candidate) => tokensMatch(expected, candidate))

/** Only the loopback names of this very port: a rebound DNS name (evil.com → 127.0.0.1) is refused. */
export const isAllowedHost = (host: string | undefined, port: number): host is string =>
  host === `127.0.0.1:${port}` || host === `localhost:${port}`

/** A present Origin must be the page's own, i.e. http:// plus the (already checked) Host. */
export const isAllowedOrigin = (origin: string | undefined, host: string): boolean =>
  origin === undefined || origin === `http://${host}`

/** Why a request must be refused before anything else is looked at, or undefined when it may pass. */
export function foreignRequestReason(
  headers: IncomingHttpHeaders,
  port: number,
): string | undefined {
  const host = singleHeader(headers.host)
  if (!isAllowedHost(host, port)) return `host "${host ?? ''}" is not this server`
  const origin = singleHeader(headers.origin)
  if (!isAllowedOrigin(origin, host)) return `origin "${origin}" is not this server`
  return undefined
}
