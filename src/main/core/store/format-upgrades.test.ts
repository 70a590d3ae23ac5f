import { readdir, readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { EMPTY_NOTES } from '../../../shared/claim-model'
import { DEFAULT_REPORT_OPTIONS } from '../../../shared/report-options'
import { openTempWorkspace, type TempWorkspace } from '../testing/temp-workspace'
import { STORE_FOLDER } from '../workspace/workspace-file'

type StoredFile = { schemaVersion: number; data: Record<string, unknown> }

let desk: TempWorkspace
let articleId: string

const storeDir = () => join(desk.dataDir, 'workspace', STORE_FOLDER)
const claimsPath = () => join(storeDir(), 'claims', `${articleId}.json`)
const indexPath = () => join(storeDir(), 'workspace.json')

/** Rewrites a store file as an earlier Claimdesk (format 1 unless told) wrote it, while the desk is closed. */
async function writeAsFormat1(
  path: string,
  downgrade: (data: Record<string, unknown>) => void,
  schemaVersion = 1,
) {
  await desk.close()
  const file = JSON.parse(await readFile(path, 'utf8')) as StoredFile
  downgrade(file.data)
  await writeFile(path, JSON.stringify({ schemaVersion, data: file.data }, null, 2))
  desk = await openTempWorkspace(desk.dataDir)
}

const withoutFindings = (data: Record<string, unknown>) => {
  for (const claim of data.claims as Record<string, unknown>[]) delete claim.finding
}

beforeEach(async () => {
  desk = await openTempWorkspace()
  articleId = (await desk.handlers['articles.list']({}))[0]!.id
  for (const [start, end] of [
    [0, 10],
    [20, 30],
  ] as const) {
    const claim = await desk.handlers['claims.create']({ articleId, start, end })
    await desk.handlers['claims.update']({
      articleId,
      claimId: claim.id,
      patch: {
        notes: {
          type: 'doc',
          content: [{ type: 'paragraph', content: [{ type: 'text', text: 'kept' }] }],
        },
      },
    })
  }
})

afterEach(() => desk.dispose())

describe('Stores written by an earlier Claimdesk', () => {
  it('gives format-1 claims an empty finding, keeps their notes, and keeps the old file', async () => {
    await writeAsFormat1(claimsPath(), withoutFindings)
    const claims = await desk.handlers['claims.list']({ articleId })
    expect(claims).toHaveLength(2)
    for (const claim of claims) {
      expect(claim.finding).toEqual(EMPTY_NOTES)
      expect(claim.notes.content).toHaveLength(1)
    }
    expect(await readdir(join(storeDir(), 'claims'))).toContain(`${articleId}.json.v1.backup.json`)
    const finding = {
      type: 'doc' as const,
      content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Found' }] }],
    }
    await desk.handlers['claims.update']({ articleId, claimId: claims[0]!.id, patch: { finding } })
    await desk.close()
    const saved = JSON.parse(await readFile(claimsPath(), 'utf8')) as StoredFile
    expect(saved.schemaVersion).toBe(2)
    desk = await openTempWorkspace(desk.dataDir)
    expect((await desk.handlers['claims.list']({ articleId }))[0]!.finding).toEqual(finding)
  })

  it('salvages a format-1 claims file with a broken claim: the rest upgrade, the file is set aside', async () => {
    await writeAsFormat1(claimsPath(), (data) => {
      withoutFindings(data)
      ;(data.claims as Record<string, unknown>[])[1]!.verdictId = 42
    })
    const claims = await desk.handlers['claims.list']({ articleId })
    expect(claims).toHaveLength(1)
    expect(claims[0]!.finding).toEqual(EMPTY_NOTES)
    const notices = (await desk.handlers['workspace.info']({})).notices
    expect(notices.some((notice) => notice.includes('could not be loaded and was set aside'))).toBe(
      true,
    )
    expect(
      (await readdir(join(storeDir(), 'claims'))).some((name) => name.includes('.set-aside-')),
    ).toBe(true)
  })

  it('gives a format-1 workspace a display name and report options, keeping its settings', async () => {
    await desk.handlers['settings.update']({ patch: { publisherName: 'Desk' } })
    await writeAsFormat1(indexPath(), (data) => {
      const settings = data.settings as Record<string, unknown>
      delete settings.displayName
      delete settings.report
    })
    const { settings } = await desk.handlers['vocabulary.get']({})
    expect(settings).toMatchObject({
      publisherName: 'Desk',
      displayName: '',
      report: DEFAULT_REPORT_OPTIONS,
    })
  })
  it('gives each article of a format-2 workspace its text as version 1', async () => {
    const [before] = await desk.handlers['articles.list']({})
    await writeAsFormat1(
      indexPath(),
      (data) => {
        for (const entry of data.articles as Record<string, unknown>[]) delete entry.versions
      },
      2,
    )
    expect(await desk.handlers['articles.versions']({ articleId })).toEqual([
      { sha256: before?.sha256, at: before?.importedAt },
    ])
    expect(await readdir(storeDir())).toContain('workspace.json.v2.backup.json')
    await desk.handlers['settings.update']({ patch: { publisherName: 'Desk' } })
    await desk.close()
    const saved = JSON.parse(await readFile(indexPath(), 'utf8')) as StoredFile
    expect(saved.schemaVersion).toBe(3)
    desk = await openTempWorkspace(desk.dataDir)
  })
})
