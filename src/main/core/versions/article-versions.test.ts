import { readFile, writeFile } from 'node:fs/promises'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { openTempWorkspace, type TempWorkspace } from '../testing/temp-workspace'

let desk: TempWorkspace
beforeEach(async () => {
  desk = await openTempWorkspace()
})
afterEach(() => desk.dispose())

/** Edits an article's file on disk and runs the real update path over it. */
async function editAndUpdate(articleId: string, path: string, from: string, to: string) {
  const text = await readFile(path, 'utf8')
  expect(text).toContain(from)
  await writeFile(path, text.replace(from, to))
  const update = await desk.handlers['articles.checkForUpdates']({ articleId })
  expect(update.status).toBe('updated')
}

describe('article versions', () => {
  it('keeps every text an article had through three updates of its file, and diffs two of them', async () => {
    const [sample] = (await desk.handlers['articles.list']({})).filter((entry) => entry.path)
    const articleId = sample?.id ?? ''
    const path = sample?.path ?? ''
    const first = await desk.handlers['articles.get']({ articleId })
    expect(await desk.handlers['articles.versions']({ articleId })).toEqual([
      { sha256: first.sha256, at: first.importedAt },
    ])

    const words = first.text.split(/\s+/).filter((word) => /^[a-z]{6,}$/.test(word))
    const [one, two, three] = words
    await editAndUpdate(articleId, path, ` ${one} `, ' EDITEDONE ')
    await editAndUpdate(articleId, path, ` ${two} `, ' EDITEDTWO ')
    await editAndUpdate(articleId, path, ` ${three} `, ' EDITEDTHREE ')

    const versions = await desk.handlers['articles.versions']({ articleId })
    expect(versions).toHaveLength(4)
    expect(new Set(versions.map((version) => version.sha256)).size).toBe(4)
    const texts: string[] = []
    for (const [index, version] of versions.entries()) {
      const article = await desk.handlers['articles.getVersion']({ articleId, version: index + 1 })
      expect(article.sha256).toBe(version.sha256)
      texts.push(article.text)
    }
    expect(texts[0]).toBe(first.text)
    expect(texts.map((text) => text.includes('EDITEDONE'))).toEqual([false, true, true, true])
    expect(texts.map((text) => text.includes('EDITEDTHREE'))).toEqual([false, false, false, true])
    expect(texts[3]).toBe((await desk.handlers['articles.get']({ articleId })).text)

    const diff = await desk.handlers['articles.diffVersions']({ articleId, from: 2, to: 3 })
    expect(diff.filter((part) => part.kind === 'removed').map((part) => part.text.trim())).toEqual([
      two,
    ])
    expect(diff.filter((part) => part.kind === 'added').map((part) => part.text.trim())).toEqual([
      'EDITEDTWO',
    ])
    expect(diff.map((part) => (part.kind === 'added' ? '' : part.text)).join('')).toBe(texts[1])

    // The kept versions survive closing and reopening the workspace.
    desk = await desk.reopen()
    const reopened = await desk.handlers['articles.getVersion']({ articleId, version: 2 })
    expect(reopened.text).toBe(texts[1])
    await expect(desk.handlers['articles.getVersion']({ articleId, version: 5 })).rejects.toThrow(
      'has versions 1 to 4; there is no version 5',
    )
  })

  it('records the version a claim was checked against when it becomes checked', async () => {
    const [sample] = (await desk.handlers['articles.list']({})).filter((entry) => entry.path)
    const articleId = sample?.id ?? ''
    const claim = await desk.handlers['claims.create']({ articleId, start: 0, end: 10 })
    expect(claim.checkedAgainst).toBeUndefined()
    const text = (await desk.handlers['articles.get']({ articleId })).text
    const word = text.split(/\s+/).find((each) => /^[a-z]{6,}$/.test(each)) ?? ''
    await editAndUpdate(articleId, sample?.path ?? '', ` ${word} `, ' EDITED ')
    const checked = await desk.handlers['claims.update']({
      articleId,
      claimId: claim.id,
      patch: { status: 'checked' },
    })
    const current = await desk.handlers['articles.get']({ articleId })
    expect(checked.checkedAgainst).toEqual({ version: 2, sha256: current.sha256 })
  })
})
