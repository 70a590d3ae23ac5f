import { callNames, type CallContext, type CallName, type Handlers } from '../../shared/contract'

/**
 * Handlers that answer once `ready` has given the real ones, so a server can start listening (and
 * serve the page) while the workspace is still opening; every call waits for it, and fails as it does.
 */
export function handlersWhenReady(ready: Promise<Handlers>): Handlers {
  // A workspace that fails to open before any call is the caller's to report, not an unhandled rejection.
  ready.catch(() => undefined)
  const waiting = (name: CallName) => async (input: never, context?: CallContext) => {
    const handlers = await ready
    return (handlers[name] as (input: never, context?: CallContext) => unknown)(input, context)
  }
  return Object.fromEntries(callNames.map((name) => [name, waiting(name)])) as unknown as Handlers
}
