import type { SearchField, SearchHit, SearchRequest } from '../../../shared/search-model'
import type { ClaimDoc, IndexedArticle, SearchDoc, TextDoc, TitleDoc } from './search-docs'
import { parseQuery, termsOf } from './search-text'
import { hitOf, shownField } from './search-hits'
import { RankedMiniSearch } from './ranked-mini-search'
import { readSavedIndex, savedIndexLines } from './saved-search-index'
import { BlockTexts, blockArticleId, isBlockId } from './block-texts'

export type { IndexedArticle } from './search-docs'
export { SEARCH_INDEX_VERSION } from './saved-search-index'

const FIELDS: SearchField[] = ['title', 'quote', 'claimant', 'tags', 'text', 'notes', 'sources']
/** How much a match in each field counts, against 1 for the others. */
export const SEARCH_BOOST: Partial<Record<SearchField, number>> = {
  title: 3,
  quote: 2,
  claimant: 2,
  tags: 1.5,
}
const DEFAULT_LIMIT = 50

/** The MiniSearch options of the workspace's index: its fields, and words as search-text makes them. */
export const SEARCH_OPTIONS = {
  fields: FIELDS,
  storeFields: [],
  tokenize: (text: string) => termsOf(text),
  processTerm: (term: string) => term,
  searchOptions: { tokenize: (text: string) => termsOf(text), processTerm: (term: string) => term },
}

const newMiniSearch = () => new RankedMiniSearch<SearchDoc>(SEARCH_OPTIONS)

/**
 * The workspace's full-text index (MiniSearch, BM25): every article's blocks and title, every
 * claim's quote, notes, claimant, tags and sources. It keeps the documents' text to show the
 * matching passage (the blocks' compactly, `BlockTexts`), and is changed one article or claim at a
 * time.
 */
export class SearchIndex {
  private miniSearch = newMiniSearch()
  /** The titles' and claims' documents; the blocks' are in `blocks`. */
  private docs = new Map<string, TitleDoc | ClaimDoc>()
  private blocks = new BlockTexts()
  private byArticle = new Map<string, Set<string>>()
  private articles: Record<string, IndexedArticle> = {}
  /** Articles with documents here but no label (their claims came first): those are not shown. */
  private unlabelled = new Set<string>()

  putArticle(input: { articleId: string; label: IndexedArticle; docs: (TextDoc | TitleDoc)[] }) {
    this.removeDocs(input.articleId, (id) => !id.startsWith('c:'))
    this.articles[input.articleId] = {
      ...input.label,
      claims: this.articles[input.articleId]?.claims ?? '',
    }
    this.unlabelled.delete(input.articleId)
    for (const doc of input.docs) this.addDoc(doc)
    this.blocks.put(
      input.articleId,
      input.docs.filter((doc): doc is TextDoc => 'text' in doc),
    )
  }

  removeArticle(articleId: string) {
    this.removeDocs(articleId, () => true)
    this.blocks.remove(articleId)
    delete this.articles[articleId]
    this.unlabelled.delete(articleId)
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
      const doc = this.docOf(id)
      const article = doc && this.articles[doc.articleId]
      return doc && article ? { doc, article } : null
    }
    const isArticleKnown = (id: string) => {
      const articleId = this.articleIdOf(id)
      return articleId !== undefined && articleId in this.articles
    }
    const { hits: ranked, total } = this.miniSearch.rankedSearch({
      terms: required.map((term, index) => ({
        term,
        prefix: index < query.words.length && term.length >= 2,
      })),
      boost: SEARCH_BOOST,
      limit: request.limit ?? DEFAULT_LIMIT,
      // Without phrases any matched field can be shown: only a block's phrases need its text.
      accept: (id, fields) => {
        if (this.unlabelled.size > 0 && !isArticleKnown(id)) return false
        if (query.phrases.length === 0) return true
        const found = labelOf(id)
        return !!found && shownField(found.doc, fields() as SearchField[], query) !== null
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
      const articleId = this.articleIdOf(result.id as string)
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
      docs: this.allDocs(),
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
    const docs = new Map<string, TitleDoc | ClaimDoc>()
    const blocks = new Map<string, TextDoc[]>()
    const byArticle = new Map<string, Set<string>>()
    const isWhole = await readSavedIndex(lines, {
      start: (head) => {
        read.miniSearch = RankedMiniSearch.restored(SEARCH_OPTIONS, head.counts)
        read.articles = head.articles
      },
      documents: (slice) => read.miniSearch?.restoreDocuments(slice),
      docs: (slice) => {
        for (const doc of slice) {
          track(byArticle, doc)
          if ('text' in doc) {
            const articleBlocks = blocks.get(doc.articleId)
            if (articleBlocks) articleBlocks.push(doc)
            else blocks.set(doc.articleId, [doc])
          } else docs.set(doc.id, doc)
        }
      },
      terms: (slice) => read.miniSearch?.restoreTerms(slice),
    })
    if (!isWhole || !read.miniSearch || !read.articles) return false
    this.miniSearch = read.miniSearch
    this.docs = docs
    this.blocks = new BlockTexts()
    for (const [articleId, articleBlocks] of blocks) this.blocks.put(articleId, articleBlocks)
    this.byArticle = byArticle
    this.articles = read.articles
    this.unlabelled = new Set([...byArticle.keys()].filter((id) => !(id in read.articles!)))
    // Documents discarded before saving are dropped from the words in the background (a few
    // at a time): until then the first search of each word counts its live documents.
    if (this.miniSearch.dirtCount > 0) void this.miniSearch.vacuum()
    return true
  }

  /**
   * Every document, each article's in the order they were added (removing them in that order after
   * a restart keeps MiniSearch's average field lengths as they would have been).
   */
  private *allDocs(): Generator<SearchDoc> {
    for (const ids of this.byArticle.values())
      for (const id of ids) {
        const doc = this.docOf(id)
        if (doc) yield doc
      }
  }

  private docOf(id: string): SearchDoc | undefined {
    return isBlockId(id) ? this.blocks.doc(id) : this.docs.get(id)
  }

  private articleIdOf(id: string): string | undefined {
    return isBlockId(id) ? blockArticleId(id) : this.docs.get(id)?.articleId
  }

  private addDoc(doc: SearchDoc) {
    this.miniSearch.add(doc)
    if (!('text' in doc)) this.docs.set(doc.id, doc)
    if (!(doc.articleId in this.articles)) this.unlabelled.add(doc.articleId)
    track(this.byArticle, doc)
  }

  private removeDoc(id: string) {
    const articleId = this.articleIdOf(id)
    if (articleId === undefined || !this.miniSearch.has(id)) return
    this.miniSearch.discard(id)
    this.docs.delete(id)
    this.byArticle.get(articleId)?.delete(id)
  }

  private removeDocs(articleId: string, isRemoved: (id: string) => boolean) {
    for (const id of [...(this.byArticle.get(articleId) ?? [])])
      if (isRemoved(id)) this.removeDoc(id)
  }
}

function track(byArticle: Map<string, Set<string>>, doc: SearchDoc) {
  let ids = byArticle.get(doc.articleId)
  if (!ids) byArticle.set(doc.articleId, (ids = new Set()))
  ids.add(doc.id)
}
