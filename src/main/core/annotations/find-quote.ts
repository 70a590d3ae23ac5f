import { ServiceError } from '../../../shared/result'
import type { WorkspaceStore } from '../workspace/workspace-store'
import { ArticleFinder } from './article-finder'

const quoted = (text: string) => `“${text.length > 60 ? `${text.slice(0, 60)}…` : text}”`

/**
 * Where a quote someone typed is in an article, found as an imported annotation's is: word for
 * word once quotes and spaces are read alike, else by a close wording. A quote in several places
 * is refused, as a claim must be one place.
 */
export async function findQuote(store: WorkspaceStore, articleId: string, quote: string) {
  await store.getArticle(articleId)
  const choice = await new ArticleFinder(store).byQuote(
    { quote: { exact: quote, prefix: '', suffix: '' } },
    [articleId],
  )
  if (choice.kind !== 'found')
    throw new ServiceError('not-found', `${quoted(quote)} is not in article ${articleId}.`)
  if (choice.rivals > 0)
    throw new ServiceError(
      'conflict',
      `${quoted(quote)} is in ${choice.rivals + 1} places in article ${articleId}: quote more of the sentence.`,
    )
  return { start: choice.place.start, end: choice.place.end, isExact: choice.isExact }
}
