import { existsSync } from 'node:fs'
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, describe, expect, it, vi } from 'vitest'
import type { Claim } from '../../../shared/claim-model'
import type { ArticleUpdate } from '../../../shared/import-model'
import type { Handlers } from '../../../shared/contract'
import { openCurrentWorkspace, type CurrentWorkspace } from '../current-workspace'
import { DEFAULT_FETCH_LIMITS } from '../import/fetch-article'
import { openTempWorkspace, SAMPLES_DIR, type TempWorkspace } from '../testing/temp-workspace'
import type { FileWatch } from './article-watcher'

const KURSK = 'some 8,000 North Korean soldiers are now in Russia’s Kursk region'
const WAITING =
  'Everyone is just waiting for the North Korean military to start attacking Ukrainians as well'
const AUSTIN = 'Austin and U.S. Secretary of State Antony Blinken held talks'

/** A watcher the test fires itself: "the file changed" without waiting on the file system. */
function manualWatch() {
  const watched = new Set<string>()
  let fire: (path: string) => void = () => {}
  const fileWatch: FileWatch = (onChange) => {
    fire = onChange
    return {
      add: (path) => void watched.add(path),
      remove: (path) => void watched.delete(path),
      close: async () => {},
    }
  }
  return { fileWatch, watched, fire: (path: string) => fire(path) }
}

async function markClaims(
  handlers: Handlers,
  articleId: string,
  quotes: string[],
): Promise<Claim[]> {
  const { text } = await handlers['articles.get']({ articleId })
  const claims: Claim[] = []
  for (const quote of quotes) {
    const start = text.indexOf(quote)
    claims.push(await handlers['claims.create']({ articleId, start, end: start + quote.length }))
  }
  return claims
}

const byQuote = (claims: Claim[], quote: string) =>
  claims.find((claim) => claim.quote.exact === quote || claim.anchor.previousExact === quote)

/** The article events (with their update) the app pushed to its windows. */
function articleUpdates(app: CurrentWorkspace): ArticleUpdate[] {
  const updates: ArticleUpdate[] = []
  app.feed.subscribe(({ event }) => {
    if (event.kind === 'article' && event.update) updates.push(event.update)
  })
  return updates
}

const cleanups: (() => Promise<void>)[] = []
afterEach(async () => {
  for (const cleanup of cleanups.splice(0)) await cleanup()
})

async function openWith(
  fileWatch: FileWatch | null,
  dataDir?: string,
): Promise<CurrentWorkspace & { dataDir: string }> {
  const dir = dataDir ?? (await mkdtemp(join(tmpdir(), 'claimdesk-updates-')))
  // The live page below is served on 127.0.0.1, which the app refuses unless told otherwise.
  const fetchLimits = { ...DEFAULT_FETCH_LIMITS, isAllowedAddress: () => true }
  const app = await openCurrentWorkspace({
    dataDir: dir,
    samplesDir: SAMPLES_DIR,
    fileWatch,
    fetchLimits,
  })
  cleanups.push(async () => {
    await app.close()
    if (!dataDir) await rm(dir, { recursive: true, force: true })
  })
  return { ...app, dataDir: dir }
}

describe('an article whose file changes on disk', () => {
  it('is re-read when its watcher fires: claims re-anchored and saved, the previous text kept', async () => {
    const watch = manualWatch()
    const app = await openWith(watch.fileWatch)
    const pushed = articleUpdates(app)
    const [sample] = await app.handlers['articles.list']({})
    const path = sample?.path ?? ''
    const articleId = sample?.id ?? ''
    const oldSha256 = sample?.sha256
    expect(watch.watched.has(path)).toBe(true)
    await markClaims(app.handlers, articleId, [KURSK, WAITING, AUSTIN])

    const original = await readFile(path, 'utf8')
    const edited = original
      .replace('\n\n', '\n\nUpdated: Nov. 2, 2024, 10:15 GMT\n\n')
      .replace('start attacking Ukrainians', 'start targeting Ukrainians')
      .replace(/\n\nAustin and U.S. Secretary[^\n]+/, '')
    await writeFile(path, edited)
    watch.fire(path)

    const again = await app.handlers['articles.checkForUpdates']({ articleId })
    expect(again.status).toBe('unchanged')
    const [update] = pushed
    expect(update).toMatchObject({
      articleId,
      status: 'updated',
      anchors: { moved: 1, 'needs-review': 1, orphaned: 1 },
    })
    expect(update?.changes.map((change) => change.kind)).toEqual(['added', 'changed', 'removed'])
    expect(update?.touched).toHaveLength(3)

    const claims = await app.handlers['claims.list']({ articleId })
    const article = await app.handlers['articles.get']({ articleId })
    const kursk = byQuote(claims, KURSK)
    expect(kursk?.anchor).toEqual({ state: 'moved', confidence: 1 })
    expect(article.text.slice(kursk?.position.start, kursk?.position.end)).toBe(KURSK)
    const waiting = byQuote(claims, WAITING)
    expect(waiting?.anchor).toMatchObject({ state: 'needs-review', previousExact: WAITING })
    expect(waiting?.quote.exact).toBe(WAITING.replace('attacking', 'targeting'))
    expect(byQuote(claims, AUSTIN)?.anchor.state).toBe('orphaned')

    await app.close()
    const reopened = await openWith(null, app.dataDir)
    const saved = await reopened.handlers['claims.list']({ articleId })
    expect(saved.map((claim) => claim.anchor.state).sort()).toEqual([
      'moved',
      'needs-review',
      'orphaned',
    ])
    expect((await reopened.handlers['articles.get']({ articleId })).text).toContain(
      'Updated: Nov. 2, 2024',
    )
    const previousVersion = join(
      app.dataDir,
      'workspace',
      '.claimdesk',
      'versions',
      articleId,
      `${oldSha256}.json`,
    )
    expect(existsSync(previousVersion)).toBe(true)
  })

  it('says when nothing changed, and when the file is gone, changing nothing', async () => {
    const app = await openWith(null)
    const [sample] = await app.handlers['articles.list']({})
    const articleId = sample?.id ?? ''
    const [claim] = await markClaims(app.handlers, articleId, [KURSK])
    expect(await app.handlers['articles.checkForUpdates']({ articleId })).toMatchObject({
      status: 'unchanged',
    })
    await rm(sample?.path ?? '')
    const gone = await app.handlers['articles.checkForUpdates']({ articleId })
    expect(gone).toMatchObject({
      status: 'unavailable',
      message: expect.stringMatching(/the file is missing or not accessible/),
    })
    expect(await app.handlers['claims.list']({ articleId })).toEqual([claim])
  })

  it('has no source to check for a pasted article', async () => {
    const app = await openWith(null)
    const { outcomes } = await app.handlers['articles.importText']({ text: 'Pasted\n\nBody.' })
    const articleId = outcomes[0]?.status === 'imported' ? outcomes[0].article.id : ''
    const result = await app.handlers['articles.checkForUpdates']({ articleId })
    expect(result).toMatchObject({
      status: 'unavailable',
      message: expect.stringMatching(/no source to check/),
    })
  })

  it('is noticed by the real file watcher (chokidar)', async () => {
    const app: TempWorkspace = await openTempWorkspace()
    cleanups.push(() => app.dispose())
    const pushed = articleUpdates(app)
    const [sample] = await app.handlers['articles.list']({})
    const articleId = sample?.id ?? ''
    await markClaims(app.handlers, articleId, [KURSK])
    const original = await readFile(sample?.path ?? '', 'utf8')
    await writeFile(sample?.path ?? '', original.replace('\n\n', '\n\nUpdated: Nov. 2, 2024\n\n'))
    await vi.waitFor(() => expect(pushed).toHaveLength(1), { timeout: 10_000, interval: 100 })
    const [claim] = await app.handlers['claims.list']({ articleId })
    expect(claim?.anchor).toEqual({ state: 'moved', confidence: 1 })
  })
})

describe('an article imported from a web page', () => {
  it('is fetched again by "Check for updates" and its claims follow the new text', async () => {
    let page = `<html><head><title>Live Report</title></head><body><article><h1>Live Report</h1>
      <p>${'Some 8,000 North Korean soldiers are in the Kursk region, officials said on Thursday. '.repeat(3)}</p></article></body></html>`
    const server: Server = createServer((_request, response) =>
      response.writeHead(200, { 'content-type': 'text/html' }).end(page),
    )
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
    cleanups.push(() => new Promise((resolve) => server.close(() => resolve())))
    const app = await openWith(null)
    const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/live`
    const { outcomes } = await app.handlers['articles.importUrl']({ url })
    const articleId = outcomes[0]?.status === 'imported' ? outcomes[0].article.id : ''
    const [claim] = await markClaims(app.handlers, articleId, ['officials said on Thursday'])
    page = page.replace(
      '<article>',
      '<article><p>Update: this report was corrected on Friday after new information came in.</p>',
    )
    const update = await app.handlers['articles.checkForUpdates']({ articleId })
    expect(update).toMatchObject({ status: 'updated', anchors: { moved: 1 } })
    const [moved] = await app.handlers['claims.list']({ articleId })
    expect(moved).toMatchObject({
      id: claim?.id,
      anchor: { state: 'moved' },
      quote: { exact: 'officials said on Thursday' },
    })
  })
})

describe('after an update, the user decides', () => {
  it('re-attaches an orphaned claim to selected text, and confirms one that needed review', async () => {
    const app = await openWith(null)
    const [sample] = await app.handlers['articles.list']({})
    const articleId = sample?.id ?? ''
    const path = sample?.path ?? ''
    const [, waiting, austin] = await markClaims(app.handlers, articleId, [KURSK, WAITING, AUSTIN])
    const original = await readFile(path, 'utf8')
    const reworded = 'Austin met Blinken and their South Korean counterparts'
    await writeFile(
      path,
      original
        .replace('start attacking Ukrainians', 'start targeting Ukrainians')
        .replace(/Austin and U.S. Secretary[^\n]+/, `${reworded} on October 31.`),
    )
    await app.handlers['articles.checkForUpdates']({ articleId })
    const { text } = await app.handlers['articles.get']({ articleId })
    const orphan = (await app.handlers['claims.list']({ articleId })).find(
      (claim) => claim.id === austin?.id,
    )
    expect(orphan?.anchor.state).toBe('orphaned')

    const start = text.indexOf(reworded)
    const reattached = await app.handlers['claims.reattach']({
      articleId,
      claimId: austin?.id ?? '',
      start,
      end: start + reworded.length,
    })
    expect(reattached).toMatchObject({
      quote: { exact: reworded },
      position: { start, end: start + reworded.length },
      anchor: { state: 'anchored', confidence: 1, previousExact: AUSTIN },
    })
    const confirmed = await app.handlers['claims.confirmAnchor']({
      articleId,
      claimId: waiting?.id ?? '',
    })
    expect(confirmed.anchor).toMatchObject({
      state: 'anchored',
      confidence: 1,
      previousExact: WAITING,
    })
  })
})
