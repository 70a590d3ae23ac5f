import { describe, expect, it } from 'vitest'
import type { Article } from '../../../shared/article-model'
import { articleDocs, type ClaimDoc } from './search-docs'
import { SearchIndex, type SavedIndex } from './search-index'

function articleOf(id: string, title: string, paragraphs: string[]): Article {
  let start = 0
  const blocks = paragraphs.map((text) => {
    const block = { type: 'paragraph', text, start }
    start += text.length + 2
    return block
  })
  return {
    id,
    title,
    sha256: id.repeat(8),
    blocks,
    text: paragraphs.join('\n\n'),
  } as unknown as Article
}

const claimDoc = (articleId: string, claimId: string, fields: Partial<ClaimDoc>): ClaimDoc => ({
  id: `c:${claimId}`,
  ...{ articleId, claimId, start: 0, end: 5 },
  ...{ quote: '', notes: '', claimant: '', tags: '', sources: '' },
  ...fields,
})

function indexOf(...articles: Article[]): SearchIndex {
  const index = new SearchIndex()
  for (const article of articles)
    index.putArticle({
      articleId: article.id,
      label: { title: article.title, sha256: article.sha256, claims: '' },
      docs: articleDocs(article),
    })
  return index
}

const KYIV = articleOf('kyiv', 'Talks In Kyiv', [
  'The minister arrived on Monday.',
  'Zelenskyy’s office said the talks in Kýiv went on past midnight.',
])
const GRAIN = articleOf('grain', 'Grain Deal', ['Officials said the grain corridor stays open.'])

describe('the workspace search index', () => {
  it('folds curly and straight quote marks and accents, and shows the passage with its match', () => {
    const { hits } = indexOf(KYIV, GRAIN).search({ query: "zelenskyy's kyiv" })
    expect(hits).toHaveLength(1)
    const [hit] = hits
    expect(hit?.field).toBe('text')
    expect(hit?.passage).toContain('Zelenskyy’s office')
    const marked = hit?.marks.map(({ start, end }) => hit.passage.slice(start, end))
    expect(marked).toEqual(['Zelenskyy’s', 'Kýiv'])
    // The match's place in the article's text, where the article opens.
    const second = 'The minister arrived on Monday.'.length + 2
    expect(hit?.at).toEqual({ start: second, end: second + 'Zelenskyy’s'.length })
  })

  it('matches a quoted phrase only in order, and a word by its start', () => {
    const index = indexOf(KYIV, GRAIN)
    expect(index.search({ query: '“grain corridor”' }).total).toBe(1)
    expect(index.search({ query: '"corridor grain"' }).total).toBe(0)
    expect(index.search({ query: 'corri' }).hits[0]?.articleId).toBe('grain')
  })

  it('ranks a title above the text, and finds claims by quote, claimant and tag', () => {
    const index = indexOf(KYIV, GRAIN)
    index.putClaim(
      claimDoc('grain', 'c1', {
        quote: 'the corridor stays open',
        claimant: 'Olena Kovalenko',
        tags: 'Ukraine',
      }),
    )
    expect(index.search({ query: 'kyiv' }).hits[0]?.field).toBe('title')
    expect(index.search({ query: 'kovalenko' }).hits[0]).toMatchObject({
      field: 'claimant',
      claimId: 'c1',
    })
    expect(index.search({ query: 'ukraine' }).hits[0]).toMatchObject({
      field: 'tags',
      claimId: 'c1',
    })
    index.removeClaim('c:c1')
    expect(index.search({ query: 'kovalenko' }).total).toBe(0)
  })

  it('keeps itself up to date one article at a time, and comes back the same from its saved form', () => {
    const index = indexOf(KYIV, GRAIN)
    index.removeArticle('grain')
    expect(index.search({ query: 'grain' }).total).toBe(0)
    const restored = new SearchIndex()
    expect(restored.load(JSON.parse(JSON.stringify(index.toJSON())))).toBe(true)
    expect(restored.search({ query: 'midnight' }).hits[0]?.articleId).toBe('kyiv')
    expect(restored.load({ ...index.toJSON(), version: 0 })).toBe(false)
  })

  it('writes its saved form in slices that join to the same JSON, and loads from it', () => {
    const index = indexOf(KYIV, GRAIN)
    const chunks = [...index.toJsonChunks()]
    expect(chunks.length).toBeGreaterThan(3)
    const saved = JSON.parse(chunks.join('')) as SavedIndex
    expect(saved).toEqual(JSON.parse(JSON.stringify(index.toJSON())))
    const restored = new SearchIndex()
    expect(restored.load(saved)).toBe(true)
    expect(restored.search({ query: 'midnight' }).hits[0]?.articleId).toBe('kyiv')
    expect(new SearchIndex().toJsonChunks().next().value).toContain('"docs":[')
    expect(JSON.parse([...new SearchIndex().toJsonChunks()].join(''))).toMatchObject({ docs: [] })
  })

  it('names the articles likeliest to report the same text, for comparing at scale', () => {
    const index = indexOf(KYIV, GRAIN)
    expect(index.candidateArticles('officials kept the grain corridor open', 5)[0]).toBe('grain')
  })
})
