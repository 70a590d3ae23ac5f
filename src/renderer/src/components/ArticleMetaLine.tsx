import type { ArticleMeta } from '../../../shared/article-model'

/** Outlet, byline and dates in one line, skipping whatever the article does not say. */
export function ArticleMetaLine({ article }: { article: ArticleMeta }) {
  const parts = [
    article.byline && `By ${article.byline}`,
    article.published,
    article.updated && `Updated ${article.updated}`,
    `${article.format.toUpperCase()} · ${article.encoding}`,
  ].filter(Boolean)
  return <p className="article-meta">{parts.join(' · ')}</p>
}
