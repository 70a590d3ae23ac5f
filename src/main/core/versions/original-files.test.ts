import { readdir, readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { sha256Hex } from '../article-record'
import { openTempWorkspace, type TempWorkspace } from '../testing/temp-workspace'
import { STORE_FOLDER } from '../workspace/workspace-file'

let desk: TempWorkspace
beforeEach(async () => {
  desk = await openTempWorkspace()
})
afterEach(() => desk.dispose())

const storeFolder = () => join(desk.dataDir, 'workspace', STORE_FOLDER)

/** The bytes kept for version `number` of an article, read back from the store folder. */
async function keptBytes(articleId: string, number: number) {
  const version = await desk.handlers['articles.getVersion']({ articleId, version: number })
  expect(version.original).toBeDefined()
  const bytes = await readFile(join(storeFolder(), version.original?.storedAs ?? ''))
  expect(version.original?.size).toBe(bytes.length)
  return { version, bytes }
}

async function writeAndUpdate(articleId: string, path: string, bytes: Buffer) {
  await writeFile(path, bytes)
  const update = await desk.handlers['articles.checkForUpdates']({ articleId })
  expect(update.status).toBe('updated')
}

describe('original files of article versions', () => {
  it('keeps the bytes of each file an article was read from; A → B → A lists three versions and keeps two files', async () => {
    const [sample] = (await desk.handlers['articles.list']({})).filter((entry) => entry.path)
    const articleId = sample?.id ?? ''
    const path = sample?.path ?? ''
    const a = await readFile(path)
    const b = Buffer.from(a.toString('utf8').replace(/ the /, ' THE EDITED '), 'utf8')
    expect(b.equals(a)).toBe(false)

    const first = await keptBytes(articleId, 1)
    expect(first.bytes.equals(a)).toBe(true)
    expect(first.version.original?.fileName).toBe(sample?.fileName)
    expect(first.version.original?.storedAs).toBe(
      join('versions', articleId, `${sha256Hex(a)}.txt`),
    )

    await writeAndUpdate(articleId, path, b)
    await writeAndUpdate(articleId, path, a)

    const versions = await desk.handlers['articles.versions']({ articleId })
    expect(versions.map((version) => version.sha256)).toEqual([
      sha256Hex(a),
      sha256Hex(b),
      sha256Hex(a),
    ])
    expect((await keptBytes(articleId, 2)).bytes.equals(b)).toBe(true)
    const third = await keptBytes(articleId, 3)
    expect(third.bytes.equals(a)).toBe(true)
    expect(third.version.text).toBe(first.version.text)
    expect(third.version.original?.storedAs).toBe(first.version.original?.storedAs)
    // One file of bytes and one kept text per distinct sha256, however often the text comes back.
    expect((await readdir(join(storeFolder(), 'versions', articleId))).sort()).toEqual(
      [
        `${sha256Hex(a)}.json`,
        `${sha256Hex(a)}.txt`,
        `${sha256Hex(b)}.json`,
        `${sha256Hex(b)}.txt`,
      ].sort(),
    )

    desk = await desk.reopen()
    expect((await keptBytes(articleId, 2)).bytes.equals(b)).toBe(true)
  })

  it('keeps a web page file as its bytes were, not as they were decoded', async () => {
    const path = join(desk.dataDir, 'café.html')
    const page = Buffer.concat([
      Buffer.from('<html><head><meta charset="windows-1252"><title>Caf'),
      Buffer.from([0xe9]),
      Buffer.from(' prices</title></head><body><p>Prices rose in the caf'),
      Buffer.from([0xe9]),
      Buffer.from(' on Monday.</p></body></html>'),
    ])
    await writeFile(path, page)
    const summary = await desk.handlers['articles.importFiles']({ paths: [path] })
    const imported = summary.outcomes[0]
    expect(imported?.status).toBe('imported')
    const articleId = imported?.status === 'imported' ? imported.article.id : ''
    const { version, bytes } = await keptBytes(articleId, 1)
    expect(bytes.equals(page)).toBe(true)
    expect(version.text).toContain('café')
    expect(version.original?.fileName).toBe('café.html')
    expect(version.original?.storedAs.endsWith('.html')).toBe(true)
  })

  it('keeps pasted text as the UTF-8 it was hashed as', async () => {
    const text = 'Pasted headline\n\nTroops were seen near the border on Tuesday.'
    const summary = await desk.handlers['articles.importText']({ text })
    const imported = summary.outcomes[0]
    const articleId = imported?.status === 'imported' ? imported.article.id : ''
    const { version, bytes } = await keptBytes(articleId, 1)
    expect(sha256Hex(bytes)).toBe(version.sha256)
    expect(bytes.toString('utf8')).toBe(text)
  })
})
