import { DomUtils, parseDocument } from 'htmlparser2'
import { HtmlValidate } from 'html-validate'
import { isWebUrl } from '../../../shared/safe-url'

const validator = new HtmlValidate({ extends: ['html-validate:recommended'] })

/** html-validate's recommended rules; one line per problem, empty when the page is valid. */
export async function validateHtml(html: string): Promise<string[]> {
  const report = await validator.validateString(html)
  return report.results.flatMap((result) =>
    result.messages.map(
      (message) => `${message.line}:${message.column} ${message.ruleId} ${message.message}`,
    ),
  )
}

/** Elements that run code, load something or send something; a report has none of them. */
const ACTIVE_ELEMENTS = new Set([
  'script',
  'iframe',
  'frame',
  'object',
  'embed',
  'form',
  'base',
  'link',
  'img',
  'svg',
  'math',
  'template',
])

/** Everything in a page that could run, load or point somewhere other than the web, in words. */
export function unsafeParts(html: string): string[] {
  const elements = DomUtils.getElementsByTagName(() => true, parseDocument(html).children, true)
  return elements.flatMap((element) => [
    ...(ACTIVE_ELEMENTS.has(element.name) ? [`<${element.name}>`] : []),
    ...Object.entries(element.attribs).flatMap(([name, value]) => {
      if (/^on/i.test(name)) return [`${name} on <${element.name}>`]
      if (name === 'style' || name === 'src' || name === 'srcset') return [`${name}="${value}"`]
      if (name === 'href' && !isWebUrl(value)) return [`href="${value}"`]
      return []
    }),
  ])
}

/** The addresses of a page's links, in order. */
export const linksOf = (html: string): string[] =>
  DomUtils.getElementsByTagName('a', parseDocument(html).children, true).map(
    (anchor) => anchor.attribs.href ?? '',
  )
