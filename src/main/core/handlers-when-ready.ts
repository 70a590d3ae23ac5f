import { callNames, type CallName, type Handlers } from '../../shared/contract'

/**
 * Handlers that answer once `ready` has given the real ones, so a server can start listening (and
 * serve the page) while the desk is still opening; every call waits for it, and fails as it does.
 */
export function handlersWhenReady(ready: Promise<Handlers>): Handlers {
  // A desk that fails to open before any call is the caller's to report, not an unhandled rejection.
  ready.catch(() => undefined)
  const waiting = (name: CallName) => async (input: never) => {
    const handlers = await ready
    return (handlers[name] as (input: never) => unknown)(input)
  }
  return Object.fromEntries(callNames.map((name) => [name, waiting(name)])) as unknown as Handlers
}
