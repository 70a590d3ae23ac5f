import { createHash } from 'node:crypto'
import { mkdtemp, readFile, rm } from 'node:fs/promises'
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { openTempWorkspace } from '../core/testing/temp-workspace'
import { buildCliForTest, runClaimdesk } from './cli-test-build'

const PAGE =
  '<html><head><title>Convoys</title></head><body><p>120 vehicles at the border.</p></body></html>'

let cli = ''
let server: Server
let base = ''
let workspace = ''

beforeAll(async () => {
  cli = await buildCliForTest()
  server = createServer((request, response) => {
    if (request.url === '/page') response.writeHead(200, { 'content-type': 'text/html' }).end(PAGE)
    else response.writeHead(404).end()
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  workspace = await mkdtemp(join(tmpdir(), 'claimdesk-archive-cli-'))
}, 60_000)

afterAll(async () => {
  await new Promise((resolve) => server.close(resolve))
  await rm(workspace, { recursive: true, force: true })
})

const archive = (...args: string[]) =>
  runClaimdesk(cli, ['archive', ...args, '--workspace', workspace])

describe('claimdesk archive', () => {
  it('refuses a page on this computer without --allow-private-network', async () => {
    const { code, stdout, stderr } = await archive(`${base}/page`)
    expect(code).toBe(1)
    expect(stdout).toBe('')
    expect(stderr).toMatch(/an address on this computer or a private network/)
  })

  it('prints the sha256 of the page as served and the WARC file', async () => {
    const { code, stdout, stderr } = await archive(`${base}/page`, '--allow-private-network')
    expect({ code, stderr }).toEqual({ code: 0, stderr: '' })
    const sha256 = createHash('sha256').update(PAGE).digest('hex')
    const [, url, hash, file] = /^archived (\S+) sha256:(\S+) (\S+)\n$/.exec(stdout) ?? []
    expect({ url, hash }).toEqual({ url: `${base}/page`, hash: sha256 })
    expect((await readFile(file!)).subarray(0, 2)).toEqual(Buffer.from([0x1f, 0x8b]))
  })

  it('refuses what is not http(s) and a missing page, archiving the rest', async () => {
    const { code, stdout, stderr } = await archive(
      'ftp://example.org/x',
      `${base}/missing`,
      `${base}/page`,
      '--allow-private-network',
    )
    expect(code).toBe(1)
    expect(stderr).toMatch(/only http and https/)
    expect(stderr).toMatch(/the server answered 404/)
    expect(stdout).toMatch(/^archived \S+\/page sha256:/)
  })

  it('adds the page with its archived copy as a source of a claim', async () => {
    const app = await openTempWorkspace()
    try {
      const folder = app.folder()
      const [article] = await app.handlers['articles.list']({})
      const claim = await app.handlers['claims.create']({
        articleId: article!.id,
        start: 0,
        end: 10,
      })
      await app.close()
      const args = ['archive', `${base}/page`, '--workspace', folder, '--claim', claim.id]
      const { code, stderr } = await runClaimdesk(cli, [...args, '--allow-private-network'])
      expect({ code, stderr }).toEqual({ code: 0, stderr: '' })
      const reopened = await openTempWorkspace(app.dataDir)
      const [saved] = (await reopened.handlers['claims.list']({ articleId: article!.id })).filter(
        (entry) => entry.id === claim.id,
      )
      await reopened.close()
      expect(saved?.sources).toMatchObject([
        { url: `${base}/page`, snapshots: [{ finalUrl: `${base}/page`, httpStatus: 200 }] },
      ])
    } finally {
      await rm(app.dataDir, { recursive: true, force: true })
    }
  })
})
