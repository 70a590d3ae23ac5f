import type { Element, ElementContent, Nodes as HastNodes, Root as HastRoot } from 'hast'
import { toHtml } from 'hast-util-to-html'
import type { RootContent } from 'mdast'
import { toHast } from 'mdast-util-to-hast'
import { isWebUrl } from '../../../shared/safe-url'
import { keepLiteral, reportSections } from './markdown-report'
import type { PublishedReport } from './published-report'
import { REPORT_PAGE_STYLE, REPORT_PAGE_STYLE_SOURCE } from './report-page-style'
import { WrittenSections } from './written-sections'

/** Nothing may load, run or be submitted: the page is its text and its one stylesheet. */
const PAGE_POLICY = [
  "default-src 'none'",
  `style-src ${REPORT_PAGE_STYLE_SOURCE}`,
  "base-uri 'none'",
  "form-action 'none'",
].join('; ')

const element = (
  tagName: string,
  properties: Element['properties'],
  children: ElementContent[] = [],
): Element => ({ type: 'element', tagName, properties, children })

const textNode = (value: string): ElementContent => ({ type: 'text', value })

/**
 * Links only to the web (a mailto: link from a note becomes its text), opened without telling
 * the site where from; table alignment as a class, since the page allows no style attributes.
 */
function publishable(node: HastNodes): void {
  if (!('children' in node)) return
  node.children = node.children.flatMap((child): ElementContent[] => {
    if (child.type !== 'element') return [child as ElementContent]
    publishable(child)
    if (child.tagName === 'a') {
      const href = String(child.properties.href ?? '')
      if (!isWebUrl(href)) return child.children
      child.properties = { href, rel: ['noopener', 'noreferrer'] }
    }
    if (child.properties.align) {
      child.properties = { className: [`align-${String(child.properties.align)}`] }
    }
    if (child.tagName === 'th') child.properties = { ...child.properties, scope: 'col' }
    return [child]
  })
}

/** Sections already written as HTML, by their tree. */
const writtenHtml = new WrittenSections(16_000_000)

/** Each section as HTML, written once for the same tree; see `serialiseEach` for Markdown. */
function sectionsHtml(sections: RootContent[][]): string {
  return sections
    .map((children) => {
      const key = JSON.stringify(children)
      const known = writtenHtml.get(key)
      if (known !== undefined) return known
      keepLiteral(children)
      const tree = toHast({ type: 'root', children }) as HastRoot
      publishable(tree)
      const html = toHtml(tree)
      writtenHtml.set(key, html)
      return html
    })
    .join('')
}

const FOOTER =
  'Made with Claimdesk. “Open the article at this quote” opens the live page at the quoted words, in browsers that support text fragments.'

/**
 * The report as one standalone HTML page, from the same sections as the Markdown: no script, no
 * event handler, no style attribute, every link http(s), and a Content-Security-Policy that would
 * stop anything else from running or loading if it were there.
 */
export function htmlReport(report: PublishedReport): string {
  const head = element('head', {}, [
    element('meta', { charSet: 'utf-8' }),
    element('meta', { httpEquiv: ['Content-Security-Policy'], content: PAGE_POLICY }),
    element('meta', { name: 'viewport', content: 'width=device-width, initial-scale=1' }),
    element('meta', { name: 'referrer', content: 'no-referrer' }),
    element('meta', { name: 'generator', content: 'Claimdesk' }),
    element('title', {}, [textNode(report.title)]),
    element('style', {}, [textNode(REPORT_PAGE_STYLE)]),
  ])
  const footer = element('footer', {}, [textNode(FOOTER)])
  // The fixed tags are written here; every text and attribute inside goes through toHtml.
  return (
    `<!DOCTYPE html><html lang="en">${toHtml(head)}<body><main>` +
    `${sectionsHtml(reportSections(report))}</main>${toHtml(footer)}</body></html>\n`
  )
}
