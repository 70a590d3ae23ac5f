import { parentPort } from 'node:worker_threads'
import { POOL_JOBS } from './pool-jobs'
import { serveCalls } from './thread-calls'

/** The entry of each pool worker thread (bundled to out/main/pool-worker.js). */
if (parentPort) serveCalls(parentPort, POOL_JOBS)
