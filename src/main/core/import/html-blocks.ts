import { parseHTML } from 'linkedom'
import type { BlockKind } from '../../../shared/article-model'
import type { BlockDraft } from '../article-record'

/** Never text: their content is code, media or page furniture. */
const SKIPPED = new Set([
  'script',
  'style',
  'noscript',
  'template',
  'iframe',
  'object',
  'embed',
  'svg',
  'math',
  'canvas',
  'video',
  'audio',
  'img',
  'picture',
  'button',
  'form',
  'input',
  'select',
  'textarea',
  'nav',
  'head',
])

const BLOCK_KINDS: Record<string, BlockKind> = {
  h1: 'heading',
  h2: 'heading',
  h3: 'heading',
  h4: 'heading',
  h5: 'heading',
  h6: 'heading',
  p: 'paragraph',
  pre: 'paragraph',
  li: 'list-item',
  figcaption: 'caption',
  dt: 'paragraph',
  dd: 'paragraph',
  caption: 'caption',
  tr: 'paragraph',
}

/** Containers: their children are read one by one; inline text between blocks becomes a paragraph. */
const CONTAINERS = new Set([
  'html',
  'body',
  'div',
  'section',
  'article',
  'main',
  'header',
  'footer',
  'aside',
  'figure',
  'blockquote',
  'ul',
  'ol',
  'dl',
  'table',
  'thead',
  'tbody',
  'tfoot',
  'details',
  'summary',
  'center',
])

type Node = {
  nodeType: number
  nodeName: string
  textContent: string | null
  childNodes: ArrayLike<Node>
}

const TEXT_NODE = 3
const ELEMENT_NODE = 1

const tagOf = (node: Node) => node.nodeName.toLowerCase()

/** Collapses layout whitespace: a block is one line of plain text. */
const tidy = (text: string) => text.replace(/\s+/g, ' ').trim()

/** The text of an element, leaving out scripts, styles, media and nested lists. */
function textOf(node: Node, skipLists = false): string {
  if (node.nodeType === TEXT_NODE) return node.textContent ?? ''
  if (node.nodeType !== ELEMENT_NODE) return ''
  const tag = tagOf(node)
  if (SKIPPED.has(tag) || (skipLists && (tag === 'ul' || tag === 'ol'))) return ''
  if (tag === 'br') return ' '
  const cellGap = tag === 'td' || tag === 'th' ? ' ' : ''
  return Array.from(node.childNodes, (child) => textOf(child, skipLists)).join('') + cellGap
}

class BlockCollector {
  readonly blocks: BlockDraft[] = []
  private inline: string[] = []

  push(kind: BlockKind, text: string): void {
    this.flushInline()
    const clean = tidy(text)
    if (clean !== '') this.blocks.push({ kind, text: clean })
  }

  addInline(text: string): void {
    this.inline.push(text)
  }

  flushInline(inQuote = false): void {
    const text = tidy(this.inline.join(''))
    this.inline = []
    if (text !== '') this.blocks.push({ kind: inQuote ? 'quote' : 'paragraph', text })
  }
}

function walk(node: Node, out: BlockCollector, inQuote: boolean): void {
  if (node.nodeType === TEXT_NODE) return out.addInline(node.textContent ?? '')
  if (node.nodeType !== ELEMENT_NODE) return
  const tag = tagOf(node)
  if (SKIPPED.has(tag)) return
  const kind = BLOCK_KINDS[tag]
  if (kind === 'list-item') {
    out.push(kind, textOf(node, true))
    for (const child of Array.from(node.childNodes)) {
      if (['ul', 'ol'].includes(tagOf(child))) walk(child, out, inQuote)
    }
  } else if (kind) {
    out.push(inQuote && kind === 'paragraph' ? 'quote' : kind, textOf(node))
  } else if (CONTAINERS.has(tag)) {
    out.flushInline(inQuote)
    const isQuote = inQuote || tag === 'blockquote'
    for (const child of Array.from(node.childNodes)) walk(child, out, isQuote)
    out.flushInline(isQuote)
  } else {
    out.addInline(textOf(node))
  }
}

/** Turns an HTML fragment into plain-text blocks; no markup survives, only the words. */
export function blocksFromHtml(html: string): BlockDraft[] {
  const { document } = parseHTML(`<!doctype html><html><body>${html}</body></html>`)
  const out = new BlockCollector()
  walk(document.body as unknown as Node, out, false)
  out.flushInline()
  return out.blocks
}
