import type { Result } from './result'

/** The IPC channel every contract call travels on; the main side validates name and input. */
export const RPC_CHANNEL = 'rpc'

/** The key the preload exposes on `window`; the renderer declares `window.api?: DeskBridge`. */
export const BRIDGE_KEY = 'api'

/** All the renderer gets from the preload: one call, answered with data, never a rejection. */
export type DeskBridge = {
  invoke(name: string, input: unknown): Promise<Result<unknown>>
}
