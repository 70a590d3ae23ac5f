import { useCall } from './use-call'

/** `revision` reloads the list when claims changed elsewhere, so the counts stay true. */
export const useArticles = (revision: number) => useCall('articles.list', {}, revision)

export const useArticle = (articleId: string | null) =>
  useCall('articles.get', articleId === null ? null : { articleId })

/**
 * The workspace's name and notices. Its notices wait for every claims file to be checked, which the
 * main side starts once it has served the article list; asking only after the list has arrived
 * (`isListed`) keeps that check from competing with the first screen.
 */
export const useWorkspaceInfo = (revision: number, isListed: boolean) =>
  useCall('workspace.info', isListed ? {} : null, revision)
