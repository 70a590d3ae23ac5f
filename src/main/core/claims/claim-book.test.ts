import { mkdtemp, readdir, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { SAMPLES_DIR } from '../testing/temp-workspace'
import { seedSampleArticles } from '../workspace/first-run'
import { WorkspaceStore } from '../workspace/workspace-store'
import { ClaimBook } from './claim-book'
import { ClaimService } from './claim-service'

let folder: string
let store: WorkspaceStore
let articleId: string

/** Another book on the same store, as the next open of the workspace would have. */
async function setClaimsElsewhere(count: number) {
  const other = new ClaimBook(store)
  const service = new ClaimService(store, other)
  const claims = await other.forArticle(articleId)
  await claims.change(() => [])
  for (let n = 0; n < count; n++)
    await service.create({ articleId, start: n * 10, end: n * 10 + 5 })
  await other.flush()
}

beforeEach(async () => {
  folder = await mkdtemp(join(tmpdir(), 'claimdesk-book-'))
  store = await WorkspaceStore.open(folder)
  await seedSampleArticles(store, SAMPLES_DIR)
  articleId = store.data.articles[0]!.id
})

afterEach(async () => {
  await store.close()
  await rm(folder, { recursive: true, force: true })
})

describe('ClaimBook', () => {
  it('reads claims for a pass without keeping them: the next pass reads the file again', async () => {
    await setClaimsElsewhere(2)
    const book = new ClaimBook(store)
    expect(await book.claimsOf(articleId)).toHaveLength(2)
    await setClaimsElsewhere(1)
    expect(await book.claimsOf(articleId)).toHaveLength(1)
  })

  it('shares the claims of an article in use with a pass, and keeps them', async () => {
    await setClaimsElsewhere(2)
    const book = new ClaimBook(store)
    const kept = await book.forArticle(articleId)
    await setClaimsElsewhere(0)
    expect(await book.claimsOf(articleId)).toBe(kept.all)
    expect(await book.forArticle(articleId)).toBe(kept)
  })

  it('loads an article asked for during a pass once the pass has read its file', async () => {
    await setClaimsElsewhere(3)
    const book = new ClaimBook(store)
    const [passed, kept] = await Promise.all([book.claimsOf(articleId), book.forArticle(articleId)])
    expect(kept.all).toEqual(passed)
    await new ClaimService(store, book).create({ articleId, start: 40, end: 45 })
    await book.flush()
    expect(await new ClaimBook(store).claimsOf(articleId)).toHaveLength(4)
  })

  it('removes the claims folder’s stale temp files with one listing, for every file', async () => {
    await setClaimsElsewhere(1)
    const claimsFolder = join(store.storeFolder, 'claims')
    const stale = ['.a1.json.99999.abc.tmp', `.${articleId}.json.bak.99999.def.tmp`]
    for (const name of stale) await writeFile(join(claimsFolder, name), '{"half": ')
    await new ClaimBook(store).claimsOf(articleId)
    expect((await readdir(claimsFolder)).filter((name) => name.endsWith('.tmp'))).toEqual([])
  })

  it('refuses an article the workspace does not hold, for a pass as for use', async () => {
    const book = new ClaimBook(store)
    await expect(book.claimsOf('a-none')).rejects.toThrow('There is no article with id a-none')
    await expect(book.forArticle('a-none')).rejects.toThrow('There is no article with id a-none')
  })
})
