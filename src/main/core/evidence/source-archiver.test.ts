import { createHash } from 'node:crypto'
import { readdir, readFile } from 'node:fs/promises'
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { join } from 'node:path'
import { WARCParser } from 'warcio'
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { DEFAULT_FETCH_LIMITS } from '../import/fetch-article'
import { openTempWorkspace, type TempWorkspace } from '../testing/temp-workspace'

const PAGE = `<html><head><title>Troops Reach Kursk</title>
<script>document.title = 'ran'; window.__ran = true</script></head><body><article>
<h1>Troops Reach Kursk</h1><p>${'Some 8,000 North Korean soldiers are in the Kursk region, officials said. '.repeat(4)}</p>
<p>${'The ministry did not comment on the reports from the region. '.repeat(4)}</p></article></body></html>`

let server: Server
let base = ''
let visits = 0

beforeAll(async () => {
  server = createServer((request, response) => {
    const html = (body: string) =>
      response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(body)
    if (request.url === '/article') return html(PAGE)
    if (request.url === '/hop1') return response.writeHead(302, { location: '/hop2' }).end()
    if (request.url === '/hop2') return response.writeHead(301, { location: '/article' }).end()
    if (request.url === '/changing') return html(PAGE.replace('8,000', `${8000 + ++visits}`))
    if (request.url === '/huge') return html('x'.repeat(21 * 1024 * 1024))
    if (request.url === '/slow') return void setTimeout(() => html(PAGE), 60_000).unref()
    response.writeHead(404, { 'content-type': 'text/plain' }).end('gone')
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
})
afterAll(async () => {
  server.closeAllConnections()
  await new Promise((resolve) => server.close(resolve))
})

let app: TempWorkspace
beforeEach(async () => {
  app = await openTempWorkspace()
})
afterEach(() => app.dispose())

const allowPrivate = () => app.handlers['settings.update']({ patch: { allowPrivateNetwork: true } })

const servedBytes = async (path: string) =>
  Buffer.from(await (await fetch(`${base}${path}`)).arrayBuffer())

async function recordsOf(warcFile: string) {
  const bytes = await readFile(join(app.folder(), '.claimdesk', 'evidence', warcFile))
  const records = []
  for await (const record of WARCParser.iterRecords([bytes])) {
    const payload = Buffer.from(await record.readFully(true))
    records.push({ record, payload })
  }
  return records
}

describe('archiving a source’s page as WARC', () => {
  it('refuses a loopback page while private addresses are not allowed', async () => {
    await expect(app.handlers['sources.archiveUrl']({ url: `${base}/article` })).rejects.toThrow(
      /an address on this computer or a private network/,
    )
  })

  it('also refuses a loopback page for URL import until the setting allows it', async () => {
    const refused = await app.handlers['articles.importUrl']({ url: `${base}/article` })
    expect(refused.outcomes[0]).toMatchObject({ status: 'skipped' })
    await allowPrivate()
    const imported = await app.handlers['articles.importUrl']({ url: `${base}/article` })
    expect(imported.outcomes[0]).toMatchObject({ status: 'imported' })
  })

  it('writes warcinfo, request and response records that read back with their digests', async () => {
    await allowPrivate()
    const snapshot = await app.handlers['sources.archiveUrl']({ url: `${base}/hop1` })
    const served = await servedBytes('/article')
    expect(snapshot).toMatchObject({
      requestedUrl: `${base}/hop1`,
      finalUrl: `${base}/article`,
      httpStatus: 200,
      contentType: 'text/html; charset=utf-8',
      payloadBytes: served.length,
      payloadSha256: createHash('sha256').update(served).digest('hex'),
    })
    const records = await recordsOf(snapshot.warcFile)
    expect(records.map(({ record }) => record.warcType)).toEqual([
      'warcinfo',
      'request',
      'response',
    ])
    expect(records.every(({ record }) => record.warcHeaders.protocol === 'WARC/1.1')).toBe(true)
    const [, request, response] = records
    expect(request?.record.warcTargetURI).toBe(`${base}/article`)
    expect(response?.record.warcTargetURI).toBe(`${base}/article`)
    expect(response?.record.httpHeaders?.statusCode).toBe(200)
    expect(response?.payload.equals(served)).toBe(true)
    expect(response?.record.warcPayloadDigest).toBe(`sha256:${snapshot.payloadSha256}`)
  })

  it('keeps each version of a page that changes between two fetches', async () => {
    await allowPrivate()
    const first = await app.handlers['sources.archiveUrl']({ url: `${base}/changing` })
    const second = await app.handlers['sources.archiveUrl']({ url: `${base}/changing` })
    expect(first.payloadSha256).not.toBe(second.payloadSha256)
    expect(first.warcFile).not.toBe(second.warcFile)
    const [page1, page2] = await Promise.all(
      [first, second].map(({ warcFile }) => app.handlers['sources.readSnapshot']({ warcFile })),
    )
    expect(page1?.blocks.map((block) => block.text).join(' ')).toContain('Some 8001 North Korean')
    expect(page2?.blocks.map((block) => block.text).join(' ')).toContain('Some 8002 North Korean')
  })

  it('reads an archived copy as plain text blocks, without its script', async () => {
    await allowPrivate()
    const { warcFile } = await app.handlers['sources.archiveUrl']({ url: `${base}/article` })
    const page = await app.handlers['sources.readSnapshot']({ warcFile })
    expect(page.title).toBe('Troops Reach Kursk')
    expect(JSON.stringify(page.blocks)).not.toContain('__ran')
  })

  const refusals: [string, string, RegExp][] = [
    ['a missing page', '/missing', /the server answered 404/],
    ['a page over the size limit', '/huge', /larger than the 20 MB limit/],
  ]
  for (const [what, path, message] of refusals) {
    it(`refuses ${what} and writes no file`, async () => {
      await allowPrivate()
      await expect(app.handlers['sources.archiveUrl']({ url: `${base}${path}` })).rejects.toThrow(
        message,
      )
      await expect(readdir(join(app.folder(), '.claimdesk', 'evidence'))).rejects.toThrow()
    })
  }

  it('refuses a page that does not answer in time', async () => {
    const quick = await openTempWorkspace(undefined, {
      fetchLimits: { ...DEFAULT_FETCH_LIMITS, timeoutMs: 300 },
    })
    try {
      await quick.handlers['settings.update']({ patch: { allowPrivateNetwork: true } })
      await expect(quick.handlers['sources.archiveUrl']({ url: `${base}/slow` })).rejects.toThrow(
        /did not answer within 0.3 seconds/,
      )
    } finally {
      await quick.dispose()
    }
  })

  it('refuses an address that is not http(s)', async () => {
    await expect(app.handlers['sources.archiveUrl']({ url: 'file:///etc/passwd' })).rejects.toThrow(
      /only http and https/,
    )
  })

  it('adds the snapshot to a claim’s source, and undo takes it off again', async () => {
    await allowPrivate()
    const [article] = await app.handlers['articles.list']({})
    const claim = await app.handlers['claims.create']({ articleId: article!.id, start: 0, end: 20 })
    const source = { id: 's1', url: `${base}/article`, title: 'Page', note: '' }
    await app.handlers['claims.update']({
      articleId: article!.id,
      claimId: claim.id,
      patch: { sources: [source] },
    })
    const archived = await app.handlers['sources.archive']({
      articleId: article!.id,
      claimId: claim.id,
      sourceId: 's1',
    })
    expect(archived.sources[0]?.snapshots).toHaveLength(1)
    await app.handlers['undo.undo']({})
    const [undone] = (await app.handlers['claims.list']({ articleId: article!.id })).filter(
      (entry) => entry.id === claim.id,
    )
    expect(undone?.sources[0]?.snapshots).toBeUndefined()
  })
})
