import type { DeskBridge } from '../shared/bridge'
import { isCallName } from '../shared/contract'
import { failure, type Result } from '../shared/result'

export type InvokeRpc = (name: string, input: unknown) => Promise<Result<unknown>>

const describeError = (error: unknown): string =>
  error instanceof Error ? error.message : String(error)

/** The object the preload exposes: only contract names get through, and failures stay data. */
export function createBridge(invokeRpc: InvokeRpc): DeskBridge {
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
  })
}
