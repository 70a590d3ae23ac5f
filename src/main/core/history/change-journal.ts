import { AsyncLocalStorage } from 'node:async_hooks'
import { distinctEvents, type ChangeEvent } from '../../../shared/change-events'
import type { WorkspaceStore } from '../workspace/workspace-store'
import { eventOf, type StoreChange } from './store-change'

/** Who made a change: a window's or the CLI's client id, or null for the app's own work (a watched file). */
export type Origin = string | null

export type Publish = (events: ChangeEvent[], origin: Origin) => void

export type Written<T> = { value: T; changes: StoreChange[] }

/**
 * Every write to a workspace passes here: a call from a window or the CLI, an update from a
 * watched file, an undo. What each write changed is collected while it runs (writes may run side
 * by side, so their saves share the disk's flushes), then published once as change events, so
 * every open window hears of it.
 */
export class ChangeJournal {
  private readonly recording = new AsyncLocalStorage<StoreChange[]>()
  private readonly running = new Map<Origin, Set<Promise<unknown>>>()

  constructor(
    store: WorkspaceStore,
    private readonly publish: Publish,
  ) {
    store.onChange((change) => this.record(change))
  }

  /** Runs `task`, resolving with its value and what it changed; the task sees that list as it grows. */
  write<T>(
    origin: Origin,
    task: (changes: readonly StoreChange[]) => Promise<T>,
  ): Promise<Written<T>> {
    const changes: StoreChange[] = []
    const running = this.recording.run(changes, () => task(changes))
    const done = running.finally(() => {
      this.running.get(origin)?.delete(done)
      if (changes.length > 0) this.publish(distinctEvents(changes.map(eventOf)), origin)
    })
    let writes = this.running.get(origin)
    if (!writes) this.running.set(origin, (writes = new Set()))
    writes.add(done)
    return done.then((value) => ({ value, changes }))
  }

  /** Resolves once every write `origin` has started so far has ended (an undo goes after them). */
  async writesOf(origin: Origin): Promise<void> {
    await Promise.allSettled([...(this.running.get(origin) ?? [])])
  }

  /** Resolves once every write started so far has ended. */
  async settled(): Promise<void> {
    await Promise.allSettled([...this.running.values()].flatMap((writes) => [...writes]))
  }

  /** A notice may come from a read running beside a write: it is nobody's change, so it goes out at once. */
  private record(change: StoreChange): void {
    const changes = this.recording.getStore()
    if (changes && change.kind !== 'notice') changes.push(change)
    else this.publish([eventOf(change)], null)
  }
}
