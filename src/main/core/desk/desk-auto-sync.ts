import type { ChangeEvent } from '../../../shared/change-events'

/** When a workspace open in the app syncs by itself: soon after a change, and now and then. */
export type DeskAutoSyncTiming = {
  /** After a change to articles, claims or the vocabulary, the wait for more before syncing. */
  afterChangeMs: number
  /** Between syncs of every document, which bring the other members' changes when nothing happens here. */
  everyMs: number
  /**
   * The same while the desk server tells of changes as they happen (the live connection): then a
   * sync of every document only makes up for a word missed.
   */
  whileLiveMs: number
}

export const DESK_AUTO_SYNC: DeskAutoSyncTiming = {
  afterChangeMs: 100,
  everyMs: 15_000,
  whileLiveMs: 300_000,
}

/** The changes a desk hears of: what members share. */
const SHARED_KINDS = new Set<ChangeEvent['kind']>(['articles', 'article', 'claims', 'vocabulary'])

export type DeskAutoSync = {
  /** Hears the workspace's changes; one a desk shares brings the next sync forward. */
  heard(events: readonly ChangeEvent[]): void
  /**
   * Syncs as soon as it can: another member changed these desk documents, or, with none named,
   * anything (the desk server is back after a break).
   */
  now(documents?: readonly string[]): void
  stop(): void
}

/** What the next sync covers: some desk documents, or every one. */
type Scope = ReadonlySet<string> | 'every'

const widened = (scope: Scope | null, more: Scope): Scope =>
  scope === 'every' || more === 'every' ? 'every' : new Set([...(scope ?? []), ...more])

/**
 * Syncs a workspace on a team desk while the app has it open, so a member's changes go out and the
 * others' come in without anyone pressing Sync now. A change here, or one the desk server told of,
 * syncs only the documents concerned (`sync` gets their names; a change here adds its own); now
 * and then (`everyMs`, or `whileLiveMs` while `isLive`) a sync covers every document. `sync` is
 * skipped while the workspace is on no desk; a failed sync is left to the desk's status to show,
 * and tried again at the next turn. A turn asked for while a sync runs comes after it, so what the
 * running sync missed is not lost.
 */
export function startDeskAutoSync(
  sync: (only: ReadonlySet<string> | null) => Promise<unknown>,
  isShared: () => Promise<boolean>,
  timing: DeskAutoSyncTiming = DESK_AUTO_SYNC,
  isLive: () => boolean = () => false,
): DeskAutoSync {
  const everyMs = () => (isLive() ? timing.whileLiveMs : timing.everyMs)
  let timer: NodeJS.Timeout | null = null
  let isStopped = false
  let isSyncing = false
  let isWanted = false
  let scope: Scope | null = null
  let lastEveryAt = Date.now()
  const turn = async () => {
    timer = null
    if (isSyncing) return void (isWanted = true)
    isSyncing = true
    const isEveryDue = Date.now() - lastEveryAt >= everyMs()
    const only = scope === null || scope === 'every' || isEveryDue ? null : scope
    scope = null
    try {
      if (await isShared().catch(() => false)) {
        if (!only) lastEveryAt = Date.now()
        await sync(only).catch(() => undefined)
      }
    } finally {
      isSyncing = false
    }
    const isWantedAgain = isWanted
    isWanted = false
    if (!timer) schedule(isWantedAgain ? 0 : everyMs())
  }
  const schedule = (ms: number) => {
    if (isStopped) return
    if (timer) clearTimeout(timer)
    timer = setTimeout(() => void turn(), ms)
    timer.unref()
  }
  schedule(everyMs())
  return {
    heard(events) {
      if (isStopped || !events.some((event) => SHARED_KINDS.has(event.kind))) return
      scope = widened(scope, new Set())
      schedule(timing.afterChangeMs)
    },
    now(documents) {
      scope = widened(scope, documents ? new Set(documents) : 'every')
      schedule(0)
    },
    stop() {
      isStopped = true
      if (timer) clearTimeout(timer)
      timer = null
    },
  }
}
