import { mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { dispatch } from '../../../shared/dispatch'
import { openTempWorkspace, type TempWorkspace } from '../testing/temp-workspace'

const PRIVATE_KEY = '-----BEGIN OPENSSH PRIVATE KEY-----\nb3BlbnNzaC1rZXktdjEAAAAA\n'

let root: string
let app: TempWorkspace

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'claimdesk-links-'))
  await mkdir(join(root, 'home', '.ssh'), { recursive: true })
  await writeFile(join(root, 'home', '.ssh', 'id_ed25519'), PRIVATE_KEY)
  await writeFile(join(root, 'home', 'secrets.env'), 'API_KEY=hunter2\n')
  await writeFile(
    join(root, 'saved-page.html'),
    '<html><head><title>Troops in Kursk</title></head><body><article><h1>Troops in Kursk</h1>' +
      '<p>Some 8,000 North Korean soldiers are in the Kursk region, officials said.</p></article></body></html>',
  )
  await symlink(join(root, 'home', '.ssh', 'id_ed25519'), join(root, 'x.txt'))
  await symlink(join(root, 'home', 'secrets.env'), join(root, 'notes.md'))
  await symlink(join(root, 'saved-page.html'), join(root, 'article.txt'))
  app = await openTempWorkspace(undefined, { fileWatch: null })
})

afterAll(async () => {
  await app.dispose()
  await rm(root, { recursive: true, force: true })
})

const importPaths = async (paths: string[]) => {
  const result = await dispatch(app.handlers, 'articles.importFiles', { paths })
  if (!result.ok || !('outcomes' in result.value)) throw new Error(JSON.stringify(result))
  return result.value
}

describe.runIf(process.platform !== 'win32')('importing a link', () => {
  it.each([
    ['x.txt', 'id_ed25519', 'files without an extension'],
    ['notes.md', 'secrets.env', '.env files'],
  ])(
    'refuses %s, a link to %s, for what it points to, and keeps the file out',
    async (link, target, what) => {
      const before = await app.handlers['articles.list']({})
      const summary = await importPaths([join(root, link)])
      expect(summary).toMatchObject({ imported: 0, skipped: 1 })
      expect(summary.outcomes[0]).toMatchObject({
        status: 'skipped',
        message: `${link} (a link to ${target}): ${what} are not supported. Claimdesk imports .txt, .text, .md, .markdown, .html, .htm, .xhtml, .docx, .pdf.`,
      })
      const after = await app.handlers['articles.list']({})
      expect(after).toHaveLength(before.length)
      for (const { id } of after) {
        const { text } = await app.handlers['articles.get']({ articleId: id })
        expect(text).not.toMatch(/PRIVATE KEY|hunter2/)
      }
    },
  )

  it('reads a link to an article as the type of the file it points to', async () => {
    const summary = await importPaths([join(root, 'article.txt')])
    expect(summary.outcomes[0]).toMatchObject({
      status: 'imported',
      article: { title: 'Troops in Kursk', format: 'html', fileName: 'article.txt' },
    })
  })
})
