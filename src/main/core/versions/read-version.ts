import type { ArticleVersionText } from '../../../shared/article-model'
import type { WorkspaceStore } from '../workspace/workspace-store'

/** Version `number` of an article as it read then, with the name and size of the file it came from. */
export async function readVersion(
  store: WorkspaceStore,
  articleId: string,
  number: number,
): Promise<ArticleVersionText> {
  const article = await store.getArticleVersion(articleId, number)
  const original = await store.originals.describe(
    articleId,
    article.sha256,
    article.format,
    article.fileName,
  )
  return original ? { ...article, original } : article
}
