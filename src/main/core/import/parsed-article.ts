import { isWebUrl } from '../../../shared/safe-url'
import type { BlockDraft } from '../article-record'

/** What every format reader produces: the article's blocks and the metadata it found in the file. */
export type ParsedArticle = {
  blocks: BlockDraft[]
  title: string
  subtitle?: string
  byline?: string
  published?: string
  updated?: string
  site?: string
  url?: string
  /** The address the page names as its own (`<link rel=canonical>`, og:url). */
  canonicalUrl?: string
}

const clean = (value: string | null | undefined): string | undefined => {
  const text = value?.replace(/\s+/g, ' ').trim()
  return text ? text : undefined
}

/** The address a file says it came from, if it is an http(s) one; a javascript: or file: one is dropped. */
const webAddress = (value: string | null | undefined): string | undefined => {
  const address = clean(value)
  return address && isWebUrl(address) ? address : undefined
}

/** "By Jane Doe" and "Jane Doe" are the same byline. */
const cleanByline = (value: string | null | undefined): string | undefined =>
  clean(value?.replace(/^\s*by\s+/i, ''))

/** A first block short enough to be a headline; a long opening paragraph is not a title. */
const shortFirstLine = (blocks: BlockDraft[]): string | undefined => {
  const first = clean(blocks[0]?.text)
  return first && first.length <= 160 ? first : undefined
}

/**
 * Puts the title first as the headline (reusing a leading heading with the same words) and drops
 * absent metadata, so stored JSON never carries `undefined` keys.
 */
export function withHeadline(
  blocks: BlockDraft[],
  meta: Omit<ParsedArticle, 'blocks' | 'title'> & { title: string | null | undefined },
  fallbackTitle: string,
): ParsedArticle {
  const title = clean(meta.title) ?? shortFirstLine(blocks) ?? fallbackTitle
  const [first, ...rest] = blocks
  const body = first && first.text === title ? rest : blocks
  const byline = cleanByline(meta.byline)
  const front =
    byline && !body.some((block) => block.text.includes(byline))
      ? [{ kind: 'byline' as const, text: `By ${byline}` }]
      : []
  const parsed: ParsedArticle = {
    ...meta,
    title,
    byline,
    subtitle: clean(meta.subtitle),
    site: clean(meta.site),
    published: clean(meta.published),
    updated: clean(meta.updated),
    url: webAddress(meta.url),
    canonicalUrl: webAddress(meta.canonicalUrl),
    blocks: [{ kind: 'headline', text: title }, ...front, ...body],
  }
  return Object.fromEntries(
    Object.entries(parsed).filter(([, v]) => v !== undefined),
  ) as ParsedArticle
}
