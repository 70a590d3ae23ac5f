import { lazy, Suspense, useEffect } from 'react'
import { useArticle } from '../hooks/use-articles'
import type { OpenAt } from './ArticleDesk'
import { StatusMessage } from './StatusMessage'

/**
 * The editor (TipTap, ProseMirror) is loaded while the article is fetched, not before the first
 * screen: the article list is painted without waiting for it.
 */
const loadArticleDesk = () => import('./ArticleDesk')
const ArticleDesk = lazy(async () => ({ default: (await loadArticleDesk()).ArticleDesk }))

type Props = { articleId: string | null; openAt: OpenAt }

/** Loads the chosen article and lays out its desk, or says why it cannot. */
export function ArticlePane({ articleId, openAt }: Props) {
  const article = useArticle(articleId)
  // Loaded alongside the article's text, so neither waits for the other.
  useEffect(() => {
    if (articleId !== null) void loadArticleDesk()
  }, [articleId])
  if (articleId === null)
    return <p className="pane pane-article empty-note">Choose an article to read.</p>
  if (article.status !== 'ready') {
    return (
      <main className="pane pane-article">
        <StatusMessage state={article} what="the article" />
      </main>
    )
  }
  return (
    <Suspense
      fallback={
        <main className="pane pane-article">
          <StatusMessage state={{ status: 'loading' }} what="the article" />
        </main>
      }
    >
      <ArticleDesk key={article.value.id} article={article.value} openAt={openAt} />
    </Suspense>
  )
}
