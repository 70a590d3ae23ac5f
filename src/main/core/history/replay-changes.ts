import { isDeepStrictEqual } from 'node:util'
import { detailsOf } from '../../../shared/article-details'
import { ServiceError } from '../../../shared/result'
import type { ClaimBook } from '../claims/claim-book'
import type { Dismissals } from '../compare/dismissals'
import type { ArticleEntry } from '../workspace/workspace-file'
import type { SettingsService } from '../workspace/settings-service'
import type { WorkspaceStore } from '../workspace/workspace-store'
import { replayClaim } from './replay-claim'
import { replaySettings, replayTags, replayVerdictScale } from './replay-vocabulary'
import type { StoreChange } from './store-change'

export type ReplayTarget = {
  store: WorkspaceStore
  book: ClaimBook
  settings: SettingsService
  dismissals: Dismissals
  now: () => Date
}

export type Direction = 'undo' | 'redo'

/** An article's details go back as a whole, unless someone edited them again since. */
async function replayArticleDetails(
  store: WorkspaceStore,
  from: ArticleEntry,
  to: ArticleEntry,
): Promise<string | null> {
  const current = store.data.articles.find((entry) => entry.id === from.id)
  if (!current) return `“${from.title}” is no longer in the workspace`
  if (!isDeepStrictEqual(detailsOf(current), detailsOf(from)))
    return `the details of “${current.title}” were edited elsewhere since`
  await store.setArticleDetails(from.id, detailsOf(to))
  return null
}

/** An article leaves the index (undoing its import) only while no claim is marked on it. */
async function replayArticleEntry(
  { store, book }: ReplayTarget,
  from: ArticleEntry | null,
  to: ArticleEntry | null,
): Promise<string | null> {
  if (from && to) return replayArticleDetails(store, from, to)
  if (to) {
    await store.restoreArticleEntry(to)
    return null
  }
  if (!from || !store.data.articles.some((entry) => entry.id === from.id)) return null
  const claimCount = (await book.forArticle(from.id)).all.length
  if (claimCount > 0) return `“${from.title}” has ${claimCount} claim(s) now, so it stays`
  await store.removeArticleEntry(from.id)
  return null
}

/** Brings one recorded change back (undo) or forward again (redo); returns why it could not. */
function replayOne(
  target: ReplayTarget,
  change: StoreChange,
  direction: Direction,
): Promise<string | null> {
  const pick = <T>(before: T, after: T) =>
    direction === 'undo' ? { from: after, to: before } : { from: before, to: after }
  switch (change.kind) {
    case 'claim': {
      const { from, to } = pick(change.before, change.after)
      const now = target.now().toISOString()
      return replayClaim(target.store, target.book, { articleId: change.articleId, from, to }, now)
    }
    case 'tags': {
      const { from, to } = pick(change.before, change.after)
      return replayTags(target.store, target.book, from, to)
    }
    case 'verdict-scale': {
      const { from, to } = pick(change.before, change.after)
      return replayVerdictScale(target.store, target.settings, from, to)
    }
    case 'settings': {
      const { from, to } = pick(change.before, change.after)
      return replaySettings(target.store, from, to)
    }
    case 'article-entry': {
      const { from, to } = pick(change.before, change.after)
      return replayArticleEntry(target, from, to)
    }
    case 'dismissal': {
      const isDismissed = direction === 'undo' ? !change.isDismissed : change.isDismissed
      const { dismissals } = target
      const done = isDismissed
        ? dismissals.add(change.dismissal)
        : dismissals.remove(change.dismissal)
      return done.then(() => null)
    }
    default:
      return Promise.resolve(null)
  }
}

/**
 * Undoes a change part by part, last part first (redo: in the order they were made). A part that
 * changed again since is left as it is and named, never overwritten.
 */
export async function replayChanges(
  target: ReplayTarget,
  changes: readonly StoreChange[],
  direction: Direction,
): Promise<string[]> {
  const ordered = direction === 'undo' ? [...changes].reverse() : changes
  const skipped: string[] = []
  for (const change of ordered) {
    try {
      const reason = await replayOne(target, change, direction)
      if (reason) skipped.push(reason)
    } catch (error) {
      if (!(error instanceof ServiceError)) throw error
      skipped.push(error.message)
    }
  }
  return [...new Set(skipped)]
}
