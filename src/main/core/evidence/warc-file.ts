import { WARCParser, WARCRecord } from 'warcio'
import { WARCSerializer } from 'warcio/node'
import type { PageCapture } from './page-capture'

const WARC_VERSION = 'WARC/1.1'

/** Digests as `sha256:<hex>`, the form WARC 1.1 readers (pywb, warcio) check. */
const SERIALIZE = { gzip: true, digest: { algo: 'sha-256', prefix: 'sha256:', base32: false } }

/**
 * One archived exchange as a WARC 1.1 file (ISO 28500): warcinfo, request and response records,
 * each gzipped on its own so readers can seek to any record.
 * @see https://iipc.github.io/warc-specifications/specifications/warc-format/warc-1.1/
 */
export async function warcOfCapture(
  capture: PageCapture,
  fileName: string,
  archivedAt: Date,
): Promise<Uint8Array> {
  const date = archivedAt.toISOString()
  const common = { url: capture.finalUrl, date, warcVersion: WARC_VERSION } as const
  const path = new URL(capture.finalUrl)
  const info = WARCRecord.createWARCInfo(
    { filename: fileName, date, warcVersion: WARC_VERSION },
    {
      software: 'Claimdesk',
      format: 'WARC File Format 1.1',
      'requested-url': capture.requestedUrl,
    },
  )
  const request = WARCRecord.create({
    ...common,
    type: 'request',
    statusline: `GET ${path.pathname}${path.search} HTTP/1.1`,
    httpHeaders: { host: path.host, ...capture.requestHeaders },
  })
  const response = WARCRecord.create(
    {
      ...common,
      type: 'response',
      statusline: `HTTP/1.1 ${capture.httpStatus} ${capture.statusText}`.trimEnd(),
      httpHeaders: capture.responseHeaders,
    },
    [capture.body],
  )
  const records = [info, request, response]
  const parts: Uint8Array[] = []
  for (const record of records) parts.push(await WARCSerializer.serialize(record, SERIALIZE))
  return Buffer.concat(parts)
}

/** The archived response: where it came from, its headers and its body exactly as served. */
export type ArchivedResponse = {
  targetUri: string
  contentType: string
  body: Uint8Array
}

/** Reads the response record back from a WARC file's bytes. */
export async function responseOfWarc(bytes: Uint8Array): Promise<ArchivedResponse | null> {
  for await (const record of WARCParser.iterRecords([bytes])) {
    if (record.warcType !== 'response') continue
    const body = await record.readFully(false)
    return {
      targetUri: record.warcTargetURI ?? '',
      contentType: record.httpHeaders?.headers.get('content-type') ?? '',
      body,
    }
  }
  return null
}
