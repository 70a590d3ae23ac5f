import type { SearchField, SearchHit, SearchRequest } from '../../../shared/search-model'
import type { ClaimDoc, IndexedArticle, SearchDoc, TextDoc, TitleDoc } from './search-docs'
import { parseQuery, termsOf } from './search-text'
import { hitOf, shownField } from './search-hits'
import { RankedMiniSearch } from './ranked-mini-search'
import { readSavedIndex, savedIndexLines } from './saved-search-index'

export type { IndexedArticle } from './search-docs'
export { SEARCH_INDEX_VERSION } from './saved-search-index'

const FIELDS: SearchField[] = ['title', 'quote', 'claimant', 'tags', 'text', 'notes', 'sources']
const BOOST: Partial<Record<SearchField, number>> = { title: 3, quote: 2, claimant: 2, tags: 1.5 }
const DEFAULT_LIMIT = 50

const OPTIONS = {
  fields: FIELDS,
  storeFields: [],
  tokenize: (text: string) => termsOf(text),
  processTerm: (term: string) => term,
  searchOptions: { tokenize: (text: string) => termsOf(text), processTerm: (term: string) => term },
}

const newMiniSearch = () => new RankedMiniSearch<SearchDoc>(OPTIONS)

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
    const labelOf = (id: string) => {
      const doc = this.docs.get(id)
      const article = doc && this.articles[doc.articleId]
      return doc && article ? { doc, article } : null
    }
    const { hits: ranked, total } = this.miniSearch.rankedSearch({
      terms: required.map((term, index) => ({
        term,
        prefix: index < query.words.length && term.length >= 2,
      })),
      boost: BOOST,
      limit: request.limit ?? DEFAULT_LIMIT,
      accept: (id, fields) => {
        const found = labelOf(id)
        return !!found && shownField(found.doc, fields as SearchField[], query) !== null
      },
    })
    const hits = ranked.flatMap((result) => {
      const { doc, article } = labelOf(result.id) ?? {}
      const field = doc && shownField(doc, result.fields as SearchField[], query)
      return doc && article && field ? [hitOf(doc, article, result.score, query, field)] : []
    })
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

  /** The index as saved: one JSON value a line, each line made as it is written. */
  savedLines(): Generator<string> {
    return savedIndexLines({
      articles: this.articles,
      counts: this.miniSearch.counts(),
      documents: this.miniSearch.savedDocuments(),
      docs: [...this.docs.values()],
      terms: this.miniSearch.termEntries(),
    })
  }

  /**
   * Takes a saved index from its lines; false (and the index left as it was) when it is of another
   * version, damaged or cut short.
   */
  async load(lines: AsyncIterable<string>): Promise<boolean> {
    const read: {
      miniSearch?: RankedMiniSearch<SearchDoc>
      articles?: Record<string, IndexedArticle>
    } = {}
    const docs = new Map<string, SearchDoc>()
    const isWhole = await readSavedIndex(lines, {
      start: (head) => {
        read.miniSearch = RankedMiniSearch.restored(OPTIONS, head.counts)
        read.articles = head.articles
      },
      documents: (slice) => read.miniSearch?.restoreDocuments(slice),
      docs: (slice) => {
        for (const doc of slice) docs.set(doc.id, doc)
      },
      terms: (slice) => read.miniSearch?.restoreTerms(slice),
    })
    if (!isWhole || !read.miniSearch || !read.articles) return false
    this.miniSearch = read.miniSearch
    this.docs = docs
    this.byArticle = new Map()
    for (const doc of docs.values()) this.track(doc)
    this.articles = read.articles
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
