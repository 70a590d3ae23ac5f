import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import pg from 'pg'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { startPostgresCluster, type PostgresCluster } from '../../testing/postgres-cluster'
import { connectDeskDocument } from './desk-connection'
import { startDeskServer } from './desk-server'

let cluster: PostgresCluster
let dataDir: string

beforeAll(async () => {
  cluster = await startPostgresCluster()
  dataDir = await mkdtemp(join(tmpdir(), 'claimdesk-desk-pg-'))
}, 120_000)

afterAll(async () => {
  await cluster?.stop()
  await rm(dataDir, { recursive: true, force: true })
})

async function rowsOf(document: string): Promise<number> {
  const client = new pg.Client({ connectionString: cluster.url })
  await client.connect()
  try {
    const { rows } = await client.query<{ count: string }>(
      'select count(*) from claimdesk_desk_updates where document = $1',
      [document],
    )
    return Number(rows[0]!.count)
  } finally {
    await client.end()
  }
}

const start = () => startDeskServer({ dataDir, port: 0, host: '127.0.0.1', postgres: cluster.url })

describe('a desk kept in PostgreSQL', () => {
  it('stores each acknowledged update as a row, and compacts them when it loads', async () => {
    const server = await start()
    const { token } = await server.members.join(server.ownerInvite!)
    const document = new Y.Doc()
    const writer = connectDeskDocument(server.url, 'index', token, document)
    await writer.inStep()
    const claims = document.getMap<string>('claims')
    for (let index = 0; index < 20; index++) {
      claims.set(`claim-${index}`, 'kept')
      await writer.inStep()
    }
    expect(await rowsOf('index')).toBeGreaterThanOrEqual(20)
    writer.close()
    await server.close()

    const restarted = await start()
    const reader = new Y.Doc()
    const reading = connectDeskDocument(restarted.url, 'index', token, reader)
    await reading.inStep()
    expect(reader.getMap('claims').size).toBe(20)
    expect(await rowsOf('index')).toBe(1)
    reading.close()
    await restarted.close()
  })

  it('keeps nothing a viewer sends', async () => {
    const server = await start()
    const { token } = await server.members.join(await server.members.invite('viewer', 'vi'))
    const before = await rowsOf('article-a1')
    const document = new Y.Doc()
    const viewer = connectDeskDocument(server.url, 'article-a1', token, document)
    await expect.poll(() => viewer.provider.isSynced).toBe(true)
    document.getMap('claims').set('claim-v', 'from a viewer')
    await expect.poll(() => viewer.provider.hasUnsyncedChanges).toBe(true)
    expect(await rowsOf('article-a1')).toBe(before)
    viewer.close()
    await server.close()
  })
})
