import { describe, expect, it } from 'vitest'
import type { ArticleSummary } from '../../../../shared/article-model'
import type { Claim } from '../../../../shared/claim-model'
import { searchWorkspace } from './palette-entries'

const article = (id: string, title: string) => ({ id, title }) as ArticleSummary
const claim = (id: string, articleId: string, exact: string, claimant = '') =>
  ({ id, articleId, quote: { exact, prefix: '', suffix: '' }, claimant }) as Claim

const ARTICLES = [
  article('a1', 'Troops reach Kursk'),
  article('a2', 'Zelenskiy criticizes partners'),
]
const CLAIMS = [
  claim('c1', 'a1', 'some 8,000 North Korean soldiers', 'U.S. officials'),
  claim('c2', 'a2', 'Everyone is just waiting', 'Zelenskiy'),
]

describe('searchWorkspace', () => {
  it('finds articles by title and claims by quote or claimant, every word in any order', () => {
    expect(searchWorkspace('kursk troops', ARTICLES, CLAIMS).map((entry) => entry.key)).toEqual([
      'article-a1',
    ])
    expect(searchWorkspace('officials 8,000', ARTICLES, CLAIMS)).toEqual([
      {
        key: 'claim-c1',
        group: 'Claim',
        label: '“some 8,000 North Korean soldiers” in Troops reach Kursk',
        target: { articleId: 'a1', claimId: 'c1' },
      },
    ])
    expect(searchWorkspace('zelenskiy', ARTICLES, CLAIMS).map((entry) => entry.key)).toEqual([
      'article-a2',
      'claim-c2',
    ])
  })

  it('lists nothing from the workspace for a letter or less', () => {
    expect(searchWorkspace('k', ARTICLES, CLAIMS)).toEqual([])
    expect(searchWorkspace('  ', ARTICLES, CLAIMS)).toEqual([])
  })
})
