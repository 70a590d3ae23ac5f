import type { IpcMain, IpcMainInvokeEvent, WebContents } from 'electron'
import { CHANGE_CHANNEL, RPC_CHANNEL } from '../shared/bridge'
import { CallOrderStamp, type CallContext, type Handlers } from '../shared/contract'
import { dispatch } from '../shared/dispatch'
import { failure } from '../shared/result'
import { changeMessage, type ChangeFeed } from './core/events/change-feed'
import { windowHandlers } from './core/window-handlers'
import { isTrustedSender } from './security'

/** Each window is a client of its own: its own undo history, its own changes marked as such. */
const windowClientId = (webContentsId: number) => `window-${webContentsId}`

/** The window, and where its change stands among its others (a stamp that is not one is ignored). */
const callerOf = (webContentsId: number, order: unknown): CallContext => {
  const stamp = CallOrderStamp.safeParse(order)
  return { clientId: windowClientId(webContentsId), order: stamp.success ? stamp.data : undefined }
}

/** A subframe never speaks for the app, even one that shows the app's own page. */
export const topFrameUrl = ({
  senderFrame,
}: Pick<IpcMainInvokeEvent, 'senderFrame'>): string | undefined =>
  senderFrame && senderFrame.parent === null ? senderFrame.url : undefined

/** The whole Electron adapter: one channel, the sender checked, then the shared dispatch. */
export function registerRpc(
  ipcMain: Pick<IpcMain, 'handle'>,
  handlers: Handlers,
  appUrl: string,
): void {
  const windowCalls = windowHandlers(handlers)
  ipcMain.handle(RPC_CHANNEL, (event, name: unknown, input: unknown, order: unknown) =>
    isTrustedSender(topFrameUrl(event), appUrl)
      ? dispatch(windowCalls, name, input, callerOf(event.sender.id, order))
      : failure('forbidden', 'untrusted sender'),
  )
}

/** Pushes every change to every open window; a window being torn down is skipped. */
export function forwardChanges(
  feed: ChangeFeed,
  windows: () => Pick<WebContents, 'id' | 'isDestroyed' | 'send'>[],
): () => void {
  return feed.subscribe((item) => {
    for (const contents of windows())
      if (!contents.isDestroyed())
        contents.send(CHANGE_CHANNEL, changeMessage(item, windowClientId(contents.id)))
  })
}
