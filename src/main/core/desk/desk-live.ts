import * as Y from 'yjs'
import { DeskChangedNotice, DeskPresence, type DeskSelection } from '../../../shared/desk-model'
import { connectDeskDocument, type DeskConnection } from './desk-connection'
import { readDeskCredentials, type DeskCredentials } from './desk-credentials'

export type DeskLive = {
  /** Reads the workspace's desk credentials again: connects once it is on a desk, leaves when not. */
  refresh(): Promise<void>
  /** Whether the desk server is connected and telling this workspace of changes now. */
  isLive(): boolean
  /** The other members with the desk open, and the article each is reading. */
  present(): DeskPresence[]
  /** Tells the other members which article this member is reading (null: none), and the selection. */
  reading(articleId: string | null, selection: DeskSelection | null): void
  stop(): void
}

export type DeskLiveEvents = {
  /**
   * Time to sync: another member changed these desk documents, or, with none named, the connection
   * is back after a break (anything may have changed meanwhile).
   */
  onChanged(documents?: readonly string[]): void
  /** Connected or not, or someone came, went or turned to another article. */
  onPresence(): void
}

/** The waits before connecting again after a break: from half a second, doubling, to ten seconds. */
const FIRST_RETRY_MS = 500
const LAST_RETRY_MS = 10_000

const credentialsKey = (credentials: DeskCredentials) =>
  `${credentials.server}\n${credentials.token}`

type PresenceState = { member?: unknown }

/**
 * Keeps one connection to the desk's index open while the app has a shared workspace open. The
 * desk server says there when members change anything, so the workspace syncs at once; the same
 * connection carries presence (Yjs awareness): who has the desk open, on which article. After a
 * break it connects again by itself, and syncs once it is back.
 */
export function keepDeskLive(folder: string, events: DeskLiveEvents): DeskLive {
  let connection: DeskConnection | null = null
  let connectedKey: string | null = null
  let refusedKey: string | null = null
  let isConnected = false
  let reading: Pick<DeskPresence, 'articleId' | 'selection'> = { articleId: null, selection: null }
  let isStopped = false
  let retry: NodeJS.Timeout | null = null
  let retryMs = FIRST_RETRY_MS

  const leave = () => {
    if (retry) clearTimeout(retry)
    retry = null
    connection?.close()
    connection = null
    connectedKey = null
    if (isConnected) {
      isConnected = false
      events.onPresence()
    }
  }

  /** Tries again after a while, longer each time the server stays away. */
  const joinLater = (credentials: DeskCredentials) => {
    leave()
    connectedKey = credentialsKey(credentials)
    retry = setTimeout(() => join(credentials), retryMs)
    retry.unref()
    retryMs = Math.min(retryMs * 2, LAST_RETRY_MS)
  }

  const join = (credentials: DeskCredentials) => {
    retry = null
    const key = credentialsKey(credentials)
    const opened = connectDeskDocument(credentials.server, 'index', credentials.token, new Y.Doc())
    connection = opened
    connectedKey = key
    const { provider } = opened
    const isCurrent = () => connection === opened
    provider.setAwarenessField('member', { name: credentials.name, ...reading })
    provider.on('stateless', ({ payload }: { payload: string }) => {
      const notice = DeskChangedNotice.safeParse(safeJson(payload))
      if (!notice.success) return
      if (notice.data.by.some((name) => name !== credentials.name))
        events.onChanged(notice.data.documents)
    })
    provider.on('synced', () => {
      if (!isCurrent()) return
      isConnected = true
      retryMs = FIRST_RETRY_MS
      // What others did while this member was away is fetched now.
      events.onChanged()
      events.onPresence()
    })
    provider.on('close', () => {
      if (isCurrent() && !isStopped) joinLater(credentials)
    })
    provider.awareness?.on('change', () => {
      if (isCurrent()) events.onPresence()
    })
    void opened.refused.then(() => {
      if (!isCurrent()) return
      refusedKey = key
      leave()
    })
  }

  return {
    async refresh() {
      const credentials = await readDeskCredentials(folder).catch(() => null)
      if (isStopped) return
      const key = credentials && credentialsKey(credentials)
      if (key === connectedKey) return
      leave()
      if (credentials && key !== refusedKey) join(credentials)
    },
    isLive: () => isConnected,
    present() {
      const awareness = connection?.provider.awareness
      if (!awareness || !isConnected) return []
      return [...awareness.getStates()]
        .filter(([clientId]) => clientId !== awareness.clientID)
        .map(([, state]) => DeskPresence.safeParse((state as PresenceState).member))
        .flatMap((parsed) => (parsed.success ? [parsed.data] : []))
    },
    reading(articleId, selection) {
      reading = { articleId, selection }
      const provider = connection?.provider
      const member = provider?.awareness?.getLocalState()?.member as DeskPresence | undefined
      if (provider && member) provider.setAwarenessField('member', { ...member, ...reading })
    },
    stop() {
      isStopped = true
      leave()
    },
  }
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text)
  } catch {
    return null
  }
}
