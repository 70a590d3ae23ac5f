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

/** Connects one Y.Doc to a desk server document as the member holding `token`. */
export function connectDeskDocument(
  url: string,
  name: string,
  token: string,
  document: Y.Doc,
): DeskConnection {
  const websocketProvider = new HocuspocusProviderWebsocket({
    url,
    WebSocketPolyfill: WebSocket,
    // A refused member is told once; retrying would only be refused again.
    maxAttempts: 1,
    // Connected below, once a failed attempt can no longer go unhandled.
    autoConnect: false,
  })
  let isClosed = false
  // The provider reconnects from a timer, even once destroyed, and leaves a failed attempt's
  // promise unhandled; the connection's state is told by its status events instead.
  const connect = websocketProvider.connect.bind(websocketProvider)
  websocketProvider.connect = () => (isClosed ? Promise.resolve() : connect().catch(() => {}))
  let refuse: (reason: string) => void = () => {}
  const refused = new Promise<string>((resolve) => (refuse = resolve))
  const provider = new HocuspocusProvider({
    websocketProvider,
    name,
    token,
    document,
    onAuthenticationFailed: ({ reason }) => refuse(reason),
  })
  provider.attach()
  void websocketProvider.connect()
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
      isClosed = true
      provider.destroy()
      websocketProvider.destroy()
    },
  }
}
