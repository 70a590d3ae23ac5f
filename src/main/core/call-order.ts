import { callNames, type CallContext, type CallName, type Handlers } from '../../shared/contract'

/** A call whose predecessor never arrives (its window went away mid-send) waits this long, then runs. */
const LOST_CALL_MS = 5_000

type Run = { done: number; waiting: Map<number, () => void> }

/**
 * Runs each window's numbered calls in the order the window made them, whatever order they
 * arrive in: a window sends its changes at once (so none is lost if it closes), and a change
 * never overtakes the one made before it.
 */
export class CallOrder {
  private readonly runs = new Map<string, Run>()

  constructor(private readonly lostCallMs = LOST_CALL_MS) {}

  /** Waits for the call's turn; the returned function ends it, letting the next one go. */
  async turn(run: string, sequence: number): Promise<() => void> {
    const state = this.stateOf(run)
    if (sequence > state.done + 1) {
      await new Promise<void>((resolve) => {
        const timer = setTimeout(() => {
          state.waiting.delete(sequence)
          resolve()
        }, this.lostCallMs)
        state.waiting.set(sequence, () => {
          clearTimeout(timer)
          resolve()
        })
      })
    }
    return () => {
      state.done = Math.max(state.done, sequence)
      const next = state.waiting.get(state.done + 1)
      state.waiting.delete(state.done + 1)
      next?.()
    }
  }

  private stateOf(run: string): Run {
    let state = this.runs.get(run)
    if (!state) this.runs.set(run, (state = { done: 0, waiting: new Map() }))
    return state
  }
}

/** Every call, with the numbered ones run in their window's order. */
export function inCallOrder(handlers: Handlers, order = new CallOrder()): Handlers {
  const ordered = (name: CallName) => async (input: never, context?: CallContext) => {
    const handler = handlers[name] as (input: never, context?: CallContext) => Promise<unknown>
    if (!context?.order) return handler(input, context)
    const finish = await order.turn(context.order.run, context.order.sequence)
    try {
      return await handler(input, context)
    } finally {
      finish()
    }
  }
  return Object.fromEntries(callNames.map((name) => [name, ordered(name)])) as unknown as Handlers
}
