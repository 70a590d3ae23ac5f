import { Fragment, type ReactNode } from 'react'
import type { ArticleMeta } from '../../../shared/article-model'
import { ArticleDate } from './ArticleDate'

/** Outlet, byline and dates in one line, skipping whatever the article does not say. */
export function ArticleMetaLine({ article }: { article: ArticleMeta }) {
  const parts: ReactNode[] = [
    article.site,
    article.byline && `By ${article.byline}`,
    article.published && <ArticleDate value={article.published} />,
    article.updated && <ArticleDate value={article.updated} prefix="Updated " />,
    `${article.format.toUpperCase()} · ${article.encoding}`,
  ].filter(Boolean)
  return (
    <p className="article-meta">
      {parts.map((part, index) => (
        <Fragment key={index}>
          {index > 0 && ' · '}
          {part}
        </Fragment>
      ))}
    </p>
  )
}
