import type { ArticleSummary } from '../../../shared/article-model'

/** The orders the article list offers, as the menu names them. */
export const ARTICLE_ORDERS = {
  added: 'Order added',
  date: 'Date, newest first',
  outlet: 'Outlet',
  title: 'Title',
  claims: 'Most claims',
} as const
export type ArticleOrder = keyof typeof ARTICLE_ORDERS

const byText =
  (text: (article: ArticleSummary) => string) => (a: ArticleSummary, b: ArticleSummary) =>
    text(a).localeCompare(text(b), undefined, { sensitivity: 'base', numeric: true })

const dateOf = (article: ArticleSummary) => article.published ?? article.updated ?? ''

const COMPARE: Record<
  Exclude<ArticleOrder, 'added'>,
  (a: ArticleSummary, b: ArticleSummary) => number
> = {
  // ISO dates sort as text; an article without one goes last.
  date: (a, b) => dateOf(b).localeCompare(dateOf(a)),
  outlet: byText((article) => article.site ?? '\uffff'),
  title: byText((article) => article.title),
  claims: (a, b) => b.claimCount - a.claimCount,
}

/** The articles in `order`; ties keep the order they were added in. */
export function sortArticles(
  articles: readonly ArticleSummary[],
  order: ArticleOrder,
): ArticleSummary[] {
  return order === 'added' ? [...articles] : [...articles].sort(COMPARE[order])
}
