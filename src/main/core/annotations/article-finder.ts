import type { Article, ArticleSummary } from '../../../shared/article-model'
import {
  chooseQuotePlace,
  QuoteSearch,
  type Candidate,
  type QuoteChoice,
} from '../anchoring/quote-search'
import { articleUrn } from '../reports/report-data'
import type { WorkspaceStore } from '../workspace/workspace-store'
import type { ForeignAnnotation } from './foreign-annotation'

/**
 * An address as pages are the same page: scheme, "www.", a trailing slash, the fragment and
 * tracking parameters aside. Anything that is no URL (a URN) is compared as it is.
 */
export function samePageKey(address: string): string {
  let url: URL
  try {
    url = new URL(address.trim())
  } catch {
    return address.trim()
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return address.trim()
  for (const name of [...url.searchParams.keys()])
    if (/^(utm_|fbclid$|gclid$)/.test(name)) url.searchParams.delete(name)
  const host = url.hostname.replace(/^www\./, '')
  const path = url.pathname.replace(/\/+$/, '')
  return `${host}${path}${url.search}`
}

/** W3C positions count code points; the article's offsets count UTF-16 units. */
function utf16Offset(articleText: string, codePoints: number): number {
  let offset = 0
  for (let seen = 0; seen < codePoints && offset < articleText.length; seen++) {
    offset += (articleText.codePointAt(offset) ?? 0) > 0xffff ? 2 : 1
  }
  return offset
}

/** Where an annotation's position selector says its quote is, in this article's UTF-16 offsets. */
export function positionIn(
  article: Article,
  position: ForeignAnnotation['position'],
): { start: number; end: number } | undefined {
  if (!position) return undefined
  const convert = (offset: number) =>
    position.countsCodePoints ? utf16Offset(article.text, offset) : offset
  const span = { start: convert(position.start), end: convert(position.end) }
  return span.end > span.start ? span : undefined
}

/**
 * Finds the article an annotation was made on: by its page's address (the article's URL, its
 * canonical URL, its Claimdesk URN), else by its quote among the articles searched.
 */
export class ArticleFinder {
  private readonly searches = new Map<string, QuoteSearch>()

  constructor(private readonly store: WorkspaceStore) {}

  /** The article whose address is the annotation's page, if the workspace has it. */
  bySource(source: string): ArticleSummary | undefined {
    const key = samePageKey(source)
    return this.store
      .listArticles()
      .find((entry) =>
        [entry.url, entry.canonicalUrl, articleUrn(entry)].some(
          (address) => address !== undefined && samePageKey(address) === key,
        ),
      )
  }

  /** Where the annotation's quote is among these articles (all of them when none are named). */
  async byQuote(
    annotation: Pick<ForeignAnnotation, 'quote' | 'position'>,
    articleIds?: string[],
  ): Promise<QuoteChoice> {
    if (!annotation.quote) return { kind: 'missing' }
    const ids = articleIds ?? this.store.listArticles().map((entry) => entry.id)
    const candidates: Candidate[] = []
    for (const articleId of ids) {
      const article = await this.store.getArticle(articleId)
      const hint = positionIn(article, annotation.position)
      for (const place of this.searchOf(article).places(annotation.quote, hint))
        candidates.push({ articleId, place })
    }
    return chooseQuotePlace(candidates, ids.length === 1 && articleIds !== undefined)
  }

  private searchOf(article: Article): QuoteSearch {
    const known = this.searches.get(article.id)
    if (known?.text === article.text) return known
    const search = new QuoteSearch(article.text)
    this.searches.set(article.id, search)
    return search
  }
}
