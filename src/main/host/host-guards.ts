import { createHash, timingSafeEqual } from 'node:crypto'
import type { IncomingHttpHeaders } from 'node:http'
import { TOKEN_HEADER } from '../../shared/host-access'

/** The token travels in a URL fragment and a header, so only characters that need no escaping. */
const TOKEN_PATTERN = /^[A-Za-z0-9_-]{16,256}$/

export const isValidToken = (token: string): boolean => TOKEN_PATTERN.test(token)

const digest = (text: string): Buffer => createHash('sha256').update(text).digest()

/** Hashing first gives equal-length buffers, so neither content nor length leaks through timing. */
export const tokensMatch = (expected: string, candidate: string | undefined): boolean =>
  candidate !== undefined && timingSafeEqual(digest(expected), digest(candidate))

const singleHeader = (value: string | string[] | undefined): string | undefined =>
  typeof value === 'string' ? value : undefined

/**
 * The token reaches the page in the URL fragment (never sent to any server) and comes back only
 * in this header: no cookie, since cookies are not kept apart by port and would reach every other
 * server on 127.0.0.1.
 */
export const headerToken = (headers: IncomingHttpHeaders): string | undefined =>
  singleHeader(headers[TOKEN_HEADER.toLowerCase()])

/** Only the loopback names of this very port: a rebound DNS name (evil.com → 127.0.0.1) is refused. */
export const isAllowedHost = (host: string | undefined, port: number): host is string =>
  host === `127.0.0.1:${port}` || host === `localhost:${port}`

/** A present Origin must be the page's own, i.e. http:// plus the (already checked) Host. */
export const isAllowedOrigin = (origin: string | undefined, host: string): boolean =>
  origin === undefined || origin === `http://${host}`

/** A call (or the event stream) serves the page; a page request is the app's own public code. */
export type RequestKind = 'call' | 'page'

/**
 * Who a browser says started the request. Only the page itself may call; the page may also be
 * opened by the user ("none": typed, or clicked in the terminal). Never another site, not even
 * another server on 127.0.0.1 ("same-site"). Clients that are not browsers (the CLI, tests) send none.
 * @see https://www.w3.org/TR/fetch-metadata/#sec-fetch-site-header
 */
const ALLOWED_FETCH_SITES: Record<RequestKind, readonly string[]> = {
  call: ['same-origin'],
  page: ['same-origin', 'none'],
}

export const isAllowedFetchSite = (site: string | undefined, kind: RequestKind): boolean =>
  site === undefined || ALLOWED_FETCH_SITES[kind].includes(site)

/** Why a request must be refused before anything else is looked at, or undefined when it may pass. */
export function foreignRequestReason(
  headers: IncomingHttpHeaders,
  port: number,
  kind: RequestKind,
): string | undefined {
  const host = singleHeader(headers.host)
  if (!isAllowedHost(host, port)) return `host "${host ?? ''}" is not this server`
  const origin = singleHeader(headers.origin)
  if (!isAllowedOrigin(origin, host)) return `origin "${origin}" is not this server`
  const site = singleHeader(headers['sec-fetch-site'])
  if (!isAllowedFetchSite(site, kind)) return `a ${site} request (Sec-Fetch-Site) is not the app's`
  return undefined
}
