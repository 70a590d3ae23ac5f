import { describe, expect, it } from 'vitest'
import { scopeOf, type ExportChoice } from './report-request'

const choice = (change: Partial<ExportChoice>): ExportChoice => ({
  scope: 'all',
  format: 'md',
  tagId: 'statistic',
  verdictId: '',
  status: 'checked',
  ...change,
})

describe('scopeOf', () => {
  it('uses the open article, or all articles when none is open', () => {
    expect(scopeOf(choice({ scope: 'article' }), 'a1')).toEqual({
      kind: 'article',
      articleId: 'a1',
    })
    expect(scopeOf(choice({ scope: 'article' }), null)).toEqual({ kind: 'all' })
  })

  it('keeps only the filter fields that are set, and only for a filter', () => {
    expect(scopeOf(choice({ scope: 'filter' }), 'a1')).toEqual({
      kind: 'filter',
      tagId: 'statistic',
      status: 'checked',
    })
    expect(scopeOf(choice({ scope: 'all' }), 'a1')).toEqual({ kind: 'all' })
  })
})
