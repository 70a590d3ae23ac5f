import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { dispatch } from '../../../shared/dispatch'
import { buildDocx, buildPdf } from '../testing/article-fixtures'
import { openTempWorkspace, type TempWorkspace } from '../testing/temp-workspace'
import { WorkspaceStore } from '../workspace/workspace-store'
import { DEFAULT_FETCH_LIMITS, fetchArticle } from './fetch-article'
import { ImportService, type ImportProgress } from './import-service'

let app: TempWorkspace
let files = ''

beforeEach(async () => {
  // The pages below are served on 127.0.0.1, which the app refuses unless told otherwise.
  app = await openTempWorkspace(undefined, {
    fetchLimits: { ...DEFAULT_FETCH_LIMITS, isAllowedAddress: () => true },
  })
  files = await mkdtemp(join(tmpdir(), 'claimdesk-import-files-'))
})
afterEach(async () => {
  await app.dispose()
  await rm(files, { recursive: true, force: true })
})

const write = async (name: string, content: string | Uint8Array) => {
  const path = join(files, name)
  await mkdir(join(path, '..'), { recursive: true })
  await writeFile(path, content)
  return path
}

const PAGE = `<html><head><title>Troops Reach Kursk</title></head><body><nav>Menu</nav><article>
<h1>Troops Reach Kursk</h1><p>${'Some 8,000 North Korean soldiers are in the Kursk region, officials said. '.repeat(4)}</p>
<p>${'The ministry did not comment on the reports from the region. '.repeat(4)}</p></article></body></html>`

describe('importing into the workspace', () => {
  it('imports each format from paths, and the articles are listed and readable', async () => {
    const paths = [
      await write('a.txt', 'Plain Headline\n\nA plain paragraph.'),
      await write('b.md', '---\ntitle: Markdown Headline\n---\n\nA markdown paragraph.'),
      await write('c.html', PAGE),
      await write(
        'd.docx',
        buildDocx([{ text: 'Word Headline', style: 'Heading1' }, { text: 'A Word paragraph.' }]),
      ),
      await write(
        'e.pdf',
        buildPdf([
          { x: 72, y: 700, text: 'PDF Headline' },
          { x: 72, y: 660, text: 'A PDF paragraph.' },
        ]),
      ),
    ]
    const summary = await app.handlers['articles.importFiles']({ paths })
    expect(summary).toMatchObject({ imported: 5, duplicates: 0, skipped: 0 })
    const titles = summary.outcomes.map(
      (outcome) => outcome.status === 'imported' && outcome.article.title,
    )
    expect(titles).toEqual([
      'Plain Headline',
      'Markdown Headline',
      'Troops Reach Kursk',
      'Word Headline',
      'PDF Headline',
    ])
    const listed = await app.handlers['articles.list']({})
    expect(listed).toHaveLength(8)
    const html = listed.find((entry) => entry.format === 'html')
    const article = await app.handlers['articles.get']({ articleId: html?.id ?? '' })
    expect(article.text).not.toContain('Menu')
    expect(article.path).toBe(paths[2])
  })

  it('reports a second import of the same file as already in the workspace, adding nothing', async () => {
    const path = await write('same.txt', 'Same Headline\n\nSame body.')
    const copy = await write('copy-of-same.txt', 'Same Headline\n\nSame body.')
    await app.handlers['articles.importFiles']({ paths: [path] })
    const again = await app.handlers['articles.importFiles']({ paths: [copy] })
    expect(again).toMatchObject({ imported: 0, duplicates: 1 })
    expect(again.outcomes[0]).toMatchObject({
      status: 'duplicate',
      message: '“Same Headline” is already in this workspace.',
    })
    expect(await app.handlers['articles.list']({})).toHaveLength(4)
  })

  it('imports a folder: a summary of what came in and what was skipped, one bad file never stopping the rest', async () => {
    await write('folder/01-good.txt', 'First Headline\n\nBody.')
    await write('folder/02-image.txt', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0]))
    await write('folder/03-empty.md', '')
    await write('folder/04-notes.rtf', '{\\rtf1}')
    await write('folder/sub/05-good.html', PAGE)
    await write('folder/.hidden/06-ignored.txt', 'Hidden\n\nNot imported.')
    const summary = await app.handlers['articles.importFolder']({ path: join(files, 'folder') })
    expect(summary).toMatchObject({ imported: 2, duplicates: 0, skipped: 3 })
    expect(summary.outcomes.map((outcome) => [outcome.source, outcome.status])).toEqual([
      ['01-good.txt', 'imported'],
      ['02-image.txt', 'skipped'],
      ['03-empty.md', 'skipped'],
      ['04-notes.rtf', 'skipped'],
      [join('sub', '05-good.html'), 'imported'],
    ])
    const reasons = summary.outcomes.flatMap((outcome) =>
      outcome.status === 'skipped' ? [outcome.message] : [],
    )
    expect(reasons).toEqual([
      '02-image.txt is a PNG image, not a txt text file.',
      '03-empty.md is empty: there is no text to import.',
      expect.stringMatching(/^04-notes\.rtf: \.rtf files are not supported/),
    ])
  })

  it('reports progress file by file while importing a folder', async () => {
    const store = await WorkspaceStore.open(join(files, 'workspace'))
    await write('many/a.txt', 'A Headline\n\nBody.')
    await write('many/b.txt', 'B Headline\n\nBody.')
    const progress: ImportProgress[] = []
    await new ImportService(store).importFolder(join(files, 'many'), (step) => progress.push(step))
    expect(progress).toEqual([
      { done: 0, total: 2, current: 'a.txt' },
      { done: 1, total: 2, current: 'b.txt' },
      { done: 2, total: 2, current: '' },
    ])
    await store.close()
  })

  it('refuses a folder that is not there, with nothing changed', async () => {
    const result = await dispatch(app.handlers, 'articles.importFolder', {
      path: join(files, 'nope'),
    })
    expect(result).toMatchObject({ ok: false, code: 'io-error' })
    expect(await app.handlers['articles.list']({})).toHaveLength(3)
  })

  it('imports uploaded files (the browser host) and pasted text', async () => {
    const upload = await dispatch(app.handlers, 'articles.importUploads', {
      files: [{ name: 'page.html', contentBase64: Buffer.from(PAGE).toString('base64') }],
    })
    expect(upload).toMatchObject({ ok: true, value: { imported: 1 } })
    const pasted = await app.handlers['articles.importText']({
      text: 'Pasted Headline\n\nPasted body.',
    })
    expect(pasted.outcomes[0]).toMatchObject({
      status: 'imported',
      article: { title: 'Pasted Headline', format: 'paste' },
    })
    const empty = await app.handlers['articles.importText']({ text: ' \n ' })
    expect(empty.outcomes[0]).toMatchObject({
      status: 'skipped',
      message: 'The pasted text is empty: there is nothing to import.',
    })
  })
})

describe('importing from a URL', () => {
  let server: Server
  let base = ''
  beforeAll(async () => {
    server = createServer((request, response) => {
      const routes: Record<string, () => void> = {
        '/article': () =>
          response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(PAGE),
        '/moved': () => response.writeHead(301, { location: '/article' }).end(),
        '/to-file': () => response.writeHead(302, { location: 'file:///etc/passwd' }).end(),
        '/loop': () => response.writeHead(302, { location: '/loop' }).end(),
        '/huge': () =>
          response.writeHead(200, { 'content-type': 'text/plain' }).end('x'.repeat(2048)),
        '/image': () => response.writeHead(200, { 'content-type': 'image/png' }).end('png'),
        '/missing': () => response.writeHead(404).end(),
        '/silent': () => undefined,
      }
      const route = routes[request.url ?? '']
      if (route) route()
      else response.writeHead(500).end()
    })
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  })
  afterAll(async () => {
    server.closeAllConnections()
    await new Promise((resolve) => server.close(resolve))
  })

  it('fetches a page in the main process, following an http redirect, and keeps its address', async () => {
    const summary = await app.handlers['articles.importUrl']({ url: `${base}/moved` })
    expect(summary.outcomes[0]).toMatchObject({
      status: 'imported',
      article: { title: 'Troops Reach Kursk', format: 'url', url: `${base}/article` },
    })
  })

  const limits = { timeoutMs: 500, maxBytes: 1024, maxRedirects: 3, isAllowedAddress: () => true }
  const refusals: [string, string, RegExp][] = [
    [
      'a file: address',
      'file:///etc/passwd',
      /file: addresses cannot be imported: only http and https/,
    ],
    ['a redirect to file:', '/to-file', /The page redirected to file: cannot be imported/],
    ['endless redirects', '/loop', /redirected more than 3 times/],
    ['a page over the size limit', '/huge', /huge is larger than the 1 KB limit for an article/],
    ['an image', '/image', /is image\/png, not an article page/],
    ['a missing page', '/missing', /the server answered 404/],
    ['a server that never answers', '/silent', /did not answer within 0.5 seconds/],
  ]
  for (const [what, path, message] of refusals) {
    it(`refuses ${what} with a clear message`, async () => {
      const url = path.startsWith('/') ? `${base}${path}` : path
      await expect(fetchArticle(url, limits)).rejects.toThrow(message)
    })
  }
})
