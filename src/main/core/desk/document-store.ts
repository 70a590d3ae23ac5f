import { join } from 'node:path'
import { UpdateLog } from './update-log'

/** Where a desk server keeps its documents: each one's Yjs updates, durable before it answers. */
export interface DocumentStore {
  /** The document's state (its updates merged, and compacted where they are kept), or null. */
  load(name: string): Promise<Uint8Array | null>
  /** Resolves once the update would survive a crash of this process. */
  append(name: string, update: Uint8Array): Promise<void>
  /** Lets go of one document's storage, once no member has it open. */
  unload(name: string): Promise<void>
  close(): Promise<void>
}

/** Documents as fsync'd update logs in a folder, one file each. */
export function fileDocumentStore(folder: string): DocumentStore {
  const logs = new Map<string, UpdateLog>()
  const logOf = (name: string) => {
    const log = logs.get(name)
    if (!log) throw new Error(`The document ${name} is not open.`)
    return log
  }
  return {
    async load(name) {
      const { log, state } = await UpdateLog.open(join(folder, `${name}.ylog`))
      logs.get(name)?.close()
      logs.set(name, log)
      return state
    },
    async append(name, update) {
      logOf(name).append(update)
    },
    async unload(name) {
      logs.get(name)?.close()
      logs.delete(name)
    },
    async close() {
      for (const log of logs.values()) log.close()
      logs.clear()
    },
  }
}
