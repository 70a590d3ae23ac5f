import type { Handlers } from '../../../shared/contract'
import type { DeskStatus } from '../../../shared/desk-model'
import { ServiceError } from '../../../shared/result'
import { readDeskCredentials } from './desk-credentials'
import type { DeskLocalStore } from './desk-local-store'
import { syncWorkspace, type SyncOptions } from './desk-sync'

export type TeamDeskCallName = 'desk.status' | 'desk.sync'

type LastSync = Extract<DeskStatus, { isShared: true }>['lastSync']

/**
 * The workspace's team desk calls: its status, and a sync now. One sync runs at a time; a call
 * made while one runs waits for it and gets its outcome.
 */
export function teamDeskHandlers(
  local: DeskLocalStore,
  options: SyncOptions = {},
): Pick<Handlers, TeamDeskCallName> {
  let lastSync: LastSync = null
  let running: ReturnType<typeof syncWorkspace> | null = null
  const now = options.now ?? (() => new Date())
  const syncOnce = async () => {
    try {
      const summary = await syncWorkspace(local, options)
      lastSync = { ok: true, at: now().toISOString(), ...summary }
      return summary
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error)
      lastSync = { ok: false, at: now().toISOString(), message }
      throw error instanceof ServiceError ? error : new ServiceError('io-error', message)
    }
  }
  return {
    'desk.status': async () => {
      const credentials = await readDeskCredentials(local.folder)
      if (!credentials) return { isShared: false }
      const { server, name, role } = credentials
      return { isShared: true, server, name, role, lastSync }
    },
    'desk.sync': () => {
      running ??= syncOnce().finally(() => (running = null))
      return running
    },
  }
}
