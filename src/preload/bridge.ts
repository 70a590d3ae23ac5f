import type { DeskBridge, WindowBridge } from '../shared/bridge'
import { ChangeMessage } from '../shared/change-events'
import { isCommandId, type CommandId } from '../shared/commands'
import { CallOrderStamp, isCallName } from '../shared/contract'
import { messageOf } from '../shared/message-of'
import { failure, type Result } from '../shared/result'

export type InvokeRpc = (name: string, input: unknown, order?: unknown) => Promise<Result<unknown>>
/** Subscribes to raw messages on one channel; returns the unsubscribe. The event object never leaves the preload. */
export type Subscribe = (onMessage: (message: unknown) => void) => () => void

/** The object the preload exposes: only contract names, command ids and change messages get through; failures stay data. */
export function createBridge(
  invokeRpc: InvokeRpc,
  subscribeMenu: Subscribe,
  subscribeChanges: Subscribe,
): Omit<DeskBridge, keyof WindowBridge> {
  return Object.freeze({
    async invoke(name: string, input: unknown, order?: unknown): Promise<Result<unknown>> {
      if (!isCallName(name))
        return failure('unknown-call', `There is no call named "${String(name)}".`)
      const stamp = CallOrderStamp.safeParse(order)
      try {
        return stamp.success
          ? await invokeRpc(name, input, stamp.data)
          : await invokeRpc(name, input)
      } catch (error) {
        return failure('internal', `${name} could not reach the desk: ${messageOf(error)}`)
      }
    },
    onMenuCommand(listener: (id: CommandId) => void): () => void {
      if (typeof listener !== 'function') throw new TypeError('onMenuCommand needs a function')
      return subscribeMenu((id) => {
        if (isCommandId(id)) listener(id)
      })
    },
    onChange(listener: (message: ChangeMessage) => void): () => void {
      if (typeof listener !== 'function') throw new TypeError('onChange needs a function')
      return subscribeChanges((message) => {
        const parsed = ChangeMessage.safeParse(message)
        if (parsed.success) listener(parsed.data)
      })
    },
  })
}
