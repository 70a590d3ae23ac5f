import { HocuspocusProvider, HocuspocusProviderWebsocket } from '@hocuspocus/provider'
import { WebSocket } from 'ws'
import type * as Y from 'yjs'

export type DeskConnection = {
  provider: HocuspocusProvider
  /** Resolves once the document is synced and the server has acknowledged every local change. */
  inStep(): Promise<void>
  /** Resolves with the server's reason when it refuses this member. */
  refused: Promise<string>
  close(): void
}

export type DeskSocket = HocuspocusProviderWebsocket

/**
 * One WebSocket to a desk server, which many document connections can share (`connectDeskDocument`),
 * as a sync does; its owner connects it (`connect()`) and destroys it. It tries to connect once: a
 * refused member is told once, retrying would only be refused again.
 */
export function openDeskSocket(url: string): DeskSocket {
  const socket = new HocuspocusProviderWebsocket({
    url,
    WebSocketPolyfill: WebSocket,
    maxAttempts: 1,
    // Connected below, once a failed attempt can no longer go unhandled.
    autoConnect: false,
  })
  let isClosed = false
  // The provider reconnects from a timer, even once destroyed, and leaves a failed attempt's
  // promise unhandled; the connection's state is told by its status events instead.
  const connect = socket.connect.bind(socket)
  socket.connect = () => (isClosed ? Promise.resolve() : connect().catch(() => {}))
  socket.on('destroy', () => (isClosed = true))
  return socket
}

/**
 * Connects one Y.Doc to a desk server document as the member holding `token`, over `socket` when
 * given (closing the connection then leaves the socket to its owner), else over a socket of its own.
 * A connection that only syncs (`withPresence` false) tells the others nothing of itself.
 */
export function connectDeskDocument(
  url: string,
  name: string,
  token: string,
  document: Y.Doc,
  { socket, withPresence = true }: { socket?: DeskSocket; withPresence?: boolean } = {},
): DeskConnection {
  const websocketProvider = socket ?? openDeskSocket(url)
  let refuse: (reason: string) => void = () => {}
  const refused = new Promise<string>((resolve) => (refuse = resolve))
  const provider = new HocuspocusProvider({
    websocketProvider,
    name,
    token,
    document,
    ...(withPresence ? {} : { awareness: null }),
    onAuthenticationFailed: ({ reason }) => refuse(reason),
  })
  provider.attach()
  // A shared socket is connected by its owner, once.
  if (!socket) void websocketProvider.connect()
  const inStep = () =>
    new Promise<void>((resolve) => {
      const check = () => {
        if (!provider.isSynced || provider.hasUnsyncedChanges) return
        provider.off('synced', check)
        provider.off('unsyncedChanges', check)
        resolve()
      }
      provider.on('synced', check)
      provider.on('unsyncedChanges', check)
      check()
    })
  return {
    provider,
    inStep,
    refused,
    close: () => {
      provider.destroy()
      if (!socket) websocketProvider.destroy()
    },
  }
}
