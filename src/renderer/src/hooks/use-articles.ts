import type { Vocabulary } from '../../../shared/contract'
import { useCallQuery } from '../data/use-call-query'

/** The article list, with each article's claim count. */
export const useArticles = () => useCallQuery('articles.list', {})

export const useArticle = (articleId: string | null) =>
  useCallQuery('articles.get', articleId === null ? null : { articleId })

/**
 * The workspace's name and notices. Asked for once the article list has arrived (`isListed`), so
 * the first screen does not wait for the notices of the claims files being checked.
 */
export const useWorkspaceInfo = (isListed: boolean) =>
  useCallQuery('workspace.info', isListed ? {} : null)

/** The tags, verdict scale and settings every pane reads; null until loaded. */
export function useVocabulary(): Vocabulary | null {
  const state = useCallQuery('vocabulary.get', {})
  return state.status === 'ready' ? state.value : null
}
