import type { ArticleSummary } from '../../../shared/article-model'

type Props = {
  articles: ArticleSummary[]
  selectedId: string | null
  onSelect: (articleId: string) => void
}

const sourceOf = (article: ArticleSummary) =>
  article.site ?? article.fileName ?? article.url ?? 'Pasted'

/** The workspace's articles: title, source and date, one button each. */
export function ArticleList({ articles, selectedId, onSelect }: Props) {
  if (articles.length === 0) return <p className="empty-note">No articles in this workspace yet.</p>
  return (
    <ul className="article-list" aria-label="Articles">
      {articles.map((article) => (
        <li key={article.id}>
          <button
            type="button"
            className="article-list-item"
            aria-current={article.id === selectedId ? 'true' : undefined}
            onClick={() => onSelect(article.id)}
          >
            <span className="article-list-title">{article.title}</span>
            <span className="article-list-meta">
              {[sourceOf(article), article.published ?? article.updated]
                .filter(Boolean)
                .join(' · ')}
            </span>
          </button>
        </li>
      ))}
    </ul>
  )
}
