import { distinctEvents, type UndoResult } from '../../../shared/change-events'
import type { ChangeJournal } from './change-journal'
import { replayChanges, type Direction, type ReplayTarget } from './replay-changes'
import { eventOf, isUndoable, type StoreChange } from './store-change'
import { UndoLog } from './undo-log'

/** Undo and redo on the main side: each client's own changes, taken back through the journal. */
export class UndoService {
  private readonly log = new UndoLog()
  private readonly steps = new Map<string, Promise<unknown>>()

  constructor(
    private readonly journal: ChangeJournal,
    private readonly target: ReplayTarget,
  ) {}

  /** Keeps what a client's call changed, so that client can undo it. */
  record(clientId: string, label: string, changes: readonly StoreChange[]): void {
    const undoable = changes.filter(isUndoable)
    if (undoable.length > 0) this.log.record(clientId, { label, changes: undoable })
  }

  state(clientId: string) {
    return this.log.state(clientId)
  }

  /**
   * Undoes (or redoes) the client's latest change, after every change the client has on its way,
   * so an undo sent right behind a change undoes that change.
   */
  step(clientId: string, direction: Direction): Promise<UndoResult> {
    const previous = this.steps.get(clientId) ?? Promise.resolve()
    const next = previous.catch(() => undefined).then(() => this.stepNow(clientId, direction))
    this.steps.set(clientId, next)
    return next
  }

  private async stepNow(clientId: string, direction: Direction): Promise<UndoResult> {
    await this.journal.writesOf(clientId)
    const { value, changes } = await this.journal.write(clientId, async (made) => {
      const entry = direction === 'undo' ? this.log.nextUndo(clientId) : this.log.nextRedo(clientId)
      if (!entry) return { label: null, skipped: [] }
      const skipped = await replayChanges(this.target, entry.changes, direction)
      this.settle(clientId, direction, made.length > 0)
      return { label: entry.label, skipped }
    })
    return {
      ...value,
      changes: distinctEvents(changes.map(eventOf)),
      state: this.log.state(clientId),
    }
  }

  /** A change that could not be taken back at all (all of it changed since) leaves the history. */
  private settle(clientId: string, direction: Direction, isApplied: boolean): void {
    if (!isApplied) this.log.drop(clientId, direction)
    else if (direction === 'undo') this.log.undone(clientId)
    else this.log.redone(clientId)
  }
}
