import { useQuery, type QueryClient } from '@tanstack/react-query'
import type { ArticleUpdate } from '../../../shared/import-model'

/** Kept in the one cache beside the reads; another workspace opening clears it. */
const ARTICLE_UPDATE_KEY = ['article-update'] as const

/** An article re-read from its changed source: the "Article updated" banner shows it until dismissed. */
export function showArticleUpdate(client: QueryClient, update: ArticleUpdate | null): void {
  client.setQueryData(ARTICLE_UPDATE_KEY, update)
}

export const useArticleUpdate = (): ArticleUpdate | null =>
  useQuery({
    queryKey: ARTICLE_UPDATE_KEY,
    queryFn: () => null,
    initialData: null,
    staleTime: Infinity,
  }).data
