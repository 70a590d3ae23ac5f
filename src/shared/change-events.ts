import { z } from 'zod'
import { ArticleUpdate } from './import-model'
import { ArticleId } from './article-model'

/** A piece of background work, as every window shows it: `total` is null while it is not known. */
export const TaskProgress = z.object({
  kind: z.literal('progress'),
  taskId: z.string().max(64),
  label: z.string().max(200),
  done: z.number().int().nonnegative(),
  total: z.number().int().nonnegative().nullable(),
  state: z.enum(['running', 'done', 'failed', 'cancelled']),
  message: z.string().max(2000).optional(),
})
export type TaskProgress = z.infer<typeof TaskProgress>

/**
 * What changed in the open workspace, pushed from the main side to every window after each change
 * (a call from any window or the CLI, a watched file, an import). It names what to reload, never
 * the new data itself, so a window that missed one only has to reload more.
 */
export const ChangeEvent = z.discriminatedUnion('kind', [
  /** Another workspace was opened, or the stream lost its place: everything is to be reloaded. */
  z.object({ kind: z.literal('workspace') }),
  /** The article list: an article added or removed, its details or its claim count. */
  z.object({ kind: z.literal('articles') }),
  /** One article's text was replaced (its source changed); `update` says how its claims fared. */
  z.object({ kind: z.literal('article'), articleId: ArticleId, update: ArticleUpdate.optional() }),
  /** The claims of one article, or of every article when `articleId` is null. */
  z.object({ kind: z.literal('claims'), articleId: ArticleId.nullable() }),
  /** Tags or the verdict scale. */
  z.object({ kind: z.literal('vocabulary') }),
  z.object({ kind: z.literal('settings') }),
  /** The workspace's notices (a damaged file set aside, a claim that could not be loaded). */
  z.object({ kind: z.literal('notices') }),
  /** A sync with the workspace's team desk ended (what it brought comes as events of its own). */
  z.object({ kind: z.literal('desk') }),
  /** The unread reviewers' notes on this member's claims. */
  z.object({ kind: z.literal('reviews') }),
  /** How far background work has got (an import, an analysis, a report); nothing to reload. */
  TaskProgress,
])
export type ChangeEvent = z.infer<typeof ChangeEvent>

/**
 * One event as a window receives it: `id` orders the stream (a reconnecting window asks for what
 * came after the last id it saw); `isOwn` says the window's own call caused it.
 */
export const ChangeMessage = z.object({
  id: z.string().max(64),
  event: ChangeEvent,
  isOwn: z.boolean(),
})
export type ChangeMessage = z.infer<typeof ChangeMessage>

const eventKey = (event: ChangeEvent): string =>
  event.kind === 'claims' || event.kind === 'article'
    ? `${event.kind}:${event.articleId ?? '*'}`
    : event.kind === 'progress'
      ? `${event.kind}:${event.taskId}:${event.done}:${event.state}`
      : event.kind

/** The same events once each, first occurrence first; an article event with an update is kept over one without. */
export function distinctEvents(events: readonly ChangeEvent[]): ChangeEvent[] {
  const byKey = new Map<string, ChangeEvent>()
  for (const event of events) {
    const key = eventKey(event)
    const seen = byKey.get(key)
    if (!seen || (event.kind === 'article' && event.update)) byKey.set(key, event)
  }
  return [...byKey.values()]
}

/** What Undo and Redo would take back or do again for this window, named for the menu. */
export const UndoState = z.object({
  undoLabel: z.string().nullable(),
  redoLabel: z.string().nullable(),
})
export type UndoState = z.infer<typeof UndoState>

/**
 * An undo or redo: the change it was (null when there was nothing to undo), what it changed (so
 * the window reloads it at once), the parts it left alone because they had changed since, and
 * the history after it.
 */
export const UndoResult = z.object({
  label: z.string().nullable(),
  changes: z.array(ChangeEvent),
  skipped: z.array(z.string()),
  state: UndoState,
})
export type UndoResult = z.infer<typeof UndoResult>
