import type { QueryClient } from '@tanstack/react-query'
import type { ChangeMessage } from '../../../shared/change-events'
import { listenForChanges, type ChangeSubscription } from '../api/client'
import { showArticleUpdate } from '../state/article-updates'
import { showTaskProgress } from '../state/background-tasks'
import { invalidateReads } from './stale-reads'

/**
 * What another window, the CLI or a watched file changed reaches this window here. A change this
 * window made itself was reloaded when its call returned, so its echo is skipped.
 */
function applyPushedChange(client: QueryClient, message: ChangeMessage): void {
  if (message.event.kind === 'progress') showTaskProgress(client, message.event)
  if (message.isOwn) return
  invalidateReads(client, [message.event])
  if (message.event.kind === 'article' && message.event.update?.status === 'updated')
    showArticleUpdate(client, message.event.update)
}

export const listenLive = (client: QueryClient): ChangeSubscription =>
  listenForChanges((message) => applyPushedChange(client, message))
