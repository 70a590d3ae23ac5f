import type { parseHTML } from 'linkedom'

type Doc = ReturnType<typeof parseHTML>['document']
type Node = Record<string, unknown>

/** Who published a web page and when, as the page itself says: structured data first, then meta tags. */
export type PageDetails = {
  canonicalUrl?: string
  site?: string
  byline?: string
  published?: string
  updated?: string
}

/** schema.org types a news page describes its article with (NewsArticle, ReportageNewsArticle, BlogPosting…). */
const ARTICLE_TYPE = /(Article|BlogPosting)$/

const isNode = (value: unknown): value is Node =>
  typeof value === 'object' && value !== null && !Array.isArray(value)

const asList = (value: unknown): unknown[] =>
  Array.isArray(value) ? value : value === undefined ? [] : [value]

const text = (value: unknown): string | undefined =>
  typeof value === 'string' && value.trim() ? value.trim() : undefined

/** Every object in the page's JSON-LD blocks, `@graph` members included; a broken block is passed over. */
function structuredNodes(document: Doc): Node[] {
  const nodes: Node[] = []
  const visit = (value: unknown): void => {
    for (const item of asList(value)) {
      if (!isNode(item)) continue
      nodes.push(item)
      visit(item['@graph'])
    }
  }
  for (const script of document.querySelectorAll('script[type="application/ld+json"]')) {
    try {
      visit(JSON.parse(script.textContent ?? ''))
    } catch {
      // A page's broken structured data says nothing; its meta tags may still.
    }
  }
  return nodes
}

/** A node that only points at another (`{ "@id": … }`, as Yoast writes its graph) is read as that one. */
function linker(nodes: Node[]): (value: unknown) => unknown {
  const byId = new Map(nodes.filter((node) => text(node['@id'])).map((node) => [node['@id'], node]))
  return (value) =>
    (isNode(value) && Object.keys(value).length === 1 ? byId.get(value['@id']) : value) ?? value
}

/** A person or organisation by name: a string, an object with a name, or a list of them. */
function namesOf(value: unknown, resolve: (value: unknown) => unknown): string | undefined {
  const names = asList(value)
    .map(resolve)
    .map((each) => (isNode(each) ? text(each.name) : text(each)))
    .filter((name): name is string => name !== undefined && !/^https?:\/\//.test(name))
  return names.length > 0 ? [...new Set(names)].join(', ') : undefined
}

function articleData(document: Doc): PageDetails & { url?: string } {
  const nodes = structuredNodes(document)
  const article = nodes.find((node) =>
    asList(node['@type']).some((type) => typeof type === 'string' && ARTICLE_TYPE.test(type)),
  )
  if (!article) return {}
  const resolve = linker(nodes)
  return {
    site: namesOf(article.publisher, resolve),
    byline: namesOf(article.author, resolve),
    published: text(article.datePublished),
    updated: text(article.dateModified),
    url: text(article.url) ?? text(resolve(article.mainEntityOfPage)),
  }
}

const metaContent = (document: Doc, selectors: string[]): string | undefined => {
  for (const selector of selectors) {
    const value = text(document.querySelector(selector)?.getAttribute('content'))
    if (value) return value
  }
  return undefined
}

const timeAttribute = (document: Doc, selectors: string[]): string | undefined => {
  for (const selector of selectors) {
    const value = text(document.querySelector(selector)?.getAttribute('datetime'))
    if (value) return value
  }
  return undefined
}

/** The first address that is http(s), relative ones resolved against the page's own. */
function webAddress(candidates: (string | null | undefined)[], base?: string): string | undefined {
  for (const candidate of candidates) {
    if (!candidate) continue
    try {
      const url = new URL(candidate, base)
      if (url.protocol === 'http:' || url.protocol === 'https:') return url.href
    } catch {
      // A relative link on a saved page has no base: try the next candidate.
    }
  }
  return undefined
}

/**
 * Reads a page's canonical address, outlet, author and dates: JSON-LD (NewsArticle and kin)
 * first, then Open Graph and article meta tags, then `<time>` elements. Reads only; call it before
 * Readability, which takes the document apart.
 */
export function pageDetails(document: Doc, pageUrl?: string): PageDetails {
  const data = articleData(document)
  const canonical = document.querySelector('link[rel~="canonical"]')?.getAttribute('href')
  const ogUrl = metaContent(document, ['meta[property="og:url"]'])
  const author = metaContent(document, ['meta[name="author"]', 'meta[property="article:author"]'])
  const details: PageDetails = {
    canonicalUrl: webAddress([canonical, ogUrl, data.url], pageUrl),
    site: data.site ?? metaContent(document, ['meta[property="og:site_name"]']),
    byline: data.byline ?? (author && !/^https?:\/\//.test(author) ? author : undefined),
    published:
      data.published ??
      metaContent(document, [
        'meta[property="article:published_time"]',
        'meta[itemprop="datePublished"]',
      ]) ??
      timeAttribute(document, [
        'time[itemprop="datePublished"]',
        'time[pubdate]',
        'article time[datetime]',
        'time[datetime]',
      ]),
    updated:
      data.updated ??
      metaContent(document, [
        'meta[property="article:modified_time"]',
        'meta[property="og:updated_time"]',
        'meta[itemprop="dateModified"]',
      ]) ??
      timeAttribute(document, ['time[itemprop="dateModified"]']),
  }
  return Object.fromEntries(
    Object.entries(details).filter(([, value]) => value !== undefined),
  ) as PageDetails
}
