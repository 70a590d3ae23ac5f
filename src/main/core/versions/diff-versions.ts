import type { DiffPart } from '../../../shared/compare-model'
import { wordDiff } from '../compare/similarity'
import type { WorkspaceStore } from '../workspace/workspace-store'

/** What changed, word by word (case counts), from version `from` of an article to version `to`. */
export async function diffVersions(
  store: WorkspaceStore,
  articleId: string,
  from: number,
  to: number,
): Promise<DiffPart[]> {
  const [before, after] = await Promise.all([
    store.getArticleVersion(articleId, from),
    store.getArticleVersion(articleId, to),
  ])
  return wordDiff(before.text, after.text, { ignoreCase: false })
}
