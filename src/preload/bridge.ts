import type { DeskBridge, WindowBridge } from '../shared/bridge'
import { isCommandId, type CommandId } from '../shared/commands'
import { isCallName } from '../shared/contract'
import { failure, type Result } from '../shared/result'

export type InvokeRpc = (name: string, input: unknown) => Promise<Result<unknown>>
/** Subscribes to raw menu messages; returns the unsubscribe. The event object never leaves the preload. */
export type SubscribeMenu = (onMessage: (id: unknown) => void) => () => void

const describeError = (error: unknown): string =>
  error instanceof Error ? error.message : String(error)

/** The object the preload exposes: only contract names and command ids get through; failures stay data. */
export function createBridge(
  invokeRpc: InvokeRpc,
  subscribeMenu: SubscribeMenu,
): Omit<DeskBridge, keyof WindowBridge> {
  return Object.freeze({
    async invoke(name: string, input: unknown): Promise<Result<unknown>> {
      if (!isCallName(name))
        return failure('unknown-call', `There is no call named "${String(name)}".`)
      try {
        return await invokeRpc(name, input)
      } catch (error) {
        return failure('internal', `${name} could not reach the desk: ${describeError(error)}`)
      }
    },
    onMenuCommand(listener: (id: CommandId) => void): () => void {
      if (typeof listener !== 'function') throw new TypeError('onMenuCommand needs a function')
      return subscribeMenu((id) => {
        if (isCommandId(id)) listener(id)
      })
    },
  })
}
