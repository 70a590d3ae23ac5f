import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { claimdeskInProcess } from '../../cli/cli-in-process'
import { openWorkspace, type OpenWorkspace } from '../open-workspace'
import { inWorkspaceAt } from '../testing/in-workspace'
import { SAMPLES_DIR } from '../testing/temp-workspace'
import { startDeskServer, type RunningDeskServer } from './desk-server'

let root: string
let server: RunningDeskServer
const open: OpenWorkspace[] = []

beforeEach(async () => {
  root = await mkdtemp(join(tmpdir(), 'claimdesk-desk-live-'))
  server = await startDeskServer({ dataDir: join(root, 'server'), port: 0, host: '127.0.0.1' })
})

afterEach(async () => {
  await Promise.all(open.splice(0).map((workspace) => workspace.close()))
  await server.close()
  await rm(root, { recursive: true, force: true })
})

const claimdesk = claimdeskInProcess

/** Ana's workspace shared on the desk, and Ben's joined to it, through the command line. */
async function anaAndBen() {
  await inWorkspaceAt(join(root, 'ana'), async () => undefined)
  const shared = await claimdesk(
    ...['share', '--workspace', join(root, 'ana'), '--server', server.url],
    ...['--invite', server.ownerInvite!, '--name', 'ana'],
  )
  expect(shared.code, shared.stderr).toBe(0)
  const invited = await claimdesk(
    ...['invite', '--workspace', join(root, 'ana'), '--role', 'checker', '--name', 'ben'],
  )
  const joined = await claimdesk(
    ...['join', '--workspace', join(root, 'ben'), '--server', server.url],
    ...['--invite', invited.stdout.trim(), '--name', 'ben'],
  )
  expect(joined.code, joined.stderr).toBe(0)
}

/**
 * Opens a workspace as the app does, syncing by itself; its regular syncs are an hour apart, so
 * whatever arrives within a test came through the live connection.
 */
async function openAsApp(name: string): Promise<OpenWorkspace> {
  const workspace = await openWorkspace(join(root, name), {
    fileWatch: null,
    samplesDir: SAMPLES_DIR,
    deskAutoSync: { afterChangeMs: 20, everyMs: 3_600_000, whileLiveMs: 3_600_000 },
  })
  open.push(workspace)
  return workspace
}

const statusOf = async (workspace: OpenWorkspace) => {
  const status = await workspace.handlers['desk.status']({})
  if (!status.isShared) throw new Error('the workspace is on no desk')
  return status
}

async function markFirstArticle(workspace: OpenWorkspace) {
  const [article] = await workspace.handlers['articles.list']({})
  return workspace.handlers['claims.create']({ articleId: article!.id, start: 0, end: 20 })
}

describe('a live team desk', () => {
  it('brings a claim one member marks to the other without waiting for a regular sync', async () => {
    await anaAndBen()
    const [ana, ben] = [await openAsApp('ana'), await openAsApp('ben')]
    await vi.waitFor(async () => expect((await statusOf(ben)).isLive).toBe(true))
    const marked = await markFirstArticle(ana)
    await vi.waitFor(
      async () => {
        const claims = await ben.handlers['claims.listAll']({})
        expect(claims.map((claim) => claim.id)).toContain(marked.id)
      },
      { timeout: 10_000 },
    )
    await ben.handlers['claims.update']({
      articleId: marked.articleId,
      claimId: marked.id,
      patch: { claimant: 'the minister' },
    })
    await vi.waitFor(
      async () => {
        const claims = await ana.handlers['claims.listAll']({})
        expect(claims.find((claim) => claim.id === marked.id)?.claimant).toBe('the minister')
      },
      { timeout: 10_000 },
    )
  })

  it('shows who else has the desk open and which article they are reading', async () => {
    await anaAndBen()
    const [ana, ben] = [await openAsApp('ana'), await openAsApp('ben')]
    const [article] = await ben.handlers['articles.list']({})
    await vi.waitFor(async () => expect((await statusOf(ben)).isLive).toBe(true))
    await ben.handlers['desk.reading']({ articleId: article!.id })
    await vi.waitFor(async () =>
      expect((await statusOf(ana)).present).toEqual([
        { name: 'ben', articleId: article!.id, selection: null },
      ]),
    )
    const selection = { start: 10, end: 24 }
    await ben.handlers['desk.reading']({ articleId: article!.id, selection })
    await vi.waitFor(async () =>
      expect((await statusOf(ana)).present).toEqual([
        { name: 'ben', articleId: article!.id, selection },
      ]),
    )
    const events: string[] = []
    ana.onChange((changes) => changes.forEach((change) => events.push(change.kind)))
    await ben.close()
    open.splice(open.indexOf(ben), 1)
    await vi.waitFor(async () => expect((await statusOf(ana)).present).toEqual([]))
    expect(events).toContain('desk')
  })

  it('connects again after the server was away, and brings what was done meanwhile', async () => {
    await anaAndBen()
    const [ana, ben] = [await openAsApp('ana'), await openAsApp('ben')]
    await vi.waitFor(async () => expect((await statusOf(ana)).isLive).toBe(true))
    const port = Number(new URL(server.url).port)
    await server.close()
    await vi.waitFor(async () => expect((await statusOf(ana)).isLive).toBe(false))
    const marked = await markFirstArticle(ben)
    server = await startDeskServer({ dataDir: join(root, 'server'), port, host: '127.0.0.1' })
    await vi.waitFor(
      async () => {
        const claims = await ana.handlers['claims.listAll']({})
        expect(claims.map((claim) => claim.id)).toContain(marked.id)
      },
      { timeout: 20_000 },
    )
    expect((await statusOf(ana)).isLive).toBe(true)
  })
})
