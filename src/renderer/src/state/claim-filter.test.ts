import { describe, expect, it } from 'vitest'
import type { Claim } from '../../../shared/claim-model'
import { isFiltering, matchesFilter, NO_FILTER } from './claim-filter'

const claim: Claim = {
  id: 'c1',
  articleId: 'a1',
  quote: { exact: 'some 8,000 North Korean soldiers', prefix: '', suffix: '' },
  position: { start: 10, end: 42 },
  anchor: { state: 'anchored', confidence: 1 },
  tagIds: ['statistic'],
  verdictId: 'mostly-true',
  claimant: 'U.S. State Department',
  status: 'researching',
  finding: { type: 'doc', content: [] },
  notes: {
    type: 'doc',
    content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Pentagon briefing' }] }],
  },
  sources: [
    { id: 's1', url: 'https://www.defense.gov/News/', title: 'Défense transcript', note: '' },
  ],
  createdAt: '2026-11-22T00:00:00.000Z',
  updatedAt: '2026-11-22T00:00:00.000Z',
}

describe('matchesFilter', () => {
  it('passes everything when no filter is set', () => {
    expect(matchesFilter(claim, NO_FILTER)).toBe(true)
    expect(isFiltering(NO_FILTER)).toBe(false)
  })

  it.each([
    ['the quote', '8,000 north'],
    ['the claimant', 'state department'],
    ['the notes', 'pentagon'],
    ['a source title, ignoring accents', 'defense transcript'],
    ['a source URL', 'defense.gov'],
  ])('matches text in %s', (_, text) => {
    expect(matchesFilter(claim, { ...NO_FILTER, text })).toBe(true)
  })

  it('combines tag, verdict and status', () => {
    expect(
      matchesFilter(claim, {
        ...NO_FILTER,
        tagId: 'statistic',
        verdictId: 'mostly-true',
        status: 'researching',
      }),
    ).toBe(true)
    expect(matchesFilter(claim, { ...NO_FILTER, tagId: 'quote' })).toBe(false)
    expect(matchesFilter(claim, { ...NO_FILTER, verdictId: 'false' })).toBe(false)
    expect(matchesFilter(claim, { ...NO_FILTER, status: 'checked' })).toBe(false)
    expect(matchesFilter(claim, { ...NO_FILTER, text: '10,000' })).toBe(false)
  })
})
