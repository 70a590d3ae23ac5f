import { mkdir } from 'node:fs/promises'
import type { AddressInfo } from 'node:net'
import { join } from 'node:path'
import {
  Connection,
  Server,
  type beforeHandleMessagePayload,
  type onAuthenticatePayload,
  type onLoadDocumentPayload,
} from '@hocuspocus/server'
import * as Y from 'yjs'
import { canWrite, DeskDocumentName, type MemberClaims } from '../../../shared/desk-model'
import { approvalRefusal } from './approval-guard'
import { deskChangeNotices } from './desk-change-notices'
import { answerDeskRequest } from './desk-http'
import { DeskMembers } from './desk-members'
import { fileDocumentStore, type DocumentStore } from './document-store'
import { incomingUpdateOf } from './incoming-update'
import { loadServerSecret, readMemberToken } from './member-tokens'
import { DeskRedis } from './desk-redis'
import { openPostgresDocumentStore } from './postgres-document-store'

export type DeskServerOptions = {
  dataDir: string
  port: number
  host: string
  /** A PostgreSQL connection URL to keep the documents in, instead of the data folder. */
  postgres?: string
  /** A Redis URL joining this instance to the others serving the same desk. */
  redis?: string
}

export type RunningDeskServer = {
  url: string
  members: DeskMembers
  /** The owner's invite, made on the first start of an empty data folder. */
  ownerInvite: string | null
  close(): Promise<void>
}

const hasChanges = (update: Uint8Array) => {
  const { structs, ds } = Y.decodeUpdate(update)
  return structs.length > 0 || ds.clients.size > 0
}

/** Stores what a member's message would change, before Hocuspocus applies and acknowledges it. */
async function storeIncoming(store: DocumentStore, payload: beforeHandleMessagePayload) {
  if (payload.connection.readOnly) return
  const update = incomingUpdateOf(payload.update)
  if (!update) return
  const news = Y.diffUpdate(update, Y.encodeStateVector(payload.document))
  if (hasChanges(news)) await store.append(payload.documentName, news)
}

/** Runs each call after the previous one settles, so members' messages are acknowledged in order. */
function inTurn<T>(work: (input: T) => Promise<void>): (input: T) => Promise<void> {
  let queue = Promise.resolve()
  return (input) => {
    const done = queue.then(() => work(input))
    queue = done.catch(() => {})
    return done
  }
}

/**
 * The desk server: Hocuspocus serving the desk's Yjs documents to its members. Each document is
 * kept in a DocumentStore (the data folder, or PostgreSQL); an update is stored before it is
 * acknowledged.
 */
export async function startDeskServer(options: DeskServerOptions): Promise<RunningDeskServer> {
  const documentsDir = join(options.dataDir, 'documents')
  await mkdir(documentsDir, { recursive: true, mode: 0o700 })
  const secret = await loadServerSecret(options.dataDir)
  const members = await DeskMembers.open(options.dataDir, secret)
  const ownerInvite = members.isEmpty ? await members.invite('owner', 'owner') : null
  const store = options.postgres
    ? await openPostgresDocumentStore(options.postgres)
    : fileDocumentStore(documentsDir)
  const storing = inTurn((payload: beforeHandleMessagePayload) => storeIncoming(store, payload))
  const notices = deskChangeNotices(() => server.hocuspocus)
  const server = new Server({
    port: options.port,
    address: options.host,
    quiet: true,
    stopOnSignals: false,
    extensions: options.redis ? [new DeskRedis(options.redis)] : [],
    async onAuthenticate({ token, documentName, connectionConfig }: onAuthenticatePayload) {
      const claims = readMemberToken(secret, token)
      if (!claims || !members.isActive(claims.memberId)) throw new Error('not a member')
      if (!DeskDocumentName.safeParse(documentName).success) throw new Error('no such document')
      connectionConfig.readOnly = !canWrite(claims.role)
      return { member: claims }
    },
    async onLoadDocument({ document, documentName }: onLoadDocumentPayload) {
      const state = await store.load(documentName)
      if (state) Y.applyUpdate(document, state)
      // Members' changes are stored before they are applied; these come from anywhere else.
      document.on('update', (update: Uint8Array, origin: unknown) => {
        if (origin instanceof Connection) return
        store.append(documentName, update).catch((error: Error) => {
          console.error(`claimdesk: could not store a change to ${documentName}: ${error.message}`)
        })
      })
      return document
    },
    async beforeHandleMessage(payload) {
      // A member revoked while connected is cut off; this refuses what they sent meanwhile.
      const member = (payload.context as { member?: MemberClaims }).member
      if (!member || !members.isActive(member.memberId)) throw new Error('not a member')
      const update = incomingUpdateOf(payload.update)
      const refusal = update && approvalRefusal(update, member)
      if (refusal) throw Object.assign(new Error(refusal), { code: 4403, reason: refusal })
      await storing(payload)
    },
    async onChange({ documentName, context, transactionOrigin }) {
      // A change that came through Redis was told of by the instance its member is connected to.
      if (!(transactionOrigin instanceof Connection)) return
      notices.changed(documentName, (context as { member?: { name: string } }).member?.name)
    },
    async afterUnloadDocument({ documentName }) {
      await store.unload(documentName)
    },
    async onRequest({ request, response }) {
      if (await answerDeskRequest({ members, secret, disconnect }, request, response)) throw null
    },
  })
  function disconnect(memberId: string) {
    for (const document of server.hocuspocus.documents.values())
      for (const connection of document.getConnections())
        if ((connection.context as { member?: { memberId: string } }).member?.memberId === memberId)
          connection.close({ code: 4401, reason: 'revoked' })
  }
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
      notices.stop()
      await server.destroy()
      await store.close()
    },
  }
}
