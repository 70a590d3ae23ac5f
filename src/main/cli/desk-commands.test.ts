import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import type { Claim } from '../../shared/claim-model'
import type { OpenWorkspace } from '../core/open-workspace'
import { inWorkspaceAt } from '../core/testing/in-workspace'
import { startHostProcess, type HostProcess } from '../host/host-test-build'
import { readLock } from '../core/workspace/workspace-lock'
import { isWorkspaceFolder } from '../core/desk/join-desk'
import { startDeskServerProcess, type DeskServerProcess } from './desk-server-process'
import { claimdeskInProcess } from './cli-in-process'

let cli: string
let hostEntry: string
let root: string
const servers: DeskServerProcess[] = []
const hosts: HostProcess[] = []

beforeAll(async () => {
  const { buildCliForTest } = await import('./cli-test-build')
  const { buildHostForTest } = await import('../host/host-test-build')
  cli = await buildCliForTest()
  hostEntry = await buildHostForTest()
}, 180_000)

beforeEach(async () => {
  root = await mkdtemp(join(tmpdir(), 'claimdesk-desk-commands-'))
})

afterEach(async () => {
  for (const host of hosts.splice(0)) await host.stop('SIGTERM')
  for (const server of servers.splice(0)) await server.stop('SIGKILL')
  await rm(root, { recursive: true, force: true })
})

const startServer = async (port: string, expectInvite: boolean) => {
  const server = await startDeskServerProcess(
    cli,
    ['--data', join(root, 'server'), '--port', port],
    expectInvite,
  )
  servers.push(server)
  return server
}

const claimdesk = claimdeskInProcess
const inWorkspace = <T>(name: string, work: (workspace: OpenWorkspace) => Promise<T>) =>
  inWorkspaceAt(join(root, name), work)

const sync = (name: string) => claimdesk('sync', '--workspace', join(root, name))

/** Marks a new claim in the member's first article (a different span each time). */
const mark = (name: string, n: number) =>
  inWorkspace(name, async (workspace) => {
    const [article] = await workspace.handlers['articles.list']({})
    return workspace.handlers['claims.create']({
      articleId: article!.id,
      start: n * 3,
      end: n * 3 + 12,
      claimant: `${name} ${n}`,
    })
  })

const claimsOf = (name: string) =>
  inWorkspace(name, (workspace) => workspace.handlers['claims.listAll']({}))

const byId = (claims: Claim[]) =>
  claims
    .map(({ id, claimant, verdictId, status }) => ({ id, claimant, verdictId, status }))
    .sort((a, b) => a.id.localeCompare(b.id))

/** Marks claims and syncs, over and over, until a sync fails; resolves with the claims marked. */
async function keepMarking(name: string, hasSynced: () => void): Promise<Claim[]> {
  const marked: Claim[] = []
  for (let n = 1; n < 200; n++) {
    marked.push(await mark(name, n))
    const synced = await sync(name)
    if (synced.code !== 0) return marked
    hasSynced()
  }
  throw new Error(`${name}'s syncs never failed`)
}

describe('claimdesk share, join and sync', () => {
  it('loses nothing when the server is killed while members write and both edit offline', async () => {
    const first = await startServer('0', true)
    const port = new URL(first.url).port
    await mark('ana', 0)
    const shared = await claimdesk(
      ...['share', '--workspace', join(root, 'ana'), '--server', first.url],
      ...['--invite', first.ownerInvite!, '--name', 'ana'],
    )
    expect(shared.code, shared.stderr).toBe(0)
    const invite = await claimdesk(
      ...['invite', '--workspace', join(root, 'ana'), '--role', 'editor', '--name', 'ben'],
    )
    const joined = await claimdesk(
      ...['join', '--workspace', join(root, 'ben'), '--server', first.url],
      ...['--invite', invite.stdout.trim(), '--name', 'ben'],
    )
    expect(joined.code, joined.stderr).toBe(0)

    let syncs = 0
    const writing = ['ana', 'ben'].map((name) => keepMarking(name, () => (syncs += 1)))
    await expect.poll(() => syncs, { timeout: 60_000 }).toBeGreaterThanOrEqual(4)
    await first.stop('SIGKILL')
    const [anaMarked, benMarked] = await Promise.all(writing)

    const offline = await mark('ana', 300)
    await inWorkspace('ben', (workspace) =>
      workspace.handlers['claims.update']({
        articleId: anaMarked![0]!.articleId,
        claimId: anaMarked![0]!.id,
        patch: { claimant: 'changed offline by ben', verdictId: 'mixed' },
      }),
    )
    const unreachable = await sync('ana')
    expect(unreachable.code).toBe(1)
    expect(unreachable.stderr).toMatch(/cannot be reached .*Your changes are kept here/)

    await startServer(port, false)
    for (const name of ['ana', 'ben', 'ana']) {
      const synced = await sync(name)
      expect(synced.code, synced.stderr).toBe(0)
    }
    const [ana, ben] = await Promise.all([claimsOf('ana'), claimsOf('ben')])
    expect(byId(ben)).toEqual(byId(ana))
    const ids = new Set(ana.map((claim) => claim.id))
    const written = [...anaMarked!, ...benMarked!, offline]
    expect(written.filter((claim) => !ids.has(claim.id))).toEqual([])
    expect(ana.find((claim) => claim.id === anaMarked![0]!.id)).toMatchObject({
      claimant: 'changed offline by ben',
      verdictId: 'mixed',
    })
  })

  it('shares and syncs a workspace the app has open, through the app', async () => {
    const server = await startServer('0', true)
    const host = await startHostProcess(hostEntry, join(root, 'app'))
    hosts.push(host)
    const folder = join(root, 'app', 'workspace')
    await expect
      .poll(async () => isWorkspaceFolder(folder) && (await readLock(folder))?.app)
      .toBe('browser host')
    const shared = await claimdesk(
      ...['share', '--workspace', folder, '--server', server.url],
      ...['--invite', server.ownerInvite!, '--name', 'ana'],
    )
    expect(shared.code, shared.stderr).toBe(0)
    const invite = await claimdesk(
      ...['invite', '--workspace', folder, '--role', 'checker', '--name', 'cy'],
    )
    const joined = await claimdesk(
      ...['join', '--workspace', join(root, 'cy'), '--server', server.url],
      ...['--invite', invite.stdout.trim(), '--name', 'cy'],
    )
    expect(joined.code, joined.stderr).toBe(0)
    const marked = await mark('cy', 1)
    expect((await sync('cy')).code).toBe(0)
    const synced = await sync(join('app', 'workspace'))
    expect(synced, synced.stderr).toMatchObject({ code: 0 })
    const listed = await claimdesk('claims', '--workspace', folder)
    expect(listed.stdout).toContain(marked.id)
  })
})
