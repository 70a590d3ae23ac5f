import { distinctEvents, type ChangeEvent } from '../../../shared/change-events'
import type { WorkspaceStore } from '../workspace/workspace-store'
import { eventOf, type StoreChange } from './store-change'

/** Who made a change: a window's or the CLI's client id, or null for the app's own work (a watched file). */
export type Origin = string | null

export type Publish = (events: ChangeEvent[], origin: Origin) => void

export type Written<T> = { value: T; changes: StoreChange[] }

/**
 * Every write to a workspace passes here, one at a time: a call from a window or the CLI, an
 * update from a watched file, an undo. What each write changed is collected while it runs, then
 * published once as change events, so every open window hears of it.
 */
export class ChangeJournal {
  private recording: StoreChange[] | null = null
  private tail: Promise<unknown> = Promise.resolve()

  constructor(
    store: WorkspaceStore,
    private readonly publish: Publish,
  ) {
    store.onChange((change) => this.record(change))
  }

  /**
   * Runs `task` after the writes before it; resolves with its value and what it changed. The task
   * sees that list as it grows.
   */
  write<T>(
    origin: Origin,
    task: (changes: readonly StoreChange[]) => Promise<T>,
  ): Promise<Written<T>> {
    const run = async (): Promise<Written<T>> => {
      const changes: StoreChange[] = []
      this.recording = changes
      try {
        return { value: await task(changes), changes }
      } finally {
        this.recording = null
        if (changes.length > 0) this.publish(distinctEvents(changes.map(eventOf)), origin)
      }
    }
    const result = this.tail.then(run, run)
    this.tail = result.catch(() => undefined)
    return result
  }

  /** Resolves once every write started so far has ended. */
  async settled(): Promise<void> {
    await this.tail
  }

  /** A notice may come from a read running beside a write: it is nobody's change, so it goes out at once. */
  private record(change: StoreChange): void {
    if (this.recording && change.kind !== 'notice') this.recording.push(change)
    else this.publish([eventOf(change)], null)
  }
}
