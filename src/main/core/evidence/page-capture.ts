import { createHash } from 'node:crypto'
import {
  assertPageAnswered,
  PAGE_REQUEST_HEADERS,
  readPageBody,
  withFetchedPage,
  type FetchLimits,
} from '../import/fetch-article'

/** A page as it was served: the exchange an archive records. */
export type PageCapture = {
  requestedUrl: string
  finalUrl: string
  requestHeaders: Record<string, string>
  httpStatus: number
  statusText: string
  /** The headers as received, less those that describe the transfer rather than the body. */
  responseHeaders: [string, string][]
  body: Uint8Array
  payloadSha256: string
}

/**
 * The body is stored decoded (fetch undoes gzip), so headers about the encoding or the length on
 * the wire would misdescribe it; the WARC writer sets the record's own lengths.
 */
const TRANSFER_HEADERS = new Set(['content-encoding', 'transfer-encoding', 'content-length'])

/** Fetches a page through the guarded fetcher (see withFetchedPage) and keeps what was served. */
export function capturePage(
  address: string,
  limits: FetchLimits,
  cancel?: AbortSignal,
): Promise<PageCapture> {
  return withFetchedPage(
    address,
    limits,
    async (page) => {
      assertPageAnswered(page)
      const body = await readPageBody(page, limits)
      return {
        requestedUrl: address,
        finalUrl: page.url.href,
        requestHeaders: PAGE_REQUEST_HEADERS,
        httpStatus: page.response.status,
        statusText: page.response.statusText,
        responseHeaders: [...page.response.headers].filter(
          ([name]) => !TRANSFER_HEADERS.has(name.toLowerCase()),
        ),
        body,
        payloadSha256: createHash('sha256').update(body).digest('hex'),
      }
    },
    cancel,
  )
}
