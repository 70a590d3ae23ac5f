import { useState, type ReactNode } from 'react'
import type { Article } from '../../../shared/article-model'
import { ArticleDetailsDialog } from './ArticleDetailsDialog'
import { ArticleMetaLine } from './ArticleMetaLine'

/** The outlet, the details line and the way to correct them; `children` follow the details line. */
export function ArticleHeader({ article, children }: { article: Article; children?: ReactNode }) {
  const [isEditing, setIsEditing] = useState(false)
  return (
    <header className="article-header">
      <div className="article-header-line">
        {/* The outlet when known; a file's name is no outlet (the list and title say what it is). */}
        <p className="article-kicker">{article.site}</p>
        <button type="button" className="edit-details-button" onClick={() => setIsEditing(true)}>
          Edit details
        </button>
      </div>
      <ArticleMetaLine article={article} />
      {children}
      {isEditing && <ArticleDetailsDialog article={article} onClose={() => setIsEditing(false)} />}
    </header>
  )
}
