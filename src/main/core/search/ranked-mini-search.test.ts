import MiniSearch from 'minisearch'
import { describe, expect, it } from 'vitest'
import { searchCorpus } from '../testing/search-corpus'
import { seededRandom } from '../testing/seeded-random'
import { articleDocs, type SearchDoc } from './search-docs'
import { RankedMiniSearch, type RankedTerm } from './ranked-mini-search'
import { SEARCH_BOOST, SEARCH_OPTIONS } from './search-index'
import { termsOf } from './search-text'

const corpus = searchCorpus(31, 400)
const docs: SearchDoc[] = [...corpus.articles.flatMap(articleDocs), ...corpus.claims]
const order = new Map(docs.map((doc, index) => [doc.id, index]))

function indexes(autoVacuum = true) {
  const plain = new MiniSearch<SearchDoc>({ ...SEARCH_OPTIONS, autoVacuum })
  const ranked = new RankedMiniSearch<SearchDoc>({ ...SEARCH_OPTIONS, autoVacuum })
  plain.addAll(docs)
  ranked.addAll(docs)
  return { plain, ranked }
}

/** Plain MiniSearch's AND query, best first; equal scores in the order the documents were added. */
function plainSearch(plain: MiniSearch<SearchDoc>, terms: readonly RankedTerm[]) {
  const results = plain.search(
    {
      combineWith: 'AND',
      queries: terms.map(({ term, prefix }) => ({ queries: [term], prefix })),
    },
    { boost: SEARCH_BOOST },
  )
  return results
    .map((result) => ({
      id: result.id as string,
      score: result.score,
      fields: [...new Set(Object.values(result.match).flat())].sort(),
    }))
    .sort((a, b) => b.score - a.score || (order.get(a.id) ?? 0) - (order.get(b.id) ?? 0))
}

/** Queries of one to three of the corpus's words, some of them only the start of a word. */
function queries(count: number): RankedTerm[][] {
  const random = seededRandom(5)
  return Array.from({ length: count }, () =>
    Array.from({ length: random.int(1, 3) }, () => {
      const [term = ''] = termsOf(random.pick(corpus.words))
      const isPrefix = random.next() < 0.4
      return isPrefix
        ? { term: term.slice(0, random.int(2, Math.max(2, term.length))), prefix: true }
        : { term, prefix: random.next() < 0.5 }
    }),
  )
}

describe('the ranked AND query', () => {
  const { plain, ranked } = indexes()

  it('finds the same best matches, with the same scores and fields, as plain MiniSearch', () => {
    let compared = 0
    for (const terms of queries(300)) {
      const expected = plainSearch(plain, terms)
      const found = ranked.rankedSearch({ terms, boost: SEARCH_BOOST, limit: 50 })
      expect(found.total).toBe(expected.length)
      const hits = found.hits.map((hit) => ({ ...hit, fields: [...hit.fields].sort() }))
      expect(hits).toEqual(expected.slice(0, 50))
      if (expected.length > 50) compared++
    }
    // The queries reach past the limit often enough for the heap to matter.
    expect(compared).toBeGreaterThan(20)
  })

  it('folds accents and quote marks in the query as in the text', () => {
    const terms = termsOf('Zelenskyy’s KYIV').map((term) => ({ term, prefix: false }))
    const expected = plainSearch(plain, terms)
    expect(expected.length).toBeGreaterThan(0)
    const found = ranked.rankedSearch({ terms, boost: SEARCH_BOOST, limit: 10 })
    expect(found.hits.map((hit) => hit.id)).toEqual(expected.slice(0, 10).map((hit) => hit.id))
    const straight = termsOf("zelenskyy's kyiv").map((term) => ({ term, prefix: false }))
    expect(ranked.rankedSearch({ terms: straight, boost: SEARCH_BOOST, limit: 10 })).toEqual(found)
  })

  it('counts and ranks only the matches it is told to accept', () => {
    const terms = [{ term: termsOf(corpus.words[0] ?? '')[0] ?? '', prefix: true }]
    const isClaim = (id: string) => id.startsWith('c:')
    const expected = plainSearch(plain, terms).filter((hit) => isClaim(hit.id))
    const found = ranked.rankedSearch({ terms, boost: SEARCH_BOOST, limit: 20, accept: isClaim })
    expect(found.total).toBe(expected.length)
    expect(found.hits.map((hit) => hit.id)).toEqual(expected.slice(0, 20).map((hit) => hit.id))
  })

  it('never returns a discarded document, and finds nothing for a word no document holds', () => {
    const fresh = indexes().ranked
    const terms = [{ term: termsOf(corpus.words[1] ?? '')[0] ?? '', prefix: false }]
    const before = fresh.rankedSearch({ terms, boost: SEARCH_BOOST, limit: 200 })
    const gone = before.hits.slice(0, 5).map((hit) => hit.id)
    for (const id of gone) fresh.discard(id)
    const after = fresh.rankedSearch({ terms, boost: SEARCH_BOOST, limit: 200 })
    expect(after.total).toBe(before.total - gone.length)
    expect(after.hits.map((hit) => hit.id)).not.toContain(gone[0])
    const none = [...terms, { term: 'zzzunheard', prefix: true }]
    expect(fresh.rankedSearch({ terms: none, boost: SEARCH_BOOST, limit: 10 })).toEqual({
      hits: [],
      total: 0,
    })
  })

  it('scores as a vacuumed MiniSearch while discarded documents wait for vacuuming, and after more changes', async () => {
    // The ranked index is never vacuumed here: it counts the live documents itself.
    const { plain, ranked } = indexes(false)
    const terms = queries(40)
    const discarded = docs.filter((_, index) => index % 9 === 0).map((doc) => doc.id)
    const compare = async () => {
      await plain.vacuum()
      for (const query of terms) {
        const expected = plainSearch(plain, query)
        const found = ranked.rankedSearch({ terms: query, boost: SEARCH_BOOST, limit: 50 })
        expect(found.total).toBe(expected.length)
        expect(found.hits.map((hit) => hit.id)).toEqual(expected.slice(0, 50).map((hit) => hit.id))
        expect(found.hits.map((hit) => hit.score)).toEqual(
          expected.slice(0, 50).map((hit) => hit.score),
        )
      }
    }
    plain.discardAll(discarded)
    ranked.discardAll(discarded)
    await compare()
    // Counted once, the live documents must be counted again when documents come and go.
    const added = docs.slice(0, 200).map((doc) => ({ ...doc, id: `again:${doc.id}` }))
    for (const [index, doc] of added.entries()) order.set(doc.id, docs.length + index)
    plain.addAll(added)
    ranked.addAll(added)
    await compare()
    plain.discardAll(added.slice(0, 50).map((doc) => doc.id))
    ranked.discardAll(added.slice(0, 50).map((doc) => doc.id))
    await compare()
  })
})
