import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { UnreadReviewNote } from '../../../shared/review-model'
import { STORE_FOLDER } from '../workspace/workspace-file'
import { ReviewInbox } from './review-inbox'

let folder: string

beforeEach(async () => {
  folder = await mkdtemp(join(tmpdir(), 'claimdesk-review-inbox-'))
  await mkdir(join(folder, STORE_FOLDER))
})

afterEach(() => rm(folder, { recursive: true, force: true }))

const note = (claimId: string, noteId: string): UnreadReviewNote => ({
  articleId: 'a1',
  claimId,
  noteId,
  by: 'ben',
  at: '2026-12-06T14:05:00.000Z',
  text: 'Cite the briefing.',
  quote: 'some 8,000 North Korean soldiers',
})

describe('unread review notes', () => {
  it('lists a note once, keeps the list across a restart, and reading a claim reads its notes', async () => {
    let changes = 0
    const inbox = await ReviewInbox.open(folder, () => changes++)
    await inbox.add([note('c1', 'n1'), note('c2', 'n2')])
    await inbox.add([note('c1', 'n1')])
    expect(changes).toBe(1)
    await inbox.markRead('c1')
    await inbox.markRead('c1')
    expect(changes).toBe(2)
    const reopened = await ReviewInbox.open(folder, () => {})
    expect(reopened.list().map((each) => each.noteId)).toEqual(['n2'])
  })

  it('starts afresh from a damaged list, and writes a whole one at the next note', async () => {
    const path = join(folder, STORE_FOLDER, 'unread-review-notes.json')
    await writeFile(path, '[{"claimId": "c1", "noteId"')
    const inbox = await ReviewInbox.open(folder, () => {})
    expect(inbox.list()).toEqual([])
    await inbox.add([note('c3', 'n3')])
    expect(JSON.parse(await readFile(path, 'utf8'))).toEqual([note('c3', 'n3')])
  })
})
