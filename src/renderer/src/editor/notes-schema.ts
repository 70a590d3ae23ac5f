import type { JSONContent } from '@tiptap/core'
import { Fragment, Slice, type Mark, type Node as ProseMirrorNode } from '@tiptap/pm/model'
import { StarterKit } from '@tiptap/starter-kit'
import { EMPTY_NOTES, type NotesDoc } from '../../../shared/claim-model'
import { isSafeLinkUrl } from '../../../shared/safe-url'

type NoteNode = NotesDoc['content'][number]
type NoteMark = NonNullable<NoteNode['marks']>[number]

const BLOCK_TYPES = ['paragraph', 'bulletList', 'orderedList', 'listItem'] as const
type BlockType = (typeof BLOCK_TYPES)[number]
const LINK_REL = 'noopener noreferrer nofollow'

const isAllowedHref = (href: unknown): boolean => typeof href === 'string' && isSafeLinkUrl(href)
const isBlockType = (type: string | undefined): type is BlockType =>
  (BLOCK_TYPES as readonly (string | undefined)[]).includes(type)

/** The notes schema: paragraphs, bold, italic, lists, hard breaks and http(s)/mailto links only. */
export const notesExtensions = [
  StarterKit.configure({
    blockquote: false,
    code: false,
    codeBlock: false,
    heading: false,
    horizontalRule: false,
    strike: false,
    underline: false,
    link: {
      autolink: false,
      openOnClick: false,
      defaultProtocol: 'https',
      HTMLAttributes: { rel: LINK_REL, target: null, class: 'notes-link' },
      isAllowedUri: isAllowedHref,
      shouldAutoLink: isAllowedHref,
    },
  }),
]

function toNoteMarks(marks: JSONContent['marks']): NoteMark[] {
  const kept = new Map<string, NoteMark>()
  for (const mark of marks ?? []) {
    if (mark.type === 'bold' || mark.type === 'italic') kept.set(mark.type, { type: mark.type })
    const href: unknown = mark.attrs?.href
    if (mark.type === 'link' && typeof href === 'string' && isAllowedHref(href.trim())) {
      kept.set('link', { type: 'link', attrs: { href: href.trim() } })
    }
  }
  return [...kept.values()]
}

function toBlockAttrs(node: JSONContent): { attrs?: { start: number } } {
  const start: unknown = node.attrs?.start
  const isCustomStart = node.type === 'orderedList' && Number.isSafeInteger(start) && start !== 1
  return isCustomStart ? { attrs: { start: start as number } } : {}
}

function toNoteNode(node: JSONContent): NoteNode | null {
  if (node.type === 'hardBreak') return { type: 'hardBreak' }
  if (node.type === 'text') {
    if (!node.text) return null
    const marks = toNoteMarks(node.marks)
    return { type: 'text', text: node.text, ...(marks.length ? { marks } : {}) }
  }
  if (!isBlockType(node.type)) return null
  const content = toNoteNodes(node.content)
  return { type: node.type, ...toBlockAttrs(node), ...(content.length ? { content } : {}) }
}

function toNoteNodes(nodes: JSONContent[] | undefined): NoteNode[] {
  return (nodes ?? []).map(toNoteNode).filter((node): node is NoteNode => node !== null)
}

const isEmptyParagraph = (node: NoteNode) => node.type === 'paragraph' && !node.content?.length

/**
 * Editor JSON → a stored note: only the allowed nodes and marks, links only to safe addresses,
 * no trailing blank paragraphs (so an untouched editor compares equal to what was stored).
 * Nothing is cut: whether a note is too large to keep is `noteSizeProblem`'s to say.
 */
export function toNotesDoc(json: JSONContent): NotesDoc {
  if (json.type !== 'doc') return EMPTY_NOTES
  const content = toNoteNodes(json.content)
  while (content.length && isEmptyParagraph(content[content.length - 1] as NoteNode)) content.pop()
  return { type: 'doc', content }
}

/** A stored note → editor content; ProseMirror's doc needs at least one block to put a cursor in. */
export function toEditorContent(notes: NotesDoc): JSONContent {
  return notes.content.length ? notes : { type: 'doc', content: [{ type: 'paragraph' }] }
}

function keepSafeLinkMarks(marks: readonly Mark[]): Mark[] {
  return marks.flatMap((mark) => {
    if (mark.type.name !== 'link') return [mark]
    // A fresh mark drops pasted rel, target, class and title, so the defaults above apply.
    return isAllowedHref(mark.attrs.href) ? [mark.type.create({ href: mark.attrs.href })] : []
  })
}

function cleanPastedNode(node: ProseMirrorNode): ProseMirrorNode {
  if (node.isText) return node.mark(keepSafeLinkMarks(node.marks))
  return node.copy(cleanPastedFragment(node.content)).mark(keepSafeLinkMarks(node.marks))
}

function cleanPastedFragment(fragment: Fragment): Fragment {
  const nodes: ProseMirrorNode[] = []
  fragment.forEach((node) => nodes.push(cleanPastedNode(node)))
  return Fragment.fromArray(nodes)
}

/** Pasted or dropped content keeps links only to safe addresses, and only their href. */
export function keepSafeLinks(slice: Slice): Slice {
  return new Slice(cleanPastedFragment(slice.content), slice.openStart, slice.openEnd)
}
