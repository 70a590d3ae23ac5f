import { z } from 'zod'
import { markdownToNotes } from '../reports/notes-from-markdown'
import { labelOf, quoteAndPosition, unreadable, type ReadItem } from './foreign-annotation'

const Selector = z.object({ type: z.string() }).loose()

/**
 * One annotation as the Hypothesis API returns it; only what Claimdesk keeps is read.
 * @see https://h.readthedocs.io/en/latest/api-reference/v1/#tag/annotations
 */
const HypothesisRow = z
  .object({
    id: z.string().optional(),
    uri: z.string().optional(),
    text: z.string().nullish(),
    tags: z.array(z.string()).nullish(),
    created: z.string().optional(),
    updated: z.string().optional(),
    user: z.string().optional(),
    user_info: z.object({ display_name: z.string().nullish() }).loose().nullish(),
    references: z.array(z.string()).nullish(),
    target: z
      .array(
        z.object({ source: z.string().optional(), selector: z.array(Selector).optional() }).loose(),
      )
      .nullish(),
    document: z
      .object({ title: z.union([z.string(), z.array(z.string())]).optional() })
      .loose()
      .nullish(),
  })
  .loose()
  // A reply is placed by the annotation it answers; anything else needs the page it was made on.
  .refine(
    (row) => row.uri !== undefined || (row.target?.length ?? 0) > 0 || !!row.references?.length,
    'it names no page',
  )
type HypothesisRow = z.infer<typeof HypothesisRow>

/** A search result (`rows`, and `replies` when asked for apart) holds its annotations in lists. */
const SearchResult = z
  .object({ rows: z.array(z.unknown()), replies: z.array(z.unknown()).optional() })
  .loose()

/** The annotations of a Hypothesis search result; undefined for any other document. */
export function hypothesisItems(document: unknown): unknown[] | undefined {
  const result = SearchResult.safeParse(document)
  return result.success ? [...result.data.rows, ...(result.data.replies ?? [])] : undefined
}

const text = (value: unknown) => (typeof value === 'string' ? value : '')

/** "acct:jane@hypothes.is" signs as "jane", unless a display name is given. */
const authorOf = (row: HypothesisRow): string =>
  row.user_info?.display_name?.trim() ||
  text(row.user)
    .replace(/^acct:/, '')
    .replace(/@hypothes\.is$/, '')

/** One Hypothesis annotation (or reply) in the one shape every annotation is read into. */
export function readHypothesisRow(raw: unknown, index: number): ReadItem {
  const parsed = HypothesisRow.safeParse(raw)
  if (!parsed.success)
    return unreadable(index, raw, 'a Web Annotation or a Hypothesis annotation', parsed.error)
  const row = parsed.data
  const source = row.target?.[0]?.source ?? row.uri ?? ''
  const title = [row.document?.title ?? []].flat()[0] ?? ''
  return {
    index,
    label: labelOf(raw, index),
    id: row.id,
    source,
    // Hypothesis counts positions in the page's text as JavaScript does, in UTF-16 units.
    ...quoteAndPosition(row.target?.[0]?.selector ?? [], false),
    tags: row.tags ?? [],
    notes: markdownToNotes(row.text ?? ''),
    sources: [],
    created: row.created,
    modified: row.updated,
    origin: { url: (row.uri ?? source).slice(0, 2048), title: title.trim().slice(0, 300) },
    ...(row.references?.length ? { replyTo: row.references[0] } : {}),
    author: authorOf(row),
  }
}
