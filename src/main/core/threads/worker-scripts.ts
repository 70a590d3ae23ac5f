import { existsSync } from 'node:fs'
import { fileURLToPath } from 'node:url'

/** The bundled entries of the worker threads: the pool's and the search index's. */
export type WorkerScripts = { pool: string; search: string }

/**
 * Where the worker entries are, for every entry alike: bundled into out/main beside the Electron
 * entry, the browser host and the CLI (inside the packaged app's archive, which Electron's worker
 * threads read). Null when they are not there (a test bundle of one entry): the work then runs on
 * the main thread.
 */
export function workerScriptsFor(entryUrl: string): WorkerScripts | null {
  const pool = fileURLToPath(new URL('./pool-worker.js', entryUrl))
  const search = fileURLToPath(new URL('./search-worker.js', entryUrl))
  return existsSync(pool) && existsSync(search) ? { pool, search } : null
}
