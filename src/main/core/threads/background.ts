import type { TaskBoard } from '../tasks/task-board'
import { TaskBoard as Board } from '../tasks/task-board'
import type { PoolJobs } from './pool-jobs'
import { WorkerPool } from './worker-pool'

/** Where a workspace's heavy work runs (the pool's threads) and how it is shown (its tasks). */
export type Background = { pool: WorkerPool<PoolJobs>; tasks: TaskBoard }

/** The pool's jobs, loaded on this thread when there is no worker script. */
export const inlinePoolJobs = async (): Promise<PoolJobs> => (await import('./pool-jobs')).POOL_JOBS

/** Worker threads from `script` (or this thread without one), and tasks whose progress goes to `publish`. */
export function startBackground(
  script: string | null,
  publish: ConstructorParameters<typeof Board>[0],
): Background {
  return { pool: WorkerPool.of(script, 'pool', inlinePoolJobs), tasks: new Board(publish) }
}

/** Work done on this thread, shown nowhere: for a service used on its own (a CLI report). */
export const quietBackground = (): Background => startBackground(null, () => {})
