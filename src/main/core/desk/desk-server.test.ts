import { mkdtemp, rm, stat } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { connectDeskDocument, type DeskConnection } from './desk-connection'
import { startDeskServer, type RunningDeskServer } from './desk-server'

let dataDir: string
let server: RunningDeskServer
const connections: DeskConnection[] = []

const start = () => startDeskServer({ dataDir, port: 0, host: '127.0.0.1' })

async function joinAs(role: 'owner' | 'editor' | 'checker' | 'viewer', name: string) {
  const code = role === 'owner' ? server.ownerInvite! : await server.members.invite(role, name)
  return (await server.members.join(code)).token
}

function connect(token: string) {
  const document = new Y.Doc()
  const connection = connectDeskDocument(server.url, 'index', token, document)
  connections.push(connection)
  return { document, connection, claims: document.getMap<string>('claims') }
}

beforeEach(async () => {
  dataDir = await mkdtemp(join(tmpdir(), 'claimdesk-desk-'))
  server = await start()
})

afterEach(async () => {
  for (const connection of connections.splice(0)) connection.close()
  await server.close()
  await rm(dataDir, { recursive: true, force: true })
})

describe('desk server', () => {
  it('keeps its signing secret readable by its owner only', async () => {
    expect((await stat(join(dataDir, 'server-secret'))).mode & 0o777).toBe(0o600)
  })

  it('brings three members’ edits together', async () => {
    const tokens = [
      await joinAs('owner', 'ana'),
      await joinAs('editor', 'ben'),
      await joinAs('checker', 'cy'),
    ]
    const clients = tokens.map(connect)
    await Promise.all(clients.map(({ connection }) => connection.inStep()))
    clients.forEach(({ claims }, index) => claims.set(`claim-${index}`, `by ${index}`))
    await Promise.all(clients.map(({ connection }) => connection.inStep()))
    await expect.poll(() => clients.map(({ claims }) => claims.size)).toEqual([3, 3, 3])
    expect(clients[2]!.claims.toJSON()).toEqual(clients[0]!.claims.toJSON())
  })

  it('keeps every acknowledged update across a restart', async () => {
    const writer = connect(await joinAs('owner', 'ana'))
    await writer.connection.inStep()
    for (let index = 0; index < 20; index++) writer.claims.set(`claim-${index}`, 'kept')
    await writer.connection.inStep()
    writer.connection.close()
    await server.close()
    server = await start()
    expect(server.ownerInvite).toBeNull()
    const reader = connect(
      await server.members
        .join(await server.members.invite('viewer', 'vi'))
        .then((joined) => joined.token),
    )
    await reader.connection.inStep()
    expect(reader.claims.size).toBe(20)
  })

  it('refuses a viewer’s write', async () => {
    const owner = connect(await joinAs('owner', 'ana'))
    const viewer = connect(await joinAs('viewer', 'vi'))
    await Promise.all([owner.connection.inStep(), viewer.connection.inStep()])
    viewer.claims.set('claim-v', 'from a viewer')
    owner.claims.set('claim-o', 'from the owner')
    await owner.connection.inStep()
    await expect.poll(() => viewer.claims.get('claim-o')).toBe('from the owner')
    expect(viewer.connection.provider.hasUnsyncedChanges).toBe(true)
    expect(owner.claims.has('claim-v')).toBe(false)
  })

  it('takes an approval from an editor and refuses one from a checker, closing its connection', async () => {
    const editor = connect(await joinAs('editor', 'ed'))
    const checker = connect(await joinAs('checker', 'cy'))
    await Promise.all([editor.connection.inStep(), checker.connection.inStep()])
    const approve = (document: Y.Doc, id: string) =>
      document.transact(() => {
        const claim = new Y.Map<unknown>()
        document.getMap<Y.Map<unknown>>('claims').set(id, claim)
        claim.set('approval', { by: 'ed', at: '2026-12-06T10:00:00Z' })
      })
    approve(editor.document, 'claim-e')
    await editor.connection.inStep()
    const closed = new Promise<string>((resolve) =>
      checker.connection.provider.on('close', ({ event }: { event: { reason: string } }) =>
        resolve(event.reason),
      ),
    )
    approve(checker.document, 'claim-c')
    expect(await closed).toMatch(/cy is a checker: only an editor or the owner approves/)
    const seen = connect(await joinAs('viewer', 'vi'))
    await seen.connection.inStep()
    const claims = seen.document.getMap<Y.Map<unknown>>('claims')
    expect(claims.get('claim-e')?.get('approval')).toMatchObject({ by: 'ed' })
    expect(claims.has('claim-c')).toBe(false)
  })

  it('refuses a revoked member, a forged token and a used invite', async () => {
    await joinAs('owner', 'ana')
    const code = await server.members.invite('editor', 'ben')
    const { token } = await server.members.join(code)
    await expect(server.members.join(code)).rejects.toThrow(/already used/)
    await server.members.revoke('ben')
    expect(await connect(token).connection.refused).toBeTruthy()
    const forged = `${token.split('.')[0]}.${'A'.repeat(43)}`
    expect(await connect(forged).connection.refused).toBeTruthy()
  })
})
