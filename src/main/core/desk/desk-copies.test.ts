import { mkdtemp, rm, stat } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { DeskCopies } from './desk-copies'

let workspace: string

beforeEach(async () => {
  workspace = await mkdtemp(join(tmpdir(), 'claimdesk-desk-copies-'))
})

afterEach(async () => {
  await rm(workspace, { recursive: true, force: true })
})

const copyPath = (name: string) => join(workspace, '.claimdesk', 'desk', `${name}.ydoc`)

describe('a workspace’s copies of its desk documents', () => {
  it('reads a copy when asked for it, and writes only the copies that changed', async () => {
    const first = await DeskCopies.open(workspace)
    first.document('article-a').getMap('claims').set('c1', 'one')
    first.document('article-b').getMap('claims').set('c2', 'two')
    await first.save()
    first.close()
    const writtenAt = (await stat(copyPath('article-b'))).mtimeMs

    const second = await DeskCopies.open(workspace)
    expect(second.has('article-a')).toBe(true)
    expect(second.has('article-c')).toBe(false)
    second.document('article-a').getMap('claims').set('c3', 'three')
    expect(second.document('article-b').getMap('claims').get('c2')).toBe('two')
    await second.save()
    second.close()
    expect((await stat(copyPath('article-b'))).mtimeMs).toBe(writtenAt)

    const third = await DeskCopies.open(workspace)
    expect(third.document('article-a').getMap('claims').toJSON()).toEqual({
      c1: 'one',
      c3: 'three',
    })
    third.close()
  })
})
