import { parentPort } from 'node:worker_threads'
import { serveCalls } from '../threads/thread-calls'
import { searchThreadApi } from './search-thread-api'

/** The entry of the search thread (bundled to out/main/search-worker.js): the index lives here. */
if (parentPort) serveCalls(parentPort, searchThreadApi())
