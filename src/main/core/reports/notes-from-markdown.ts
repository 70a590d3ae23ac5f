import type {
  BlockContent,
  DefinitionContent,
  ListItem,
  Nodes,
  PhrasingContent,
  RootContent,
} from 'mdast'
import { fromMarkdown } from 'mdast-util-from-markdown'
import type { NoteNode, NotesDoc } from '../../../shared/claim-model'
import { isSafeLinkUrl } from '../../../shared/safe-url'

type Mark = NonNullable<NoteNode['marks']>[number]

const toString = (node: Nodes): string =>
  'value' in node ? node.value : 'children' in node ? node.children.map(toString).join('') : ''

/** Marks innermost first, the order notes-mdast wraps them in, so a round trip writes the same Markdown. */
function inline(nodes: PhrasingContent[], marks: Mark[] = []): NoteNode[] {
  return nodes.flatMap((node): NoteNode[] => {
    switch (node.type) {
      case 'text':
      case 'inlineCode':
      case 'html':
        return node.value
          ? [{ type: 'text', text: node.value, ...(marks.length ? { marks } : {}) }]
          : []
      case 'break':
        return [{ type: 'hardBreak' }]
      case 'strong':
        return inline(node.children, [{ type: 'bold' }, ...marks])
      case 'emphasis':
        return inline(node.children, [{ type: 'italic' }, ...marks])
      case 'link':
        return inline(
          node.children,
          isSafeLinkUrl(node.url) ? [{ type: 'link', attrs: { href: node.url } }, ...marks] : marks,
        )
      default:
        return toString(node)
          ? [{ type: 'text', text: toString(node), ...(marks.length ? { marks } : {}) }]
          : []
    }
  })
}

const paragraph = (content: NoteNode[]): NoteNode => ({ type: 'paragraph', content })

function listItem(item: ListItem): NoteNode {
  const content = blocks(item.children)
  return {
    type: 'listItem',
    content: content[0]?.type === 'paragraph' ? content : [paragraph([]), ...content],
  }
}

function block(node: RootContent | BlockContent | DefinitionContent): NoteNode[] {
  switch (node.type) {
    case 'paragraph':
      return [paragraph(inline(node.children))]
    case 'list':
      return [
        {
          type: node.ordered ? 'orderedList' : 'bulletList',
          ...(node.ordered && node.start !== null && node.start !== undefined && node.start !== 1
            ? { attrs: { start: node.start } }
            : {}),
          content: node.children.map(listItem),
        },
      ]
    case 'heading':
      return [paragraph(inline(node.children))]
    case 'blockquote':
      return blocks(node.children)
    default: {
      // Code, HTML, rules and the rest have no place in notes: their text stays, as text.
      const text = toString(node)
      return text ? [paragraph([{ type: 'text', text }])] : []
    }
  }
}

const blocks = (nodes: (RootContent | BlockContent | DefinitionContent)[]): NoteNode[] =>
  nodes.flatMap(block)

/** Notes written as Markdown (a W3C commenting body) back into a notes document; links stay http(s)/mailto only. */
export function markdownToNotes(markdown: string): NotesDoc {
  return { type: 'doc', content: blocks(fromMarkdown(markdown).children) }
}

/** Plain-text notes: one paragraph per line. */
export function plainTextToNotes(text: string): NotesDoc {
  const lines = text.split(/\r?\n/).filter((line) => line.trim() !== '')
  return { type: 'doc', content: lines.map((line) => paragraph([{ type: 'text', text: line }])) }
}
