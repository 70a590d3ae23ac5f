import { useCall } from './use-call'

/** `revision` reloads the list when claims changed elsewhere, so the counts stay true. */
export const useArticles = (revision: number) => useCall('articles.list', {}, revision)

export const useArticle = (articleId: string | null) =>
  useCall('articles.get', articleId === null ? null : { articleId })

export const useWorkspaceInfo = (revision: number) => useCall('workspace.info', {}, revision)
