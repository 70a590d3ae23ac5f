import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { ArticleEntry } from '../workspace/workspace-file'
import { openStoreForTest } from '../testing/open-store'
import { openTempWorkspace, type TempWorkspace } from '../testing/temp-workspace'

let app: TempWorkspace

beforeEach(async () => {
  app = await openTempWorkspace(undefined, { fileWatch: null })
})
afterEach(() => app.dispose())

const upload = async (name: string, text: string) => {
  const contentBase64 = Buffer.from(text).toString('base64')
  const { outcomes } = await app.handlers['articles.importUploads']({
    files: [{ name, contentBase64 }],
  })
  if (outcomes[0]?.status !== 'imported') throw new Error(JSON.stringify(outcomes))
  return outcomes[0].article
}

const withAddress = (url: string) =>
  `---\ntitle: Troops in Kursk (${url.length})\nurl: "${url}"\n---\n\nSome 8,000 soldiers, officials said.`

describe("an article's web address", () => {
  it.each([
    'javascript:alert(document.domain)',
    'JaVaScRiPt:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    'file:///etc/passwd',
    'vbscript:msgbox(1)',
    'https://user:secret@news.example/',
    '//news.example/troops',
  ])('%s is dropped on import; the article is kept', async (url) => {
    const summary = await upload('troops.md', withAddress(url))
    expect(summary).not.toHaveProperty('url')
    expect(await app.handlers['articles.get']({ articleId: summary.id })).not.toHaveProperty('url')
  })

  it('an http(s) address is kept', async () => {
    const summary = await upload('troops.md', withAddress('https://news.example/troops'))
    expect(summary.url).toBe('https://news.example/troops')
  })

  it('one stored by an earlier version is dropped when the workspace is read', async () => {
    const { folder } = await app.handlers['workspace.info']({})
    await app.close()
    const before = await openStoreForTest(folder)
    await before.store.updateIndex((data) => {
      ;(data.articles[0] as ArticleEntry).url = 'javascript:alert(document.domain)'
    })
    await before.close()
    const after = await openStoreForTest(folder)
    try {
      expect(after.store.listArticles()[0]?.url).toBeUndefined()
      expect(after.store.listArticles()).toHaveLength(3)
      expect(after.store.info().notices).toEqual([])
    } finally {
      await after.close()
    }
    app = await openTempWorkspace(app.dataDir, { fileWatch: null })
  })
})
