import type { Nodes, PhrasingContent, Root } from 'mdast'
import { gfmFromMarkdown } from 'mdast-util-gfm'

/** The parser's own pass that turns `http://…`, `www.…` and `a@b.c` in text into links. */
const autolinkLiteralPasses = gfmFromMarkdown().flatMap((extension) => extension.transforms ?? [])

const LINKING_PARENTS = new Set(['link', 'linkReference'])

/** Every autolink literal holds one of these; text without them is left alone, quickly. */
const MAY_AUTOLINK = /https?:\/\/|www\.|@/i

/** What GFM would make of one text node on its own: plain text and the links it would find in it. */
function asParsed(value: string): PhrasingContent[] {
  const probe: Root = {
    type: 'root',
    children: [{ type: 'paragraph', children: [{ type: 'text', value }] }],
  }
  for (const pass of autolinkLiteralPasses) pass(probe)
  const paragraph = probe.children[0]
  return paragraph?.type === 'paragraph' ? paragraph.children : []
}

const linkText = (node: PhrasingContent) =>
  'children' in node
    ? node.children.map((child) => ('value' in child ? child.value : '')).join('')
    : ''

/**
 * GFM links bare URLs and e-mail addresses found in any text, whatever escapes surround them, so
 * text that would become a link is written as code: shown exactly, never followed.
 * @see https://github.github.com/gfm/#autolinks-extension-
 */
export function keepUrlsLiteral(node: Nodes): void {
  if (!('children' in node) || LINKING_PARENTS.has(node.type)) return
  const children = node.children as Nodes[]
  for (let index = children.length - 1; index >= 0; index--) {
    const child = children[index]!
    if (child.type !== 'text') {
      keepUrlsLiteral(child)
      continue
    }
    if (!MAY_AUTOLINK.test(child.value)) continue
    const parsed = asParsed(child.value)
    if (parsed.every((part) => part.type === 'text')) continue
    const literal = parsed.map((part): PhrasingContent =>
      part.type === 'link' ? { type: 'inlineCode', value: linkText(part) } : part,
    )
    children.splice(index, 1, ...literal)
  }
}
