import type { ChangeEvent } from '../../../shared/change-events'
import type { Claim, Tag, VerdictScale, WorkspaceSettings } from '../../../shared/claim-model'
import type { ArticleUpdate } from '../../../shared/import-model'
import type { ArticleEntry } from '../workspace/workspace-file'

/** A suggested claim the user dismissed. */
export type Dismissal = { articleId: string; start: number; end: number }

/**
 * One change the store made, as its writers report it: enough to push an event to every window
 * and, for the kinds a user makes, to undo and redo it.
 */
export type StoreChange =
  | { kind: 'claim'; articleId: string; before: Claim | null; after: Claim | null }
  | { kind: 'tags'; before: readonly Tag[]; after: readonly Tag[] }
  | { kind: 'verdict-scale'; before: VerdictScale; after: VerdictScale }
  | { kind: 'settings'; before: WorkspaceSettings; after: WorkspaceSettings }
  /** An article added to or taken out of the index, or its details edited. */
  | { kind: 'article-entry'; before: ArticleEntry | null; after: ArticleEntry | null }
  /** Derived counts only (claims per article): reloaded, never undone. */
  | { kind: 'article-counts' }
  /** An article's text replaced from its source: reloaded, never undone (the source decides). */
  | { kind: 'article-text'; articleId: string; update?: ArticleUpdate }
  | { kind: 'dismissal'; dismissal: Dismissal; isDismissed: boolean }
  | { kind: 'notice' }

/** The kinds a user's undo can take back; the others follow from them or from the sources. */
export const isUndoable = (change: StoreChange): boolean =>
  change.kind !== 'article-counts' && change.kind !== 'article-text' && change.kind !== 'notice'

/** What a window must reload after a change. */
export function eventOf(change: StoreChange): ChangeEvent {
  switch (change.kind) {
    case 'claim':
      return { kind: 'claims', articleId: change.articleId }
    case 'tags':
    case 'verdict-scale':
      return { kind: 'vocabulary' }
    case 'settings':
      return { kind: 'settings' }
    case 'article-entry':
      // Details edited: the article's header reads them, so the article is read again.
      return change.before && change.after
        ? { kind: 'article', articleId: change.after.id }
        : { kind: 'articles' }
    case 'article-counts':
      return { kind: 'articles' }
    case 'article-text':
      return change.update
        ? { kind: 'article', articleId: change.articleId, update: change.update }
        : { kind: 'article', articleId: change.articleId }
    case 'dismissal':
      return { kind: 'claims', articleId: change.dismissal.articleId }
    case 'notice':
      return { kind: 'notices' }
  }
}
