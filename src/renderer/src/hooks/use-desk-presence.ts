import { useEffect } from 'react'
import type { DeskPresence, DeskSelection } from '../../../shared/desk-model'
import { call } from '../api/client'
import { useCallQuery } from '../data/use-call-query'

/** The other members with the desk open now; none when the workspace is on no desk or offline. */
export function useDeskPresence(): DeskPresence[] {
  const status = useCallQuery('desk.status', {})
  return status.status === 'ready' && status.value.isShared ? status.value.present : []
}

/** The names of the members reading each article, by article id. */
export function readersByArticle(present: readonly DeskPresence[]): Map<string, string[]> {
  const readers = new Map<string, string[]>()
  for (const { name, articleId } of present)
    if (articleId) readers.set(articleId, [...(readers.get(articleId) ?? []), name])
  return readers
}

/** Whether the workspace is on a team desk (then this member's reading is told to the others). */
export function useIsOnDesk(): boolean {
  const status = useCallQuery('desk.status', {})
  return status.status === 'ready' && status.value.isShared
}

/**
 * Tells the other members of the desk which article this member is reading, and, once it has
 * stayed a moment, what they have selected in it.
 */
export function useTellDeskReading(
  articleId: string | null,
  selection: DeskSelection | null = null,
): void {
  const isShared = useIsOnDesk()
  const { start = -1, end = -1 } = selection ?? {}
  useEffect(() => {
    if (!isShared) return
    const told = start < 0 ? null : { start, end }
    const timer = setTimeout(
      () => void call('desk.reading', { articleId, selection: told }).catch(() => undefined),
      told ? SELECTION_PAUSE_MS : 0,
    )
    return () => clearTimeout(timer)
  }, [articleId, isShared, start, end])
}

/** How long a selection stays before the other members are told of it. */
const SELECTION_PAUSE_MS = 150
