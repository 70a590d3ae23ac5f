import { mkdir } from 'node:fs/promises'
import type { IncomingMessage, ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import { join } from 'node:path'
import { Server, type onAuthenticatePayload, type onLoadDocumentPayload } from '@hocuspocus/server'
import * as Y from 'yjs'
import { canWrite, DeskDocumentName } from '../../../shared/desk-model'
import { DeskMembers } from './desk-members'
import { loadServerSecret, readMemberToken } from './member-tokens'
import { UpdateLog } from './update-log'

export type DeskServerOptions = { dataDir: string; port: number; host: string }

export type RunningDeskServer = {
  url: string
  members: DeskMembers
  /** The owner's invite, made on the first start of an empty data folder. */
  ownerInvite: string | null
  close(): Promise<void>
}

async function readJson(request: IncomingMessage): Promise<unknown> {
  let text = ''
  for await (const chunk of request) {
    text += chunk
    if (text.length > 10_000) throw new Error('too large')
  }
  return JSON.parse(text)
}

/** POST /join {code}: an invite exchanged for a member token. */
async function answerJoin(
  members: DeskMembers,
  request: IncomingMessage,
  response: ServerResponse,
) {
  try {
    const { code } = (await readJson(request)) as { code?: unknown }
    const joined = await members.join(typeof code === 'string' ? code : '')
    response.writeHead(200, { 'Content-Type': 'application/json' })
    response.end(JSON.stringify(joined))
  } catch (error) {
    response.writeHead(403, { 'Content-Type': 'application/json' })
    response.end(JSON.stringify({ message: (error as Error).message }))
  }
}

/**
 * The desk server: Hocuspocus serving the desk's Yjs documents to its members. Each document is
 * an append-only update log in the data folder; an update is on disk before it is acknowledged.
 */
export async function startDeskServer(options: DeskServerOptions): Promise<RunningDeskServer> {
  const documentsDir = join(options.dataDir, 'documents')
  await mkdir(documentsDir, { recursive: true, mode: 0o700 })
  const secret = await loadServerSecret(options.dataDir)
  const members = await DeskMembers.open(options.dataDir, secret)
  const ownerInvite = members.isEmpty ? await members.invite('owner', 'owner') : null
  const logs = new Map<string, UpdateLog>()
  const server = new Server({
    port: options.port,
    address: options.host,
    quiet: true,
    stopOnSignals: false,
    async onAuthenticate({ token, documentName, connectionConfig }: onAuthenticatePayload) {
      const claims = readMemberToken(secret, token)
      if (!claims || !members.isActive(claims.memberId)) throw new Error('not a member')
      if (!DeskDocumentName.safeParse(documentName).success) throw new Error('no such document')
      connectionConfig.readOnly = !canWrite(claims.role)
      return { member: claims }
    },
    async onLoadDocument({ document, documentName }: onLoadDocumentPayload) {
      const { log, state } = await UpdateLog.open(join(documentsDir, `${documentName}.ylog`))
      if (state) Y.applyUpdate(document, state)
      logs.set(documentName, log)
      // Synchronous, so Hocuspocus acknowledges the update only once it is on disk.
      document.on('update', (update: Uint8Array) => log.append(update))
      return document
    },
    async afterUnloadDocument({ documentName }) {
      logs.get(documentName)?.close()
      logs.delete(documentName)
    },
    async onRequest({ request, response }) {
      if (request.method !== 'POST' || request.url !== '/join') return
      await answerJoin(members, request, response)
      throw null
    },
  })
  // Hocuspocus's listen() passes `address`, which Node ignores (it wants `host`) and so listens on
  // every interface; the desk server listens on the host it is given and nowhere else.
  await new Promise<void>((resolve, reject) => {
    server.httpServer.once('error', reject)
    server.httpServer.listen({ port: options.port, host: options.host }, resolve)
  })
  const { address, port } = server.httpServer.address() as AddressInfo
  return {
    url: `ws://${address}:${port}`,
    members,
    ownerInvite,
    close: async () => {
      await server.destroy()
      for (const log of logs.values()) log.close()
      logs.clear()
    },
  }
}
