import { useArticle } from '../hooks/use-articles'
import { ArticleDesk } from './ArticleDesk'
import { StatusMessage } from './StatusMessage'

type Props = { articleId: string | null; initialClaimId: string | null }

/** Loads the chosen article and lays out its desk, or says why it cannot. */
export function ArticlePane({ articleId, initialClaimId }: Props) {
  const article = useArticle(articleId)
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
    <ArticleDesk key={article.value.id} article={article.value} initialClaimId={initialClaimId} />
  )
}
