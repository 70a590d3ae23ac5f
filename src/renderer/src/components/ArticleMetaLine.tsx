import type { ArticleMeta } from '../../../shared/article-model'
import { ArticleDate } from './ArticleDate'
import { DotSeparated } from './DotSeparated'

/** Outlet, byline and dates in one line, skipping whatever the article does not say. */
export function ArticleMetaLine({ article }: { article: ArticleMeta }) {
  return (
    <p className="article-meta">
      <DotSeparated
        parts={[
          article.site,
          article.byline && `By ${article.byline}`,
          article.published && <ArticleDate value={article.published} />,
          article.updated && <ArticleDate value={article.updated} prefix="Updated " />,
          `${article.format.toUpperCase()} · ${article.encoding}`,
        ]}
      />
    </p>
  )
}
