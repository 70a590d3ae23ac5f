import { useVirtualizer } from '@tanstack/react-virtual'
import { useMemo, useRef, useState } from 'react'
import type { ArticleSummary } from '../../../shared/article-model'
import { ArticleDate } from './ArticleDate'
import { DotSeparated } from './DotSeparated'
import { ARTICLE_ORDERS, sortArticles, type ArticleOrder } from './article-order'

type Props = {
  articles: ArticleSummary[]
  selectedId: string | null
  onSelect: (articleId: string) => void
  /** On a live team desk: the other members reading each article. */
  readers?: ReadonlyMap<string, string[]>
}

/** The outlet, else the web site it came from; a file's own name says nothing a reader needs. */
function sourceOf(article: ArticleSummary): string | undefined {
  if (article.site) return article.site
  if (article.url) return new URL(article.url).hostname
  return article.format === 'paste' ? 'Pasted' : undefined
}

const datedOf = (article: ArticleSummary) => article.published ?? article.updated

/** A row's height before it is measured (a title on one line). */
const ROW_ESTIMATE = 56

/**
 * The workspace's articles: title, source and date, one button each, in the order chosen. Only
 * the rows in view (and a margin) are in the page, so a thousand articles paint as fast as ten.
 */
export function ArticleList({ articles, selectedId, onSelect, readers }: Props) {
  // useVirtualizer returns one object whose methods change what they answer without it changing,
  // so the React Compiler must not memoise this component (it would keep stale rows).
  // @see https://react.dev/reference/react-compiler/directives/use-no-memo
  'use no memo'
  const [order, setOrder] = useState<ArticleOrder>('added')
  const sorted = useMemo(() => sortArticles(articles, order), [articles, order])
  const list = useRef<HTMLUListElement>(null)
  // The directive above already keeps the compiler off this component; the rule reports the hook anyway.
  // eslint-disable-next-line react-hooks/incompatible-library
  const rows = useVirtualizer({
    count: sorted.length,
    // The whole pane scrolls (its toolbar with it); the list starts some way down it.
    getScrollElement: () => list.current?.closest('.pane') ?? null,
    estimateSize: () => ROW_ESTIMATE,
    scrollMargin: list.current?.offsetTop ?? 0,
    overscan: 40,
  })
  if (articles.length === 0) return <p className="empty-note">No articles in this workspace yet.</p>
  return (
    <>
      <label className="article-order">
        Sort by{' '}
        <select value={order} onChange={(event) => setOrder(event.target.value as ArticleOrder)}>
          {Object.entries(ARTICLE_ORDERS).map(([value, label]) => (
            <option key={value} value={value}>
              {label}
            </option>
          ))}
        </select>
      </label>
      <ul
        ref={list}
        className="article-list"
        aria-label="Articles"
        style={{ height: rows.getTotalSize() }}
      >
        {rows.getVirtualItems().map((row) => {
          const article = sorted[row.index] as ArticleSummary
          return (
            <li
              key={article.id}
              ref={rows.measureElement}
              data-index={row.index}
              className="article-list-row"
              style={{ transform: `translateY(${row.start - rows.options.scrollMargin}px)` }}
            >
              <button
                type="button"
                className="article-list-item"
                aria-current={article.id === selectedId ? 'true' : undefined}
                onClick={() => onSelect(article.id)}
              >
                <span className="article-list-title">{article.title}</span>
                <span className="article-list-meta">
                  <DotSeparated
                    parts={[
                      sourceOf(article),
                      article.byline,
                      datedOf(article) && <ArticleDate value={datedOf(article) as string} />,
                      claimsLabel(article),
                    ]}
                  />
                </span>
                {readers?.has(article.id) && (
                  <span className="article-readers">
                    Reading now: {readers.get(article.id)!.join(', ')}
                  </span>
                )}
              </button>
            </li>
          )
        })}
      </ul>
    </>
  )
}

const claimsLabel = ({ claimCount }: ArticleSummary) =>
  claimCount === 0 ? '' : `${claimCount} claim${claimCount === 1 ? '' : 's'}`
