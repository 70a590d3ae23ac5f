import type { BlockContent, ListItem, PhrasingContent, RootContent } from 'mdast'
import type { NoteNode, NotesDoc } from '../../../shared/claim-model'
import { isSafeLinkUrl } from '../../../shared/safe-url'

type Mark = NonNullable<NoteNode['marks']>[number]

/** Wraps text in its marks; a link that is not http(s)/mailto stays plain text. */
function marked(value: string, marks: Mark[]): PhrasingContent {
  let content: PhrasingContent = { type: 'text', value }
  for (const mark of marks) {
    if (mark.type === 'bold') content = { type: 'strong', children: [content] }
    else if (mark.type === 'italic') content = { type: 'emphasis', children: [content] }
    else if (mark.type === 'link' && isSafeLinkUrl(mark.attrs.href))
      content = { type: 'link', url: mark.attrs.href, children: [content] }
  }
  return content
}

/** Spaces at the edges of marked text stay outside the mark, where Markdown can keep them. */
function markedText(node: NoteNode): PhrasingContent[] {
  const value = node.text ?? ''
  const marks = node.marks ?? []
  const [, before = '', core = '', after = ''] = /^(\s*)([\s\S]*?)(\s*)$/.exec(value) ?? []
  if (marks.length === 0 || core === '') return [{ type: 'text', value }]
  return [
    ...(before ? [{ type: 'text' as const, value: before }] : []),
    marked(core, marks),
    ...(after ? [{ type: 'text' as const, value: after }] : []),
  ]
}

/** Neighbouring texts become one, as a parser would read them. */
function joinTexts(nodes: PhrasingContent[]): PhrasingContent[] {
  return nodes.reduce<PhrasingContent[]>((joined, node) => {
    const last = joined[joined.length - 1]
    if (last?.type === 'text' && node.type === 'text')
      joined[joined.length - 1] = { type: 'text', value: last.value + node.value }
    else joined.push(node)
    return joined
  }, [])
}

function phrasing(nodes: NoteNode[] = []): PhrasingContent[] {
  return joinTexts(
    nodes.flatMap((node): PhrasingContent[] => {
      if (node.type === 'text') return markedText(node)
      if (node.type === 'hardBreak') return [{ type: 'break' }]
      return []
    }),
  )
}

function listItem(node: NoteNode): ListItem {
  return { type: 'listItem', spread: false, children: blocks(node.content) }
}

function block(node: NoteNode): BlockContent[] {
  switch (node.type) {
    case 'paragraph': {
      const children = phrasing(node.content)
      return children.length > 0 ? [{ type: 'paragraph', children }] : []
    }
    case 'bulletList':
    case 'orderedList': {
      const items = (node.content ?? []).filter((item) => item.type === 'listItem').map(listItem)
      if (items.length === 0) return []
      const start = (node.attrs as { start?: unknown } | undefined)?.start
      return [
        {
          type: 'list',
          ordered: node.type === 'orderedList',
          ...(node.type === 'orderedList' && Number.isInteger(start)
            ? { start: start as number }
            : {}),
          spread: false,
          children: items,
        },
      ]
    }
    case 'listItem':
      return blocks(node.content)
    default:
      return phrasing([node]).length > 0 ? [{ type: 'paragraph', children: phrasing([node]) }] : []
  }
}

const blocks = (nodes: NoteNode[] = []): BlockContent[] => nodes.flatMap(block)

/** A claim's notes (TipTap JSON) as Markdown blocks; empty paragraphs are dropped. */
export const notesToMdast = (notes: NotesDoc): RootContent[] => blocks(notes.content)

/** A claim's notes as plain text: paragraphs and list items on their own lines. */
export function notesToPlainText(notes: NotesDoc): string {
  const lines: string[] = []
  const walk = (nodes: NoteNode[] = [], bullet = '') => {
    for (const node of nodes) {
      if (node.type === 'paragraph') lines.push(bullet + textOf(node))
      else if (node.type === 'bulletList' || node.type === 'orderedList') walk(node.content, '- ')
      else if (node.type === 'listItem') walk(node.content, bullet)
      else lines.push(bullet + textOf(node))
    }
  }
  walk(notes.content)
  return lines.filter((line) => line.trim() !== '').join('\n')
}

function textOf(node: NoteNode): string {
  if (node.type === 'text') return node.text ?? ''
  if (node.type === 'hardBreak') return '\n'
  return (node.content ?? []).map(textOf).join('')
}
