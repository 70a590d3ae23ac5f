/** One undoable change: `redo` re-applies it after an undo (it may differ from the first run). */
export type UndoEntry = { label: string; undo: () => Promise<void>; redo: () => Promise<void> }

/** Linear undo history; an entry runs at most once at a time and new work clears the redo branch. */
export class UndoStack {
  private readonly done: UndoEntry[] = []
  private readonly undone: UndoEntry[] = []
  private isBusy = false

  constructor(private readonly limit = 200) {}

  push(entry: UndoEntry): void {
    this.done.push(entry)
    if (this.done.length > this.limit) this.done.shift()
    this.undone.length = 0
  }

  /** Forgets everything, for when the changes no longer apply (another workspace was opened). */
  clear(): void {
    this.done.length = 0
    this.undone.length = 0
  }

  get canUndo(): boolean {
    return this.done.length > 0 && !this.isBusy
  }

  get canRedo(): boolean {
    return this.undone.length > 0 && !this.isBusy
  }

  get nextUndoLabel(): string | undefined {
    return this.done.at(-1)?.label
  }

  get nextRedoLabel(): string | undefined {
    return this.undone.at(-1)?.label
  }

  /** Undoes the latest change; if undoing fails, the entry stays where it was. */
  async undo(): Promise<string | undefined> {
    return this.move(this.done, this.undone, 'undo')
  }

  async redo(): Promise<string | undefined> {
    return this.move(this.undone, this.done, 'redo')
  }

  private async move(
    from: UndoEntry[],
    to: UndoEntry[],
    step: 'undo' | 'redo',
  ): Promise<string | undefined> {
    const entry = from.at(-1)
    if (!entry || this.isBusy) return undefined
    this.isBusy = true
    try {
      await entry[step]()
      from.pop()
      to.push(entry)
      return entry.label
    } finally {
      this.isBusy = false
    }
  }
}
