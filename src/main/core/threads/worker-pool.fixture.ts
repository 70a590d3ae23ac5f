import { parentPort, threadId } from 'node:worker_threads'
import { serveCalls } from './thread-calls'

/** Jobs whose behaviour a test can see from outside: which thread ran them, how long, how they end. */
export const FIXTURE_JOBS = {
  /** Waits `ms`, then says which thread it ran on. */
  whichThread: async ({ ms }: { ms: number }) => {
    await new Promise((resolve) => setTimeout(resolve, ms))
    return threadId
  },
  /** Holds its thread without a turn of the event loop: only ending the thread stops it. */
  spin: ({ ms }: { ms: number }) => {
    const until = Date.now() + ms
    while (Date.now() < until);
    return 'finished'
  },
  fail: ({ message }: { message: string }) => {
    throw new Error(message)
  },
}

export type FixtureJobs = typeof FIXTURE_JOBS

if (parentPort) serveCalls(parentPort, FIXTURE_JOBS)
