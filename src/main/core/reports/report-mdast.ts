import type { BlockContent, ListItem, PhrasingContent, RootContent, Table } from 'mdast'
import { isSafeLinkUrl } from '../../../shared/safe-url'

/** The small pieces every report section is built of, as Markdown syntax tree nodes. */
export const text = (value: string): PhrasingContent => ({ type: 'text', value })

export const strong = (...children: PhrasingContent[]): PhrasingContent => ({
  type: 'strong',
  children,
})

export const emphasis = (...children: PhrasingContent[]): PhrasingContent => ({
  type: 'emphasis',
  children,
})

export const paragraph = (...children: PhrasingContent[]): BlockContent => ({
  type: 'paragraph',
  children,
})

export const heading = (depth: 1 | 2 | 3, value: string): RootContent => ({
  type: 'heading',
  depth,
  children: [text(value)],
})

export const list = (children: ListItem[]): BlockContent => ({
  type: 'list',
  ordered: false,
  spread: false,
  children,
})

export const item = (...children: BlockContent[]): ListItem => ({
  type: 'listItem',
  spread: false,
  children,
})

/** `**Label:** value`; the space joins the value's own text so the tree is what a parser reads back. */
export function field(label: string, ...value: PhrasingContent[]): BlockContent {
  const name = strong(text(`${label}:`))
  const [first, ...rest] = value
  if (!first) return paragraph(name)
  return first.type === 'text'
    ? paragraph(name, text(` ${first.value}`), ...rest)
    : paragraph(name, text(' '), first, ...rest)
}

/** A web address becomes a link; anything else (a javascript: URL, a path) stays visible as text. */
export const linkOrText = (url: string, label = url): PhrasingContent =>
  isSafeLinkUrl(url) ? { type: 'link', url, children: [text(label)] } : text(label)

/** A table cell holds one line: line breaks inside a passage become spaces. */
export const oneLine = (value: string) => value.replace(/\s*\n\s*/g, ' ')

const cell = (children: PhrasingContent[]) => ({ type: 'tableCell' as const, children })

/** A GFM table: one header row of labels, then rows of cells; `align` per column. */
export function table(
  header: string[],
  rows: PhrasingContent[][][],
  align: Table['align'] = header.map(() => null),
): Table {
  const row = (cells: PhrasingContent[][]) => ({
    type: 'tableRow' as const,
    children: cells.map(cell),
  })
  return {
    type: 'table',
    align,
    children: [row(header.map((label) => [text(label)])), ...rows.map(row)],
  }
}
