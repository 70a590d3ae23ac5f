import { isMutation } from '../../../shared/call-effects'
import type { ChangeEvent } from '../../../shared/change-events'
import type { CallName } from '../../../shared/contract'
import { ServiceError } from '../../../shared/result'
import { startDeskAutoSync, type DeskAutoSyncTiming } from './desk-auto-sync'
import { readDeskCredentials } from './desk-credentials'
import { teamDeskHandlers } from './desk-handlers'
import { keepDeskLive } from './desk-live'
import { DESK_ORIGIN, type DeskLocalStore } from './desk-local-store'

export type TeamDesk = ReturnType<typeof openTeamDesk>

/** What a viewer may still do: open another workspace, or join another desk. */
const OPEN_TO_VIEWERS = new Set<CallName>(['workspace.open', 'desk.join'])

const VIEWER_REFUSAL =
  'You are a viewer on this team desk: you can read and export, but not change the workspace. Ask the desk’s owner for another role.'

/**
 * Refuses, in a workspace whose member is a viewer on its desk, every call that would change it:
 * nothing a viewer does reaches the desk, and the next sync would put the desk back over it.
 */
function refusingViewers<H extends object>(folder: string, handlers: H): H {
  const guard =
    (handler: (...args: unknown[]) => Promise<unknown>) =>
    async (...args: unknown[]) => {
      const credentials = await readDeskCredentials(folder).catch(() => null)
      if (credentials?.role === 'viewer') throw new ServiceError('forbidden', VIEWER_REFUSAL)
      return handler(...args)
    }
  return Object.fromEntries(
    Object.entries(handlers).map(([name, handler]) => [
      name,
      isMutation(name as CallName) && !OPEN_TO_VIEWERS.has(name as CallName)
        ? guard(handler as (...args: unknown[]) => Promise<unknown>)
        : handler,
    ]),
  ) as H
}

/**
 * A workspace's team desk while it is open: its calls and, when the app has it open (`timing`),
 * a live connection to the desk server and syncs by themselves — soon after a change here, at
 * once when the server says another member changed something, and now and then regardless.
 * `publish` tells the windows that the desk's status changed.
 */
export function openTeamDesk(
  local: DeskLocalStore,
  publish: (events: ChangeEvent[]) => void,
  timing: DeskAutoSyncTiming | null,
) {
  const deskChanged = () => publish([{ kind: 'desk' }])
  const live =
    timing &&
    keepDeskLive(local.folder, {
      onChanged: (documents) => autoSync?.now(documents),
      onPresence: deskChanged,
    })
  const teamDesk = teamDeskHandlers(local, {
    live,
    onSynced: () => {
      deskChanged()
      // A workspace just shared or joined, or one whose member was revoked, connects or leaves.
      void live?.refresh()
    },
  })
  const autoSync =
    timing &&
    startDeskAutoSync(
      (only) => teamDesk.sync(only),
      async () => (await readDeskCredentials(local.folder)) !== null,
      timing,
      () => live?.isLive() ?? false,
    )
  void live?.refresh()
  return {
    handlers: teamDesk.handlers,
    /** The workspace's calls, those that change it refused while its member is a desk viewer. */
    guarded: <H extends object>(handlers: H) => refusingViewers(local.folder, handlers),
    /** Hears the workspace's changes: one made here, not one the desk brought, goes out soon. */
    heard(events: readonly ChangeEvent[], origin: string | null) {
      if (origin !== DESK_ORIGIN) autoSync?.heard(events)
    },
    async close() {
      autoSync?.stop()
      live?.stop()
      await teamDesk.settled()
    },
  }
}
