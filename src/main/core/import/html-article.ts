import { Readability } from '@mozilla/readability'
import { parseHTML } from 'linkedom'
import { ServiceError } from '../../../shared/result'
import { blocksFromHtml } from './html-blocks'
import { withoutBoilerplate } from './page-boilerplate'
import { pageDetails } from './page-details'
import { cleanPageTitle } from './page-title'
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
  const details = pageDetails(document, pageUrl)
  const ogTitle = metaContent(document, 'meta[property="og:title"]')
  const reader = new Readability(document as unknown as Document, { keepClasses: false }).parse()
  const byline = details.byline ?? reader?.byline ?? undefined
  const site = details.site ?? reader?.siteName ?? undefined
  const blocks = withoutBoilerplate(
    blocksFromHtml(reader?.content ?? document.body?.innerHTML ?? ''),
    byline?.replace(/^\s*by\s+/i, ''),
  )
  return withHeadline(
    blocks,
    {
      title: cleanPageTitle(ogTitle ?? (reader?.title || document.title), { site, byline }),
      byline,
      site,
      published: details.published ?? reader?.publishedTime ?? undefined,
      updated: details.updated,
      // A saved page's only address is its canonical one; a fetched page keeps the one it came from.
      url: pageUrl ?? details.canonicalUrl,
      canonicalUrl: details.canonicalUrl,
    },
    fallbackTitle,
  )
}
