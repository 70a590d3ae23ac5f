import { randomUUID } from 'node:crypto'
import type { TaskProgress } from '../../../shared/change-events'
import { ServiceError } from '../../../shared/result'

/** What a piece of background work sees of itself: whether to stop, and where to report progress. */
export type RunningTask = {
  signal: AbortSignal
  /** How much is done (and, when it became known, of how much). */
  advance(done: number, total?: number | null): void
}

/** Work too small to show (one file): it cannot be cancelled, and reports to no one. */
export const unseenTask = (): RunningTask => ({
  signal: new AbortController().signal,
  advance: () => {},
})

/** Progress goes out at most this often per task, so a thousand files make a few dozen events. */
const REPORT_EVERY_MS = 150

type Entry = { controller: AbortController; progress: TaskProgress; reportedAt: number }

const isCancellation = (error: unknown, signal: AbortSignal) =>
  signal.aborted || (error instanceof ServiceError && error.code === 'cancelled')

/**
 * The workspace's background work (imports, analysis, large reports): each piece gets an id, an
 * AbortSignal that `cancel` aborts, and progress events that every window hears.
 */
export class TaskBoard {
  private readonly running = new Map<string, Entry>()

  constructor(private readonly publish: (progress: TaskProgress) => void) {}

  async run<T>(
    label: string,
    total: number | null,
    work: (task: RunningTask) => Promise<T>,
  ): Promise<T> {
    const taskId = randomUUID()
    const controller = new AbortController()
    const progress: TaskProgress = {
      kind: 'progress',
      taskId,
      label,
      done: 0,
      total,
      state: 'running',
    }
    const entry: Entry = { controller, progress, reportedAt: Date.now() }
    this.running.set(taskId, entry)
    this.publish(progress)
    const advance = (done: number, newTotal?: number | null) => {
      entry.progress = {
        ...entry.progress,
        done,
        total: newTotal === undefined ? entry.progress.total : newTotal,
      }
      if (Date.now() - entry.reportedAt < REPORT_EVERY_MS) return
      entry.reportedAt = Date.now()
      this.publish(entry.progress)
    }
    try {
      const value = await work({ signal: controller.signal, advance })
      this.finish(entry, controller.signal.aborted ? 'cancelled' : 'done')
      return value
    } catch (error) {
      const state = isCancellation(error, controller.signal) ? 'cancelled' : 'failed'
      // A failure says why; a cancellation was asked for, so it needs no reason beside it.
      this.finish(entry, state, state === 'failed' ? (error as Error).message : undefined)
      throw state === 'cancelled' ? new ServiceError('cancelled', `${label}: cancelled.`) : error
    }
  }

  /** Stops a task; false when there is none of that id running (it ended, or never was). */
  cancel(taskId: string): boolean {
    const entry = this.running.get(taskId)
    if (!entry) return false
    entry.controller.abort()
    return true
  }

  /** Stops every task (the workspace is closing). */
  cancelAll(): void {
    for (const entry of this.running.values()) entry.controller.abort()
  }

  private finish(entry: Entry, state: TaskProgress['state'], message?: string): void {
    this.running.delete(entry.progress.taskId)
    const { total, done } = entry.progress
    const finished = state === 'done' && total !== null ? total : done
    this.publish({ ...entry.progress, done: finished, state, ...(message ? { message } : {}) })
  }
}
