import type { Response } from 'undici'
import { ServiceError } from '../../../shared/result'
import type { AddressPolicy, ResolveHost } from './public-address'
import type { CheckedFetch } from './public-connection'
import { MAX_ARTICLE_BYTES, readArticleBytes, type ArticleFile } from './read-article-file'

export type FetchLimits = {
  timeoutMs: number
  maxBytes: number
  maxRedirects: number
  /** Which addresses may be connected to (default: public ones); only tests serving pages locally widen it. */
  isAllowedAddress?: AddressPolicy
  /** How host names resolve, for the check and the connection alike (default node:dns lookup). */
  resolveHost?: ResolveHost
}

export const DEFAULT_FETCH_LIMITS: FetchLimits = {
  timeoutMs: 20_000,
  maxBytes: MAX_ARTICLE_BYTES,
  maxRedirects: 5,
}

/** What every page request sends (and what an archive records as its request). */
export const PAGE_REQUEST_HEADERS = { accept: 'text/html, text/plain;q=0.9, application/pdf;q=0.8' }

const FORMAT_OF_TYPE: Record<string, 'html' | 'txt' | 'md' | 'pdf'> = {
  'text/html': 'html',
  'application/xhtml+xml': 'html',
  'text/plain': 'txt',
  'text/markdown': 'md',
  'application/pdf': 'pdf',
}

function webUrl(address: string, base?: URL): URL {
  let url: URL
  try {
    url = new URL(address, base)
  } catch {
    throw new ServiceError('invalid-input', `“${address}” is not a web address.`)
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    const what = base ? `The page redirected to ${url.protocol}` : `${url.protocol} addresses`
    throw new ServiceError(
      'forbidden',
      `${what} cannot be imported: only http and https pages can.`,
    )
  }
  return url
}

async function readLimited(response: Response, maxBytes: number, url: URL): Promise<Uint8Array> {
  const limit =
    maxBytes >= 1024 * 1024 ? `${maxBytes / 1024 / 1024} MB` : `${Math.ceil(maxBytes / 1024)} KB`
  const tooLarge = () =>
    new ServiceError('unsupported', `${url.href} is larger than the ${limit} limit for an article.`)
  if (Number(response.headers.get('content-length') ?? 0) > maxBytes) throw tooLarge()
  const chunks: Uint8Array[] = []
  let size = 0
  for await (const chunk of response.body ?? []) {
    size += chunk.length
    if (size > maxBytes) throw tooLarge()
    chunks.push(chunk)
  }
  return Buffer.concat(chunks)
}

const fileNameOf = (url: URL) =>
  decodeURIComponent(url.pathname.split('/').filter(Boolean).at(-1) ?? url.hostname)

async function fetchFollowing(
  start: URL,
  limits: FetchLimits,
  network: CheckedFetch,
  signal: AbortSignal,
) {
  let url = start
  for (let hop = 0; ; hop++) {
    // Every hop goes through the checked connections, so no redirect leads to a private address.
    const response = await network.fetch(url, {
      redirect: 'manual',
      signal,
      headers: PAGE_REQUEST_HEADERS,
    })
    const location = response.headers.get('location')
    if (response.status < 300 || response.status >= 400 || !location) return { url, response }
    if (hop >= limits.maxRedirects)
      throw new ServiceError(
        'unsupported',
        `${start.href} redirected more than ${limits.maxRedirects} times.`,
      )
    await response.body?.cancel()
    url = webUrl(location, url)
  }
}

/** The page a guarded fetch ended on, after its redirects. */
export type FetchedPage = { url: URL; response: Response }

/** Refuses an answer that is not the page (a 404, a 500): there is nothing to import or archive. */
export function assertPageAnswered({ url, response }: FetchedPage): void {
  if (!response.ok)
    throw new ServiceError(
      'io-error',
      `${url.href} could not be fetched: the server answered ${response.status}.`,
    )
}

/** Reads a fetched page's body within the size limit. */
export const readPageBody = ({ url, response }: FetchedPage, limits: FetchLimits) =>
  readLimited(response, limits.maxBytes, url)

/**
 * Fetches a web page in the main process (http and https only, only allowed addresses on every
 * hop, bounded in size, time and redirects) and hands the answer to `read`; `cancel` stops it early.
 */
export async function withFetchedPage<T>(
  address: string,
  limits: FetchLimits,
  read: (page: FetchedPage) => Promise<T>,
  cancel?: AbortSignal,
): Promise<T> {
  const start = webUrl(address)
  const timeout = AbortSignal.timeout(limits.timeoutMs)
  const signal = cancel ? AbortSignal.any([timeout, cancel]) : timeout
  // undici and ipaddr.js load with the first page fetched, not with every start of the app.
  const { checkedFetch } = await import('./public-connection')
  const network = checkedFetch(limits.resolveHost, limits.isAllowedAddress)
  try {
    return await read(await fetchFollowing(start, limits, network, signal))
  } catch (error) {
    if (error instanceof ServiceError) throw error
    // fetch wraps what the connection's own check refused in a TypeError("fetch failed").
    if ((error as Error).cause instanceof ServiceError) throw (error as Error).cause
    if (cancel?.aborted)
      throw new ServiceError('cancelled', `Fetching ${start.href} was cancelled.`)
    if (timeout.aborted)
      throw new ServiceError(
        'io-error',
        `${start.href} did not answer within ${limits.timeoutMs / 1000} seconds.`,
      )
    throw new ServiceError(
      'io-error',
      `${start.href} could not be fetched: ${(error as Error).message}.`,
    )
  } finally {
    void network.close()
  }
}

/** Fetches a web page as an article (see withFetchedPage for the bounds). */
export function fetchArticle(
  address: string,
  limits = DEFAULT_FETCH_LIMITS,
  now = new Date(),
): Promise<ArticleFile> {
  return withFetchedPage(address, limits, async (page) => {
    assertPageAnswered(page)
    const { url, response } = page
    const [type = '', ...parameters] = (response.headers.get('content-type') ?? 'text/html')
      .split(';')
      .map((part) => part.trim())
    const format = FORMAT_OF_TYPE[type.toLowerCase()]
    if (!format)
      throw new ServiceError(
        'unsupported',
        `${url.href} is ${type || 'of an unknown type'}, not an article page.`,
      )
    const charset = parameters
      .find((part) => /^charset=/i.test(part))
      ?.slice('charset='.length)
      .replace(/"/g, '')
    const bytes = await readPageBody(page, limits)
    return await readArticleBytes(
      bytes,
      { fileName: fileNameOf(url), url: url.href, charset },
      { format, asFormat: 'url', now },
    )
  })
}
