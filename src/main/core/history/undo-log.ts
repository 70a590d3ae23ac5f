import type { UndoState } from '../../../shared/change-events'
import type { StoreChange } from './store-change'

/** One change a client made, as the store recorded it: undoing puts each part back as it was. */
export type UndoEntry = { label: string; changes: readonly StoreChange[] }

type History = { done: UndoEntry[]; undone: UndoEntry[] }

/**
 * The undo and redo history of each client (a window, a browser tab, the CLI) on one workspace:
 * a client undoes its own changes, never another's.
 */
export class UndoLog {
  private readonly histories = new Map<string, History>()

  constructor(private readonly limit = 200) {}

  /** A new change: it can be undone, and whatever had been undone can no longer be redone. */
  record(clientId: string, entry: UndoEntry): void {
    const history = this.historyOf(clientId)
    history.done.push(entry)
    if (history.done.length > this.limit) history.done.shift()
    history.undone.length = 0
  }

  nextUndo(clientId: string): UndoEntry | undefined {
    return this.histories.get(clientId)?.done.at(-1)
  }

  nextRedo(clientId: string): UndoEntry | undefined {
    return this.histories.get(clientId)?.undone.at(-1)
  }

  /** The latest change was undone: it moves to the redo side. */
  undone(clientId: string): void {
    const history = this.historyOf(clientId)
    const entry = history.done.pop()
    if (entry) history.undone.push(entry)
  }

  redone(clientId: string): void {
    const history = this.historyOf(clientId)
    const entry = history.undone.pop()
    if (entry) history.done.push(entry)
  }

  /** A change that can no longer be undone (or redone) is forgotten. */
  drop(clientId: string, side: 'undo' | 'redo'): void {
    const history = this.historyOf(clientId)
    ;(side === 'undo' ? history.done : history.undone).pop()
  }

  state(clientId: string): UndoState {
    const history = this.histories.get(clientId)
    return {
      undoLabel: history?.done.at(-1)?.label ?? null,
      redoLabel: history?.undone.at(-1)?.label ?? null,
    }
  }

  private historyOf(clientId: string): History {
    let history = this.histories.get(clientId)
    if (!history) this.histories.set(clientId, (history = { done: [], undone: [] }))
    return history
  }
}
