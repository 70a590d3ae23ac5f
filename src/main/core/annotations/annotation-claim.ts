import { createHash, randomBytes } from 'node:crypto'
import {
  type CheckedAgainst,
  Claim,
  ClaimStatus,
  EMPTY_NOTES,
  type NoteNode,
  type NotesDoc,
} from '../../../shared/claim-model'
import { Id, type Article } from '../../../shared/article-model'
import type { QuotePlace } from '../anchoring/quote-search'
import { selectorsFor } from '../claims/selectors'
import { CLAIM_URN_PREFIX } from '../reports/report-data'
import type { ForeignAnnotation } from './foreign-annotation'

/** How an annotation's quote was placed in its article. */
export type Placement =
  | { how: 'source'; position?: { start: number; end: number } }
  | { how: 'quote'; place: QuotePlace; isSure: boolean }

/**
 * What the import resolved in this workspace for one annotation: its vocabulary, its replies, and
 * the version of this article it was checked against (absent when this article never read so).
 */
export type Resolved = {
  tagIds: string[]
  verdictId: string
  replies: ForeignAnnotation[]
  checkedAgainst?: CheckedAgainst
}

/**
 * Claimdesk's own ids come back as they were, so a round trip keeps them; another tool's id gives
 * the same claim id each time, so importing its file twice adds nothing twice.
 */
export function claimIdOf(annotationId: string | undefined): string {
  const own = annotationId?.startsWith(CLAIM_URN_PREFIX)
    ? annotationId.slice(CLAIM_URN_PREFIX.length)
    : ''
  if (Id.safeParse(own).success) return own
  if (!annotationId) return `c${randomBytes(9).toString('base64url')}`
  return `a${createHash('sha256').update(annotationId).digest('base64url').slice(0, 20)}`
}

const MAX_NOTE_BLOCKS = 500

/** A reply becomes a signed paragraph and its text, after the notes of the annotation it answers. */
function withReplies(notes: NotesDoc, replies: ForeignAnnotation[]): NotesDoc {
  const blocks: NoteNode[] = replies.flatMap((reply) => {
    const when = reply.created?.slice(0, 10)
    const byline = `${reply.author || 'Someone'} replied${when ? ` on ${when}` : ''}:`
    const signed = { type: 'text', text: byline, marks: [{ type: 'bold' as const }] }
    return [{ type: 'paragraph', content: [signed] }, ...(reply.notes ?? EMPTY_NOTES).content]
  })
  return { type: 'doc', content: [...notes.content, ...blocks].slice(0, MAX_NOTE_BLOCKS) }
}

function anchorOf(placement: Placement, text: string) {
  if (placement.how === 'source') {
    return { position: placement.position ?? { start: 0, end: 1 }, anchor: { confidence: 1 } }
  }
  const { place, isSure } = placement
  return {
    ...selectorsFor(text, place),
    anchor: isSure
      ? { confidence: 1 }
      : { state: 'needs-review' as const, confidence: Math.round(place.score * 100) / 100 },
  }
}

/** The claim an annotation stands for in this article, checked against the claim schema. */
export function claimFrom(
  annotation: ForeignAnnotation,
  article: Article,
  placement: Placement,
  resolved: Resolved,
  time: string,
) {
  const { anchor, ...where } = anchorOf(placement, article.text)
  const status = ClaimStatus.safeParse(annotation.status)
  const origin =
    annotation.origin ??
    (placement.how === 'quote' ? { url: annotation.source, title: '' } : undefined)
  return Claim.safeParse({
    id: claimIdOf(annotation.id),
    articleId: article.id,
    quote: annotation.quote,
    ...where,
    anchor: { state: 'anchored', ...anchor },
    tagIds: resolved.tagIds,
    verdictId: resolved.verdictId,
    claimant: (annotation.claimant ?? '').slice(0, 300),
    status: status.success ? status.data : 'to-check',
    finding: annotation.finding ?? EMPTY_NOTES,
    notes: withReplies(annotation.notes ?? EMPTY_NOTES, resolved.replies),
    sources: annotation.sources.filter(
      (source) => Claim.shape.sources.element.safeParse(source).success,
    ),
    ...(annotation.groupId ? { groupId: annotation.groupId.slice(0, 64) } : {}),
    ...(origin ? { origin: { url: origin.url.slice(0, 2048), title: origin.title } } : {}),
    ...(resolved.checkedAgainst ? { checkedAgainst: resolved.checkedAgainst } : {}),
    createdAt: annotation.created ?? time,
    updatedAt: annotation.modified ?? annotation.created ?? time,
  })
}
