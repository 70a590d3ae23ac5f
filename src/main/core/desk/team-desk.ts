import type { ChangeEvent } from '../../../shared/change-events'
import { startDeskAutoSync, type DeskAutoSyncTiming } from './desk-auto-sync'
import { readDeskCredentials } from './desk-credentials'
import { teamDeskHandlers } from './desk-handlers'
import { keepDeskLive } from './desk-live'
import { DESK_ORIGIN, type DeskLocalStore } from './desk-local-store'

export type TeamDesk = ReturnType<typeof openTeamDesk>

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
    )
  void live?.refresh()
  return {
    handlers: teamDesk.handlers,
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
