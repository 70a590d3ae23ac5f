import type { Nodes, Root, RootContent } from 'mdast'
import { fromMarkdown } from 'mdast-util-from-markdown'
import { parse as parseYaml } from 'yaml'
import type { BlockKind } from '../../../shared/article-model'
import { ServiceError } from '../../../shared/result'
import type { BlockDraft } from '../article-record'
import { withHeadline, type ParsedArticle } from './parsed-article'

const FRONT_MATTER = /^---\n([\s\S]*?)\n(?:---|\.\.\.)[ \t]*(?:\n|$)/

/** The words of a node: code keeps its text, raw HTML and images are dropped. */
function plainText(node: Nodes): string {
  if (node.type === 'html' || node.type === 'image' || node.type === 'imageReference') return ''
  if (node.type === 'break') return ' '
  if ('value' in node) return node.value
  if ('children' in node) return node.children.map((child) => plainText(child)).join('')
  return ''
}

function collectBlocks(nodes: RootContent[], out: BlockDraft[], inQuote: boolean): void {
  const push = (kind: BlockKind, node: Nodes) => {
    const text = plainText(node).replace(/\s+/g, ' ').trim()
    if (text !== '') out.push({ kind: inQuote ? 'quote' : kind, text })
  }
  for (const node of nodes) {
    if (node.type === 'heading') push('heading', node)
    else if (node.type === 'paragraph' || node.type === 'code') push('paragraph', node)
    else if (node.type === 'blockquote') collectBlocks(node.children, out, true)
    else if (node.type === 'list') {
      for (const item of node.children) {
        const [first, ...rest] = item.children
        if (first) push('list-item', first)
        collectBlocks(rest, out, inQuote)
      }
    }
  }
}

function readFrontMatter(
  text: string,
  fileName: string,
): { fields: Record<string, unknown>; body: string } {
  const match = FRONT_MATTER.exec(text)
  if (!match) return { fields: {}, body: text }
  let fields: unknown
  try {
    fields = parseYaml(match[1] ?? '')
  } catch (error) {
    throw new ServiceError(
      'invalid-input',
      `${fileName}: the front matter is not valid YAML (${(error as Error).message.split('\n')[0]}).`,
    )
  }
  const isRecord = typeof fields === 'object' && fields !== null && !Array.isArray(fields)
  return {
    fields: isRecord ? (fields as Record<string, unknown>) : {},
    body: text.slice(match[0].length),
  }
}

const field = (fields: Record<string, unknown>, ...names: string[]): string | undefined => {
  for (const name of names) {
    const value = fields[name]
    if (typeof value === 'string' || typeof value === 'number') return String(value)
    if (value instanceof Date) return value.toISOString()
    if (Array.isArray(value) && value.every((item) => typeof item === 'string'))
      return value.join(', ')
  }
  return undefined
}

/** Markdown with optional YAML front matter (title, author, date, url); only the text is kept. */
export function parseMarkdownArticle(
  text: string,
  fileName: string,
  fallbackTitle: string,
): ParsedArticle {
  const { fields, body } = readFrontMatter(text, fileName)
  const tree: Root = fromMarkdown(body)
  const blocks: BlockDraft[] = []
  collectBlocks(tree.children, blocks, false)
  const firstIsTitle = tree.children[0]?.type === 'heading' && tree.children[0].depth === 1
  return withHeadline(
    blocks,
    {
      title: field(fields, 'title') ?? (firstIsTitle ? blocks[0]?.text : undefined),
      subtitle: field(fields, 'subtitle', 'description'),
      byline: field(fields, 'author', 'authors', 'byline'),
      published: field(fields, 'date', 'published'),
      updated: field(fields, 'updated', 'modified', 'lastmod'),
      site: field(fields, 'site', 'source', 'publisher'),
      url: field(fields, 'url', 'canonical_url', 'link'),
    },
    fallbackTitle,
  )
}
