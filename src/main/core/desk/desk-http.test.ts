import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { connectDeskDocument, type DeskConnection } from './desk-connection'
import { startDeskServer, type RunningDeskServer } from './desk-server'

let dataDir: string
let server: RunningDeskServer
const connections: DeskConnection[] = []

beforeEach(async () => {
  dataDir = await mkdtemp(join(tmpdir(), 'claimdesk-desk-http-'))
  server = await startDeskServer({ dataDir, port: 0, host: '127.0.0.1' })
})

afterEach(async () => {
  for (const connection of connections.splice(0)) connection.close()
  await server.close()
  await rm(dataDir, { recursive: true, force: true })
})

const httpUrl = (path: string) => `${server.url.replace(/^ws/, 'http')}${path}`

async function request(path: string, { token, body }: { token?: string; body?: unknown } = {}) {
  const response = await fetch(httpUrl(path), {
    method: body === undefined ? 'GET' : 'POST',
    headers: {
      'Content-Type': 'application/json',
      ...(token ? { Authorization: `Bearer ${token}` } : {}),
    },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  })
  return { status: response.status, body: (await response.json()) as Record<string, unknown> }
}

async function joinDesk(code: string, name?: string): Promise<string> {
  const joined = await request('/join', { body: { code, ...(name ? { name } : {}) } })
  expect(joined.status).toBe(200)
  return joined.body.token as string
}

async function invite(token: string, role: string, name: string): Promise<string> {
  const made = await request('/invites', { token, body: { role, name } })
  expect(made.status).toBe(200)
  return made.body.code as string
}

describe('the desk server’s member requests', () => {
  it('lets the owner invite members who then join under their names', async () => {
    const owner = await joinDesk(server.ownerInvite!, 'ana')
    await joinDesk(await invite(owner, 'editor', 'ben'))
    await joinDesk(await invite(owner, 'viewer', 'vi'))
    const listed = await fetch(httpUrl('/members'), {
      headers: { Authorization: `Bearer ${owner}` },
    })
    expect(await listed.json()).toEqual([
      { name: 'ana', role: 'owner' },
      { name: 'ben', role: 'editor' },
      { name: 'vi', role: 'viewer' },
    ])
  })

  it('refuses requests without a member token, and invites beyond the member’s role', async () => {
    const owner = await joinDesk(server.ownerInvite!, 'ana')
    const checker = await joinDesk(await invite(owner, 'checker', 'cy'))
    const editor = await joinDesk(await invite(owner, 'editor', 'ben'))
    expect((await request('/members')).status).toBe(403)
    expect((await request('/invites', { body: { role: 'viewer', name: 'x' } })).status).toBe(403)
    const byChecker = await request('/invites', {
      token: checker,
      body: { role: 'viewer', name: 'x' },
    })
    expect(byChecker).toMatchObject({
      status: 403,
      body: { message: 'A checker may not invite a viewer.' },
    })
    expect(
      (await request('/invites', { token: editor, body: { role: 'owner', name: 'y' } })).status,
    ).toBe(403)
    await joinDesk(await invite(editor, 'viewer', 'vi'))
    expect((await request('/revoke', { token: editor, body: { name: 'vi' } })).status).toBe(403)
  })

  it('makes invite codes a command line reads as a value, never starting with "-"', async () => {
    const owner = await joinDesk(server.ownerInvite!, 'ana')
    const codes = [server.ownerInvite!]
    for (let n = 0; n < 300; n++) codes.push(await invite(owner, 'viewer', `viewer-${n}`))
    expect(codes.filter((code) => code.startsWith('-'))).toEqual([])
    expect(new Set(codes).size).toBe(codes.length)
  })

  it('keeps member names unique', async () => {
    const owner = await joinDesk(server.ownerInvite!, 'ana')
    const code = await invite(owner, 'editor', 'ben')
    expect(
      (await request('/invites', { token: owner, body: { role: 'viewer', name: 'ben' } })).status,
    ).toBe(409)
    await joinDesk(code)
    const again = await request('/invites', { token: owner, body: { role: 'viewer', name: 'ana' } })
    expect(again).toMatchObject({ status: 409, body: { code: 'conflict' } })
    const renamed = await request('/join', {
      body: { code: await invite(owner, 'viewer', 'vi'), name: 'ben' },
    })
    expect(renamed.status).toBe(409)
  })

  it('revokes a member: their live connection is closed and their token refused', async () => {
    const owner = await joinDesk(server.ownerInvite!, 'ana')
    const ben = await joinDesk(await invite(owner, 'editor', 'ben'))
    const document = new Y.Doc()
    const live = connectDeskDocument(server.url, 'index', ben, document)
    connections.push(live)
    await live.inStep()
    expect(await request('/revoke', { token: owner, body: { name: 'ben' } })).toMatchObject({
      status: 200,
    })
    await expect.poll(() => live.provider.isSynced).toBe(false)
    document.getMap('claims').set('after', 'revoked')
    expect((await request('/members', { token: ben })).status).toBe(403)
    const again = connectDeskDocument(server.url, 'index', ben, new Y.Doc())
    connections.push(again)
    expect(await again.refused).toBeTruthy()
    const reader = new Y.Doc()
    const reading = connectDeskDocument(server.url, 'index', owner, reader)
    connections.push(reading)
    await reading.inStep()
    expect(reader.getMap('claims').has('after')).toBe(false)
    expect((await request('/revoke', { token: owner, body: { name: 'ben' } })).status).toBe(404)
  })
})
