import MiniSearch from 'minisearch'
import { describe, expect, it } from 'vitest'
import type { Article } from '../../../shared/article-model'
import type { SearchField, SearchHit } from '../../../shared/search-model'
import { searchCorpus } from '../testing/search-corpus'
import { articleDocs, type ClaimDoc, type SearchDoc } from './search-docs'
import { hitOf, shownField } from './search-hits'
import { SearchIndex } from './search-index'
import { parseQuery, termsOf } from './search-text'

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

/** The saved form's lines, as a file read line by line gives them. */
async function* linesOf(index: SearchIndex): AsyncGenerator<string> {
  for (const line of index.savedLines()) yield line.replace(/\n$/, '')
}

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

  it('keeps itself up to date one article at a time, and comes back the same from its saved form', async () => {
    const index = indexOf(KYIV, GRAIN)
    index.removeArticle('grain')
    expect(index.search({ query: 'grain' }).total).toBe(0)
    const restored = new SearchIndex()
    expect(await restored.load(linesOf(index))).toBe(true)
    expect(restored.search({ query: 'midnight' }).hits[0]?.articleId).toBe('kyiv')
    expect(restored.search({ query: 'grain' }).total).toBe(0)
    expect(restored.indexed()).toEqual(index.indexed())
  })

  it('shows an article’s new text once it is indexed again', () => {
    const index = indexOf(KYIV, GRAIN)
    const changed = articleOf('kyiv', 'Talks In Kyiv', ['The talks in Lviv ended at dawn.'])
    index.putArticle({
      articleId: 'kyiv',
      label: { title: changed.title, sha256: 'changed', claims: '' },
      docs: articleDocs(changed),
    })
    expect(index.search({ query: 'midnight' }).total).toBe(0)
    expect(index.search({ query: 'lviv dawn' }).hits[0]?.passage).toBe(
      'The talks in Lviv ended at dawn.',
    )
  })

  it('names the articles likeliest to report the same text, for comparing at scale', () => {
    const index = indexOf(KYIV, GRAIN)
    expect(index.candidateArticles('officials kept the grain corridor open', 5)[0]).toBe('grain')
  })

  it('answers as plain MiniSearch sorted and filtered whole would, phrases and prefixes included', () => {
    const corpus = searchCorpus(43, 300)
    const index = indexOf(...corpus.articles)
    for (const claim of corpus.claims) index.putClaim(claim)
    const reference = plainReference(corpus.articles, corpus.claims)
    const words = corpus.words.map((word) => word.toLowerCase())
    const queries = [
      ...words.slice(0, 40),
      ...words.slice(0, 30).map((word, at) => `${word} ${words[at + 7]}`),
      ...words.slice(0, 30).map((word) => word.slice(0, 3)),
      ...words.slice(0, 30).map((word, at) => `"${word} ${words[at + 1]}"`),
      ...words.slice(0, 20).map((word, at) => `“${words[at + 3]} ${word}” ${word.slice(0, 2)}`),
      'Zelenskyy’s',
      "zelenskyy's KÝIV",
      '"cafe naive"',
    ]
    let withPhrases = 0
    for (const query of queries) {
      const expected = reference(query)
      const found = index.search({ query })
      expect(found.total, query).toBe(expected.total)
      expect(found.hits, query).toEqual(expected.hits)
      if (query.includes('"') && expected.total > 0) withPhrases++
    }
    expect(withPhrases).toBeGreaterThan(3)
  })
})

/**
 * The search as plain MiniSearch does it: every match scored and sorted (equal scores in the order
 * the documents were added), then checked for phrases.
 */
function plainReference(articles: Article[], claims: ClaimDoc[]) {
  const options = {
    fields: ['title', 'quote', 'claimant', 'tags', 'text', 'notes', 'sources'],
    tokenize: (text: string) => termsOf(text),
    processTerm: (term: string) => term,
  }
  const plain = new MiniSearch<SearchDoc>({ ...options, searchOptions: options })
  const docs = [...articles.flatMap(articleDocs), ...claims]
  plain.addAll(docs)
  const byId = new Map(docs.map((doc, at) => [doc.id, { doc, at }]))
  const titles = new Map(articles.map((article) => [article.id, { title: article.title }]))
  return (text: string) => {
    const query = parseQuery(text)
    const required = [...query.words, ...query.phrases.flat()]
    const results = plain
      .search(
        {
          combineWith: 'AND',
          queries: required.map((term, at) => ({
            queries: [term],
            prefix: at < query.words.length && term.length >= 2,
          })),
        },
        { boost: { title: 3, quote: 2, claimant: 2, tags: 1.5 } },
      )
      .sort((a, b) => b.score - a.score || byId.get(a.id)!.at - byId.get(b.id)!.at)
    const hits: SearchHit[] = []
    let total = 0
    for (const result of results) {
      const { doc } = byId.get(result.id as string)!
      const fields = [...new Set(Object.values(result.match).flat())] as SearchField[]
      const field = shownField(doc, fields, query)
      if (!field) continue
      total++
      if (hits.length < 50)
        hits.push(hitOf(doc, titles.get(doc.articleId)!, result.score, query, field))
    }
    return { hits, total }
  }
}
