import type { NoteNode, NotesDoc } from './claim-model'

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
