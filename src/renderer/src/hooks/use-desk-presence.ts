import { useEffect } from 'react'
import type { DeskPresence } from '../../../shared/desk-model'
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

/** Tells the other members of the desk which article this member is reading. */
export function useTellDeskReading(articleId: string | null, isShared: boolean): void {
  useEffect(() => {
    if (isShared) void call('desk.reading', { articleId }).catch(() => undefined)
  }, [articleId, isShared])
}
