import type { z } from 'zod'
import type {
  CheckedAgainst,
  ClaimOrigin,
  NotesDoc,
  Source,
  TextQuoteSelector,
} from '../../../shared/claim-model'

/** An annotation read from a file (W3C or Hypothesis), in one shape, before it has an article. */
export type ForeignAnnotation = {
  /** Where it stands in the file, from 0. */
  index: number
  /** How messages name it: its id, or its place in the file. */
  label: string
  id?: string
  /** The page it was made on: a target source, a Hypothesis uri. */
  source: string
  quote?: TextQuoteSelector
  /** Where the quote was in the page; a hint only, as that page may not be this article's text. */
  position?: { start: number; end: number; countsCodePoints: boolean }
  tags: string[]
  verdict?: string
  finding?: NotesDoc
  notes?: NotesDoc
  sources: Source[]
  claimant?: string
  status?: string
  groupId?: string
  created?: string
  modified?: string
  origin?: ClaimOrigin
  /** The article version it was checked against, as the exporting workspace numbered it. */
  checkedAgainst?: CheckedAgainst
  /** A reply: the id of the annotation that starts its thread. */
  replyTo?: string
  /** Who wrote it, as a reply is signed in the notes. */
  author?: string
}

/** An item of the file that is no annotation, and why. */
export type Unreadable = { index: number; label: string; reason: string }

export type ReadItem = ForeignAnnotation | Unreadable

export const isUnreadable = (item: ReadItem): item is Unreadable => 'reason' in item

const text = (value: unknown): string => (typeof value === 'string' ? value : '')

/** A file's own id for an item, when it has one; else its place in the file. */
export const labelOf = (raw: unknown, index: number): string =>
  text((raw as Record<string, unknown> | null)?.id) || `annotation ${index + 1}`

/** Why an item was not read, from the first thing its schema found wrong. */
export function unreadable(
  index: number,
  raw: unknown,
  what: string,
  error: z.ZodError,
): Unreadable {
  const issue = error.issues[0]
  const where = `${issue?.path.join('.') || 'annotation'}: ${issue?.message}`
  return { index, label: labelOf(raw, index), reason: `it is not ${what} (${where})` }
}

type Selector = Record<string, unknown>

/** The quote and where it was, from a target's selectors (W3C counts code points, Hypothesis UTF-16 units). */
export function quoteAndPosition(
  selectors: Selector[],
  countsCodePoints: boolean,
): Pick<ForeignAnnotation, 'quote' | 'position'> {
  const quote = selectors.find((selector) => selector.type === 'TextQuoteSelector')
  const position = selectors.find((selector) => selector.type === 'TextPositionSelector')
  const { start, end } = position ?? {}
  return {
    ...(quote && typeof quote.exact === 'string'
      ? { quote: { exact: quote.exact, prefix: text(quote.prefix), suffix: text(quote.suffix) } }
      : {}),
    ...(Number.isInteger(start) && Number.isInteger(end)
      ? { position: { start: Number(start), end: Number(end), countsCodePoints } }
      : {}),
  }
}
