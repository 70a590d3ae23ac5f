import { existsSync } from 'node:fs'
import { copyFile, mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { dispatch } from '../../shared/dispatch'
import { openTempWorkspace, SAMPLES_DIR, type TempWorkspace } from './testing/temp-workspace'

const SAMPLE = '000_a547749780e01351.txt'
let app: TempWorkspace
let folder = ''

afterEach(async () => {
  await app?.dispose()
  await rm(folder, { recursive: true, force: true })
})

async function folderWithArticles(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'claimdesk-folder-'))
  await copyFile(join(SAMPLES_DIR, SAMPLE), join(dir, SAMPLE))
  await mkdir(join(dir, 'notes'))
  await writeFile(
    join(dir, 'notes', 'readme.png'),
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0]),
  )
  return dir
}

describe('opening a folder as a workspace', () => {
  it('imports the folder’s articles into a store hidden inside it, and reopens there next time', async () => {
    app = await openTempWorkspace(undefined, { fileWatch: null })
    folder = await folderWithArticles()
    const opened = await dispatch(app.handlers, 'workspace.open', { folder })
    expect(opened).toMatchObject({
      ok: true,
      value: { info: { folder, articleCount: 1 }, imported: { imported: 1, skipped: 1 } },
    })
    expect(existsSync(join(folder, '.claimdesk', 'workspace.json'))).toBe(true)

    const [article] = await app.handlers['articles.list']({})
    await dispatch(app.handlers, 'claims.create', { articleId: article!.id, start: 0, end: 20 })

    app = await app.reopen()
    expect(await dispatch(app.handlers, 'workspace.info', {})).toMatchObject({
      ok: true,
      value: { folder, claimCount: 1 },
    })
    const recent = await app.handlers['workspace.recent']({})
    expect(recent.map((entry) => entry.folder)).toEqual([folder])
  })

  it('refuses a missing folder, a file or a relative path and keeps the open workspace', async () => {
    app = await openTempWorkspace(undefined, { fileWatch: null })
    folder = await folderWithArticles()
    const before = await dispatch(app.handlers, 'workspace.info', {})
    for (const [path, code, message] of [
      [join(folder, 'missing'), 'not-found', /There is no folder/],
      [join(folder, SAMPLE), 'invalid-input', /is a file, not a folder/],
      ['relative/folder', 'invalid-input', /full path/],
      ['', 'invalid-input', /full path/],
    ] as const) {
      expect(await dispatch(app.handlers, 'workspace.open', { folder: path })).toMatchObject({
        ok: false,
        code,
        message: expect.stringMatching(message),
      })
    }
    expect(await dispatch(app.handlers, 'workspace.info', {})).toEqual(before)
  })

  it('says when there is no native folder picker, so the renderer asks for a path', async () => {
    app = await openTempWorkspace(undefined, { fileWatch: null })
    expect(await dispatch(app.handlers, 'workspace.chooseFolder', {})).toEqual({
      ok: true,
      value: { isSupported: false, folder: null },
    })
    await app.close()
    app = await openTempWorkspace(app.dataDir, {
      fileWatch: null,
      chooseFolder: async () => '/picked',
    })
    expect(await dispatch(app.handlers, 'workspace.chooseFolder', {})).toEqual({
      ok: true,
      value: { isSupported: true, folder: '/picked' },
    })
  })
})
