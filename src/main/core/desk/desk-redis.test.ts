import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { startRedisServer, type RedisServer } from '../../testing/redis-server'
import { connectDeskDocument, type DeskConnection } from './desk-connection'
import { startDeskServer, type RunningDeskServer } from './desk-server'

let redis: RedisServer
const folders: string[] = []
const servers: RunningDeskServer[] = []
const connections: DeskConnection[] = []

/** One more desk server instance joined through Redis, and a member writing to it. */
async function instanceWithMember(name = 'owner') {
  const dataDir = await mkdtemp(join(tmpdir(), 'claimdesk-desk-redis-'))
  folders.push(dataDir)
  const server = await startDeskServer({ dataDir, port: 0, host: '127.0.0.1', redis: redis.url })
  servers.push(server)
  const { token } = await server.members.join(server.ownerInvite!, name)
  const connect = async (documentName: string) => {
    const document = new Y.Doc()
    const connection = connectDeskDocument(server.url, documentName, token, document)
    connections.push(connection)
    await connection.inStep()
    return { connection, document }
  }
  const { connection, document } = await connect('index')
  return { connection, claims: document.getMap<string>('claims'), connect }
}

beforeEach(async () => {
  redis = await startRedisServer()
})

afterEach(async () => {
  for (const connection of connections.splice(0)) connection.close()
  for (const server of servers.splice(0)) await server.close()
  await redis.dispose()
  for (const folder of folders.splice(0)) await rm(folder, { recursive: true, force: true })
})

describe('desk server instances joined through Redis', () => {
  it('bring the edits of members on different instances together', async () => {
    const [ana, ben] = [await instanceWithMember(), await instanceWithMember()]
    ana.claims.set('claim-a', 'from ana')
    ben.claims.set('claim-b', 'from ben')
    await expect.poll(() => [ana.claims.size, ben.claims.size], { timeout: 10_000 }).toEqual([2, 2])
  })

  it('catch up on what was written while Redis was away, once it is back', async () => {
    const [ana, ben] = [await instanceWithMember(), await instanceWithMember()]
    await redis.stop()
    ana.claims.set('claim-a', 'while Redis was away')
    ben.claims.set('claim-b', 'while Redis was away')
    await Promise.all([ana.connection.inStep(), ben.connection.inStep()])
    expect([ana.claims.has('claim-b'), ben.claims.has('claim-a')]).toEqual([false, false])
    await redis.start()
    await expect
      .poll(() => [ana.claims.has('claim-b'), ben.claims.has('claim-a')], { timeout: 20_000 })
      .toEqual([true, true])
    expect(ana.claims.toJSON()).toEqual(ben.claims.toJSON())
  })

  it('tell the members on every instance, at once, which documents a member changed', async () => {
    const [ana, ben] = [await instanceWithMember('ana'), await instanceWithMember('ben')]
    const notices: unknown[] = []
    ben.connection.provider.on('stateless', ({ payload }: { payload: string }) =>
      notices.push(JSON.parse(payload)),
    )
    const article = await ana.connect('article-a1')
    article.document.getMap('claims').set('claim-a', 'from ana')
    await expect
      .poll(() => notices, { timeout: 10_000 })
      .toContainEqual({ kind: 'changed', documents: ['article-a1'], by: ['ana'] })
  })
})
