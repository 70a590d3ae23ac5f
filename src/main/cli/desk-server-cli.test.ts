import { mkdtemp, readdir, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { setTimeout as sleep } from 'node:timers/promises'
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { startPostgresCluster } from '../testing/postgres-cluster'
import { connectDeskDocument, type DeskConnection } from '../core/desk/desk-connection'
import { runClaimdesk } from './cli-test-build'
import { joinDesk, startDeskServerProcess, type DeskServerProcess } from './desk-server-process'

let cli: string
let dataDir: string
const servers: DeskServerProcess[] = []
const connections: DeskConnection[] = []

const start = async (expectInvite = false, more: string[] = []) => {
  const server = await startDeskServerProcess(
    cli,
    ['--data', dataDir, '--port', '0', ...more],
    expectInvite,
  )
  servers.push(server)
  return server
}

function connect(url: string, token: string) {
  const document = new Y.Doc()
  const connection = connectDeskDocument(url, 'index', token, document)
  connections.push(connection)
  return { connection, claims: document.getMap<string>('claims') }
}

/** Writes claims one after another until stopped, counting those the server has acknowledged. */
function keepWriting(writer: ReturnType<typeof connect>, name: string) {
  let written = 0
  let acknowledged = 0
  let isWriting = true
  const { provider } = writer.connection
  // Acknowledgements come in the order the updates were sent, one for each.
  const count = () => {
    if (isWriting) acknowledged = Math.max(acknowledged, written - provider.unsyncedChanges)
  }
  provider.on('unsyncedChanges', count)
  const done = (async () => {
    while (isWriting) {
      writer.claims.set(`${name}-${written}`, 'written')
      written += 1
      await sleep(1)
    }
  })()
  return {
    acknowledged: () => acknowledged,
    stop: async () => {
      isWriting = false
      await done
      return acknowledged
    },
  }
}

/** Members write, the server is killed (SIGKILL), restarted: every acknowledged update is there. */
async function killWhileWriting(more: string[] = []) {
  const server = await start(true, more)
  const owner = await joinDesk(server.url, server.ownerInvite!)
  const writers = ['ana', 'ben', 'cy'].map(() => connect(server.url, owner))
  await Promise.all(writers.map(({ connection }) => connection.inStep()))
  const writing = writers.map((writer, index) => keepWriting(writer, `w${index}`))
  // Killed once every member has had updates acknowledged, while more are on their way.
  await expect
    .poll(() => Math.min(...writing.map((writer) => writer.acknowledged())), { timeout: 20_000 })
    .toBeGreaterThanOrEqual(10)
  await server.stop('SIGKILL')
  const acknowledged = await Promise.all(writing.map((writer) => writer.stop()))
  writers.forEach(({ connection }) => connection.close())
  expect(Math.min(...acknowledged)).toBeGreaterThan(0)

  const restarted = await start(false, more)
  const reader = connect(restarted.url, owner)
  await reader.connection.inStep()
  acknowledged.forEach((count, index) => {
    const missing = Array.from({ length: count }, (_, n) => `w${index}-${n}`).filter(
      (key) => !reader.claims.has(key),
    )
    expect(missing).toEqual([])
  })
}

beforeAll(async () => {
  const { buildCliForTest } = await import('./cli-test-build')
  cli = await buildCliForTest()
}, 60_000)

beforeEach(async () => {
  dataDir = await mkdtemp(join(tmpdir(), 'claimdesk-desk-cli-'))
})

afterEach(async () => {
  for (const connection of connections.splice(0)) connection.close()
  for (const server of servers.splice(0)) await server.stop('SIGKILL')
  await rm(dataDir, { recursive: true, force: true })
})

describe('claimdesk desk-server', () => {
  it('prints its address and the owner invite on first start, and stops cleanly', async () => {
    const first = await start(true)
    expect(first.url).toMatch(/^ws:\/\/127\.0\.0\.1:\d+$/)
    expect(first.ownerInvite).toMatch(/^[A-Za-z0-9_-]{20,}$/)
    expect(await first.stop('SIGTERM')).toBe(0)
    const second = await start()
    expect(second.ownerInvite).toBeNull()
    expect(await second.stop('SIGINT')).toBe(0)
  })

  it('keeps every acknowledged update when it is killed while members write', () =>
    killWhileWriting())

  it('keeps every acknowledged update in PostgreSQL when it is killed', async () => {
    const cluster = await startPostgresCluster()
    try {
      await killWhileWriting(['--postgres', cluster.url])
      expect(await readdir(join(dataDir, 'documents'))).toEqual([])
    } finally {
      await cluster.stop()
    }
  })

  it('says what is wrong with its arguments', async () => {
    const noData = await runClaimdesk(cli, ['desk-server'])
    expect(noData.code).toBe(2)
    expect(noData.stderr).toContain('desk-server needs --data DIR')
    const badPort = await runClaimdesk(cli, ['desk-server', '--data', dataDir, '--port', '70000'])
    expect(badPort.stderr).toContain('--port: "70000" is not a port')
    const badHost = await runClaimdesk(cli, ['desk-server', '--data', dataDir, '--listen', 'all'])
    expect(badHost.stderr).toContain('--listen: "all" is not an IP address')
    const badRedis = await runClaimdesk(cli, ['desk-server', '--data', dataDir, '--redis', 'x:1'])
    expect(badRedis.stderr).toContain('--redis: give a redis://… connection URL.')
  })
})
