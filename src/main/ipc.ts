import type { IpcMain, IpcMainInvokeEvent } from 'electron'
import { RPC_CHANNEL } from '../shared/bridge'
import type { Handlers } from '../shared/contract'
import { dispatch } from '../shared/dispatch'
import { failure } from '../shared/result'
import { isTrustedSender } from './security'

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
  ipcMain.handle(RPC_CHANNEL, (event, name: unknown, input: unknown) =>
    isTrustedSender(topFrameUrl(event), appUrl)
      ? dispatch(handlers, name, input)
      : failure('forbidden', 'untrusted sender'),
  )
}
