import { Readability } from '@mozilla/readability'
import { parseHTML } from 'linkedom'
import { ServiceError } from '../../../shared/result'
import { blocksFromHtml } from './html-blocks'
import { withHeadline, type ParsedArticle } from './parsed-article'

type Doc = ReturnType<typeof parseHTML>['document']

/** Real pages nest a few dozen levels; Readability slows down steeply past a few hundred. */
const MAX_DEPTH = 256

type Tree = { children: ArrayLike<Tree> }

/** How deeply elements nest, walked without recursion so hostile nesting cannot overflow the stack. */
function depthOf(document: Doc): number {
  let deepest = 0
  const stack: [Tree, number][] = [[document as unknown as Tree, 0]]
  for (let entry = stack.pop(); entry; entry = stack.pop()) {
    const [node, depth] = entry
    deepest = Math.max(deepest, depth)
    if (deepest > MAX_DEPTH) break
    for (const child of Array.from(node.children)) stack.push([child, depth + 1])
  }
  return deepest
}

const metaContent = (document: Doc, selector: string): string | undefined =>
  document.querySelector(selector)?.getAttribute('content') ?? undefined

/** The page's own address: the canonical link, else og:url; only http(s) is kept. */
function canonicalUrl(document: Doc, fallback?: string): string | undefined {
  const candidates = [
    document.querySelector('link[rel~="canonical"]')?.getAttribute('href'),
    metaContent(document, 'meta[property="og:url"]'),
    fallback,
  ]
  for (const candidate of candidates) {
    if (!candidate) continue
    try {
      const url = new URL(candidate, fallback)
      if (url.protocol === 'http:' || url.protocol === 'https:') return url.href
    } catch {
      // A relative link on a saved page has no base: try the next candidate.
    }
  }
  return undefined
}

/** "Troops Reach Kursk | The Daily Check" → "Troops Reach Kursk" once the site's name is known. */
function withoutSiteName(title: string | undefined, site: string | undefined): string | undefined {
  if (!title || !site) return title
  const suffix = new RegExp(`\\s+[|–—:-]\\s+${site.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`, 'i')
  return title.replace(suffix, '') || title
}

/**
 * A saved web page: Readability finds the article on a server-side DOM (linkedom runs no scripts)
 * and only its words reach the workspace; scripts, navigation and ads are left behind.
 */
export function parseHtmlArticle(
  html: string,
  fileName: string,
  fallbackTitle: string,
  pageUrl?: string,
): ParsedArticle {
  const { document } = parseHTML(html)
  if (depthOf(document) > MAX_DEPTH) {
    throw new ServiceError(
      'unsupported',
      `${fileName} nests its elements more than ${MAX_DEPTH} levels deep, which no article page does.`,
    )
  }
  const url = canonicalUrl(document, pageUrl)
  const published = metaContent(document, 'meta[property="article:published_time"]')
  const updated = metaContent(document, 'meta[property="article:modified_time"]')
  const ogTitle = metaContent(document, 'meta[property="og:title"]')
  const reader = new Readability(document as unknown as Document, { keepClasses: false }).parse()
  const blocks = blocksFromHtml(reader?.content ?? document.body?.innerHTML ?? '')
  return withHeadline(
    blocks,
    {
      title:
        ogTitle ?? withoutSiteName(reader?.title || document.title, reader?.siteName ?? undefined),
      byline: reader?.byline ?? undefined,
      site: reader?.siteName ?? undefined,
      published: reader?.publishedTime ?? published,
      updated,
      url,
    },
    fallbackTitle,
  )
}
