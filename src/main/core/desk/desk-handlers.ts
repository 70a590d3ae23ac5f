import type { Handlers } from '../../../shared/contract'
import type { DeskStatus } from '../../../shared/desk-model'
import { ServiceError } from '../../../shared/result'
import { readDeskCredentials } from './desk-credentials'
import {
  deskServerUrl,
  inviteToDesk,
  joinDeskAs,
  listDeskMembers,
  revokeDeskMember,
} from './desk-membership'
import type { DeskLocalStore } from './desk-local-store'
import { syncWorkspace, type SyncOptions, type SyncSummary } from './desk-sync'
import type { DeskLive } from './desk-live'

export type TeamDeskCallName =
  | 'desk.status'
  | 'desk.share'
  | 'desk.sync'
  | 'desk.reading'
  | 'desk.members'
  | 'desk.invite'
  | 'desk.revoke'

/** What the live connection to the desk tells the calls, when the workspace keeps one. */
type LiveView = Pick<DeskLive, 'isLive' | 'present' | 'reading'>

type LastSync = Extract<DeskStatus, { isShared: true }>['lastSync']

/**
 * The workspace's team desk calls: its status, sharing it on a desk (then a first sync), and a sync
 * now. One sync runs at a time; a call made while one runs waits for it and gets its outcome.
 */
export function teamDeskHandlers(
  local: DeskLocalStore,
  options: SyncOptions & { onSynced?: () => void; live?: LiveView | null } = {},
): {
  handlers: Pick<Handlers, TeamDeskCallName>
  /** Syncs the documents `only` names (every one when null), after any sync running now. */
  sync(only: ReadonlySet<string> | null): Promise<SyncSummary>
  settled(): Promise<void>
} {
  let lastSync: LastSync = null
  let running: ReturnType<typeof syncWorkspace> | null = null
  const now = options.now ?? (() => new Date())
  const syncOnce = async (only: ReadonlySet<string> | null = null) => {
    try {
      const summary = await syncWorkspace(local, { ...options, only })
      lastSync = { ok: true, at: now().toISOString(), ...summary }
      return summary
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error)
      lastSync = { ok: false, at: now().toISOString(), message }
      throw error instanceof ServiceError ? error : new ServiceError('io-error', message)
    } finally {
      options.onSynced?.()
    }
  }
  const handlers: Pick<Handlers, TeamDeskCallName> = {
    'desk.status': async () => {
      const credentials = await readDeskCredentials(local.folder)
      if (!credentials) return { isShared: false }
      const { server, name, role } = credentials
      const isLive = options.live?.isLive() ?? false
      const present = options.live?.present() ?? []
      return { isShared: true, server, name, role, isLive, present, lastSync }
    },
    'desk.share': async ({ server, invite, name }) => {
      if (await readDeskCredentials(local.folder))
        throw new ServiceError('conflict', 'This workspace is on a team desk already.')
      await joinDeskAs(local.folder, deskServerUrl(server), invite, name)
      return handlers['desk.sync']({})
    },
    'desk.sync': () => {
      running ??= syncOnce().finally(() => (running = null))
      return running
    },
    'desk.reading': async ({ articleId, selection }) => {
      options.live?.reading(articleId, selection ?? null)
      return {}
    },
    'desk.members': () => listDeskMembers(local.folder),
    'desk.invite': async ({ role, name }) => ({
      code: await inviteToDesk(local.folder, role, name),
    }),
    'desk.revoke': async ({ name }) => {
      await revokeDeskMember(local.folder, name)
      return listDeskMembers(local.folder)
    },
  }
  /** Resolves once the sync running now, if any, has ended: a workspace closes after it. */
  const settled = async () => void (await running?.catch(() => undefined))
  const sync = async (only: ReadonlySet<string> | null) => {
    await settled()
    running ??= syncOnce(only).finally(() => (running = null))
    return running
  }
  return { handlers, sync, settled }
}
