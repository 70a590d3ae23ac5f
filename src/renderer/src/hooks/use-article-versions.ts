import { useCallQuery } from '../data/use-call-query'

/** Every text the article had, oldest first; the last is the one on the desk. */
export const useArticleVersions = (articleId: string) =>
  useCallQuery('articles.versions', { articleId })

/** One version's text, read only; `null` loads nothing. */
export const useArticleVersion = (articleId: string, version: number | null) =>
  useCallQuery('articles.getVersion', version === null ? null : { articleId, version })

/** What changed, word by word, from version `from` to version `to`. */
export const useVersionDiff = (articleId: string, from: number, to: number) =>
  useCallQuery('articles.diffVersions', { articleId, from, to })
