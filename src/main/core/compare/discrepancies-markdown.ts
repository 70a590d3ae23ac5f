import type { ListItem, PhrasingContent, Root, RootContent } from 'mdast'
import {
  DISCREPANCY_KIND_LABELS,
  type DiffPart,
  type Discrepancy,
  type Passage,
} from '../../../shared/compare-model'
import { serialiseMarkdown } from '../reports/markdown-serialise'

const text = (value: string): PhrasingContent => ({ type: 'text', value })

/** Removed words as ~~strikethrough~~, added words as **bold**, each also named in words. */
function diffPhrasing(parts: readonly DiffPart[]): PhrasingContent[] {
  return parts.flatMap((part): PhrasingContent[] => {
    if (part.kind === 'same') return [text(part.text)]
    // Markdown cannot open or close emphasis next to a space: keep the spaces outside.
    const [, before = '', words = '', after = ''] = /^(\s*)(.*?)(\s*)$/s.exec(part.text) ?? []
    const label = `${part.kind}: ${words}`
    const marked: PhrasingContent =
      part.kind === 'removed'
        ? { type: 'delete', children: [text(label)] }
        : { type: 'strong', children: [text(label)] }
    return [...(before ? [text(before)] : []), marked, ...(after ? [text(after)] : [])]
  })
}

/** How a passage names where it comes from: the outlet and the article's title. */
export const outletOf = (passage: Passage) =>
  passage.site ? `${passage.site}, “${passage.articleTitle}”` : `“${passage.articleTitle}”`

const itemOf = (says: string, passage: Passage): ListItem => ({
  type: 'listItem',
  spread: false,
  children: [
    {
      type: 'paragraph',
      children: [
        { type: 'strong', children: [text(outletOf(passage))] },
        text(` says ${says} (characters ${passage.start}–${passage.end}): `),
        { type: 'emphasis', children: [text(passage.text)] },
      ],
    },
  ],
})

/** One discrepancy as Markdown blocks: a heading, its caveat, the word diff and what each article says. */
function discrepancyBlocks(discrepancy: Discrepancy, depth: 2 | 3 = 2): RootContent[] {
  const prefix = discrepancy.groupId
    ? `${DISCREPANCY_KIND_LABELS[discrepancy.kind]} (linked claims)`
    : DISCREPANCY_KIND_LABELS[discrepancy.kind]
  return [
    { type: 'heading', depth, children: [text(`${prefix}: ${discrepancy.summary}`)] },
    ...(discrepancy.caveat
      ? [
          {
            type: 'paragraph',
            children: [{ type: 'emphasis', children: [text(discrepancy.caveat)] }],
          } as RootContent,
        ]
      : []),
    ...(discrepancy.diff
      ? [
          {
            type: 'paragraph',
            children: [text('Word changes: '), ...diffPhrasing(discrepancy.diff)],
          } as RootContent,
        ]
      : []),
    {
      type: 'list',
      ordered: false,
      spread: false,
      children: discrepancy.items.map((item) => itemOf(item.says, item.passage)),
    },
  ]
}

/** Every discrepancy of the workspace as a Markdown document, for `claimdesk compare --workspace DIR`. */
export function discrepanciesAsMarkdown(discrepancies: readonly Discrepancy[]): string {
  const tree: Root = {
    type: 'root',
    children: [
      { type: 'heading', depth: 1, children: [text('Discrepancies across outlets')] },
      discrepancies.length
        ? {
            type: 'paragraph',
            children: [
              text(
                `${discrepancies.length} found. Each lists what every article says, with the passage.`,
              ),
            ],
          }
        : {
            type: 'paragraph',
            children: [
              text('None found: the articles agree on their quotations, figures and dates.'),
            ],
          },
      ...discrepancies.flatMap((discrepancy) => discrepancyBlocks(discrepancy)),
    ],
  }
  return serialiseMarkdown(tree)
}
