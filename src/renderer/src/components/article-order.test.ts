import { describe, expect, it } from 'vitest'
import type { ArticleSummary } from '../../../shared/article-model'
import { sortArticles } from './article-order'

const article = (id: string, fields: Partial<ArticleSummary>): ArticleSummary =>
  ({ id, title: id, claimCount: 0, ...fields }) as ArticleSummary

const ARTICLES = [
  article('b', { title: 'Beta', site: 'Reuters', published: '2026-01-02', claimCount: 3 }),
  article('a', { title: 'alpha', published: '2026-03-01', claimCount: 1 }),
  article('c', { title: 'Gamma 10', site: 'AP', claimCount: 7 }),
  article('d', { title: 'Gamma 9', site: 'ap', published: '2025-12-31', claimCount: 3 }),
]

const ids = (articles: ArticleSummary[]) => articles.map((each) => each.id).join('')

describe('the article list’s orders', () => {
  it('keeps the order added, and sorts by date, outlet, title and claims with stable ties', () => {
    expect(ids(sortArticles(ARTICLES, 'added'))).toBe('bacd')
    expect(ids(sortArticles(ARTICLES, 'date'))).toBe('abdc')
    expect(ids(sortArticles(ARTICLES, 'outlet'))).toBe('cdba')
    expect(ids(sortArticles(ARTICLES, 'title'))).toBe('abdc')
    expect(ids(sortArticles(ARTICLES, 'claims'))).toBe('cbda')
  })
})
