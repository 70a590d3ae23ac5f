import type { ChangeEvent } from '../../../shared/change-events'

/** When a workspace open in the app syncs by itself: soon after a change, and now and then. */
export type DeskAutoSyncTiming = {
  /** After a change to articles, claims or the vocabulary, the wait for more before syncing. */
  afterChangeMs: number
  /** Between syncs that bring the other members' changes when nothing happens here. */
  everyMs: number
}

export const DESK_AUTO_SYNC: DeskAutoSyncTiming = { afterChangeMs: 1_500, everyMs: 15_000 }

/** The changes a desk hears of: what members share. */
const SHARED_KINDS = new Set<ChangeEvent['kind']>(['articles', 'article', 'claims', 'vocabulary'])

export type DeskAutoSync = {
  /** Hears the workspace's changes; one a desk shares brings the next sync forward. */
  heard(events: readonly ChangeEvent[]): void
  stop(): void
}

/**
 * Syncs a workspace on a team desk while the app has it open, so a member's changes go out and the
 * others' come in without anyone pressing Sync now. `sync` is skipped while the workspace is on no
 * desk; a failed sync is left to the desk's status to show, and tried again at the next turn.
 */
export function startDeskAutoSync(
  sync: () => Promise<unknown>,
  isShared: () => Promise<boolean>,
  timing: DeskAutoSyncTiming = DESK_AUTO_SYNC,
): DeskAutoSync {
  let timer: NodeJS.Timeout | null = null
  let isStopped = false
  const turn = async () => {
    timer = null
    if (await isShared().catch(() => false)) await sync().catch(() => undefined)
    if (!isStopped && !timer) schedule(timing.everyMs)
  }
  const schedule = (ms: number) => {
    if (timer) clearTimeout(timer)
    timer = setTimeout(() => void turn(), ms)
    timer.unref()
  }
  schedule(timing.everyMs)
  return {
    heard(events) {
      if (isStopped || !events.some((event) => SHARED_KINDS.has(event.kind))) return
      schedule(timing.afterChangeMs)
    },
    stop() {
      isStopped = true
      if (timer) clearTimeout(timer)
      timer = null
    },
  }
}
