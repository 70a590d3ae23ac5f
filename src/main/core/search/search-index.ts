import MiniSearch from 'minisearch'
import type { SearchField, SearchHit, SearchRequest } from '../../../shared/search-model'
import type { ArticleLabel, ClaimDoc, SearchDoc, TextDoc, TitleDoc } from './search-docs'
import { parseQuery, termsOf } from './search-text'
import { hitOf, shownField } from './search-hits'

/** Bump when what is indexed or how changes: an index saved by an older version is rebuilt. */
export const SEARCH_INDEX_VERSION = 1

const FIELDS: SearchField[] = ['title', 'quote', 'claimant', 'tags', 'text', 'notes', 'sources']
const BOOST: Partial<Record<SearchField, number>> = { title: 3, quote: 2, claimant: 2, tags: 1.5 }
const DEFAULT_LIMIT = 50

/** What the index holds of each article, to tell after a restart what changed meanwhile. */
export type IndexedArticle = ArticleLabel & { sha256: string; claims: string }

export type SavedIndex = {
  version: number
  articles: Record<string, IndexedArticle>
  docs: SearchDoc[]
  index: unknown
}

const SLICE = 500

/** The items of an array as JSON, joined by commas, `SLICE` at a time. */
function* jsonSlices(items: readonly unknown[]): Generator<string> {
  for (let start = 0; start < items.length; start += SLICE) {
    const slice = items.slice(start, start + SLICE).map((item) => JSON.stringify(item))
    yield (start > 0 ? ',' : '') + slice.join(',')
  }
}

const newMiniSearch = () =>
  new MiniSearch<SearchDoc>({
    fields: FIELDS,
    storeFields: [],
    tokenize: (text) => termsOf(text),
    processTerm: (term) => term,
    searchOptions: { tokenize: (text) => termsOf(text), processTerm: (term) => term },
  })

/**
 * The workspace's full-text index (MiniSearch, BM25): every article's blocks and title, every
 * claim's quote, notes, claimant, tags and sources. It keeps the documents' text to show the
 * matching passage, and is changed one article or claim at a time.
 */
export class SearchIndex {
  private miniSearch = newMiniSearch()
  private docs = new Map<string, SearchDoc>()
  private byArticle = new Map<string, Set<string>>()
  private articles: Record<string, IndexedArticle> = {}

  putArticle(input: { articleId: string; label: IndexedArticle; docs: (TextDoc | TitleDoc)[] }) {
    this.removeDocs(input.articleId, (id) => !id.startsWith('c:'))
    this.articles[input.articleId] = {
      ...input.label,
      claims: this.articles[input.articleId]?.claims ?? '',
    }
    for (const doc of input.docs) this.addDoc(doc)
  }

  removeArticle(articleId: string) {
    this.removeDocs(articleId, () => true)
    delete this.articles[articleId]
  }

  /** Replaces an article's claims (`claims`: its fingerprint, or null to leave it as it was). */
  putClaims(input: { articleId: string; docs: ClaimDoc[]; claims: string | null }) {
    this.removeDocs(input.articleId, (id) => id.startsWith('c:'))
    for (const doc of input.docs) this.addDoc(doc)
    this.setClaimsFingerprint(input.articleId, input.claims)
  }

  putClaim(doc: ClaimDoc) {
    this.removeDoc(doc.id)
    this.addDoc(doc)
  }

  removeClaim(docId: string) {
    this.removeDoc(docId)
  }

  setClaimsFingerprint(articleId: string, claims: string | null) {
    const article = this.articles[articleId]
    if (article && claims !== null) article.claims = claims
  }

  indexed(): Record<string, IndexedArticle> {
    return this.articles
  }

  search(request: SearchRequest): { hits: SearchHit[]; total: number } {
    const query = parseQuery(request.query)
    const required = [...query.words, ...query.phrases.flat()]
    if (required.length === 0) return { hits: [], total: 0 }
    const results = this.miniSearch.search(
      {
        combineWith: 'AND',
        queries: required.map((term, index) => ({
          queries: [term],
          prefix: index < query.words.length && term.length >= 2,
        })),
      },
      { boost: BOOST },
    )
    const hits: SearchHit[] = []
    let total = 0
    const limit = request.limit ?? DEFAULT_LIMIT
    for (const result of results) {
      const doc = this.docs.get(result.id as string)
      const article = doc && this.articles[doc.articleId]
      if (!doc || !article) continue
      if (hits.length < limit) {
        const field = shownField(doc, result, query)
        if (field) hits.push(hitOf(doc, article, result, query, field))
        if (field) total++
      } else if (query.phrases.length === 0 || shownField(doc, result, query)) total++
    }
    return { hits, total }
  }

  /** The articles whose text shares most words with `text`, best first (for comparing at scale). */
  candidateArticles(text: string, limit: number): string[] {
    const best = new Map<string, number>()
    const results = this.miniSearch.search(
      { combineWith: 'OR', queries: [...new Set(termsOf(text))] },
      { fields: ['text'] },
    )
    for (const result of results) {
      const articleId = this.docs.get(result.id as string)?.articleId
      if (articleId && !best.has(articleId)) best.set(articleId, result.score)
      if (best.size >= limit) break
    }
    return [...best.keys()]
  }

  toJSON(): SavedIndex {
    return {
      version: SEARCH_INDEX_VERSION,
      articles: this.articles,
      docs: [...this.docs.values()],
      index: this.miniSearch.toJSON(),
    }
  }

  /** The same as JSON, a slice at a time, so saving a large index never holds it in one string. */
  *toJsonChunks(): Generator<string> {
    const { index: terms, ...counts } = this.miniSearch.toJSON()
    yield `{"version":${SEARCH_INDEX_VERSION},"articles":${JSON.stringify(this.articles)},"docs":[`
    yield* jsonSlices([...this.docs.values()])
    yield `],"index":${JSON.stringify(counts).slice(0, -1)},"index":[`
    yield* jsonSlices(terms)
    yield ']}}'
  }

  /** Takes a saved index; false (and the index left empty) when it is of another version. */
  load(saved: SavedIndex): boolean {
    if (saved.version !== SEARCH_INDEX_VERSION) return false
    this.miniSearch = MiniSearch.loadJS(saved.index as never, {
      fields: FIELDS,
      tokenize: (text) => termsOf(text),
      processTerm: (term) => term,
      searchOptions: { tokenize: (text) => termsOf(text), processTerm: (term) => term },
    })
    this.docs = new Map(saved.docs.map((doc) => [doc.id, doc]))
    this.byArticle = new Map()
    for (const doc of saved.docs) this.track(doc)
    this.articles = saved.articles
    return true
  }

  private addDoc(doc: SearchDoc) {
    this.miniSearch.add(doc)
    this.docs.set(doc.id, doc)
    this.track(doc)
  }

  private track(doc: SearchDoc) {
    let ids = this.byArticle.get(doc.articleId)
    if (!ids) this.byArticle.set(doc.articleId, (ids = new Set()))
    ids.add(doc.id)
  }

  private removeDoc(id: string) {
    const doc = this.docs.get(id)
    if (!doc) return
    this.miniSearch.discard(id)
    this.docs.delete(id)
    this.byArticle.get(doc.articleId)?.delete(id)
  }

  private removeDocs(articleId: string, isRemoved: (id: string) => boolean) {
    for (const id of [...(this.byArticle.get(articleId) ?? [])])
      if (isRemoved(id)) this.removeDoc(id)
  }
}
