import type { QueryClient, QueryKey } from '@tanstack/react-query'
import { hashKey } from '@tanstack/react-query'
import type { ChangeEvent } from '../../../shared/change-events'
import type { CallName, In } from '../../../shared/contract'

/** The cache key of a read: the call's name and its input, so one call with one input is cached once. */
export const callKey = <N extends CallName>(name: N, input: In<N>): QueryKey => [name, input]

/** A key or a key prefix: `['claims.list']` stands for the claims of every article. */
type Read = readonly [CallName] | readonly [CallName, object]

const COMPARISONS: Read[] = [
  // The search index follows every article and claim (and its tags).
  ['search.query'],
  ['compare.counterparts'],
  ['compare.discrepancies'],
  ['compare.discrepancyPage'],
  ['compare.discrepancyItems'],
  ['compare.groups'],
]

/** Which reads a change makes stale; 'all' when another workspace was opened. */
function staleReads(event: ChangeEvent): Read[] | 'all' {
  switch (event.kind) {
    case 'workspace':
      return 'all'
    case 'articles':
      return [['articles.list'], ['workspace.info'], ...COMPARISONS]
    case 'article': {
      const article = { articleId: event.articleId }
      return [
        ['articles.get', article],
        ['articles.versions', article],
        ['articles.getVersion', article],
        ['articles.diffVersions', article],
        ['articles.list'],
        ['claims.list', article],
        ['claims.listAll'],
        ['suggestions.list', article],
        ...COMPARISONS,
      ]
    }
    case 'claims': {
      const article = event.articleId === null ? null : { articleId: event.articleId }
      return [
        article ? ['claims.list', article] : ['claims.list'],
        article ? ['suggestions.list', article] : ['suggestions.list'],
        ['claims.listAll'],
        ['workspace.info'],
        ...COMPARISONS,
      ]
    }
    case 'vocabulary':
      return [['vocabulary.get'], ['search.query']]
    case 'settings':
      // The workspace's display name is a setting, and workspace.info names the workspace.
      return [['vocabulary.get'], ['workspace.info']]
    case 'notices':
      return [['workspace.info']]
    case 'desk':
      return [['desk.status']]
    case 'reviews':
      return [['reviews.unread']]
    case 'progress':
      // Progress changes nothing stored; what the work changed comes as events of its own. Only
      // the search index's own catching up, once done, may have found more.
      return event.state === 'done' ? [['search.query']] : []
  }
}

/**
 * Marks what the changes made stale; what is on screen is fetched again. `keep` names reads the
 * caller has already brought up to date itself (a claim it just saved).
 */
export function invalidateReads(
  client: QueryClient,
  events: readonly ChangeEvent[],
  keep: readonly QueryKey[] = [],
): void {
  const reads = events.map(staleReads)
  if (reads.includes('all')) {
    void client.invalidateQueries()
    return
  }
  const kept = new Set(keep.map((key) => hashKey(key)))
  for (const read of reads.flat() as Read[]) {
    void client.invalidateQueries({
      queryKey: read,
      predicate: (query) => !kept.has(query.queryHash),
    })
  }
}
