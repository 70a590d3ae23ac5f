import { randomBytes } from 'node:crypto'
import {
  EMPTY_NOTES,
  REVIEW_NOTE_LIMITS,
  type Claim,
  type ClaimPatch,
  type ClaimStatus,
} from '../../../shared/claim-model'
import { inTextOrder } from '../../../shared/text-order'
import { ServiceError } from '../../../shared/result'
import { definedFields } from '../defined-fields'
import type { WorkspaceStore } from '../workspace/workspace-store'
import type { ClaimBook } from './claim-book'
import { withApproval, withoutApproval } from '../review/approval-rules'
import { workspaceReviewer, type Reviewer } from '../review/reviewer'
import { selectorsFor } from './selectors'
import { settlingVerdictConflict } from './verdict-conflict'

export type ClaimDraft = {
  articleId: string
  start: number
  end: number
  tagIds?: string[]
  verdictId?: string
  claimant?: string
  status?: ClaimStatus
}

/** A claim is checked against the article's text when its status becomes "checked" or its verdict changes. */
const isNewlyChecked = (before: Claim, after: Claim) =>
  (after.status === 'checked' && before.status !== 'checked') ||
  after.verdictId !== before.verdictId

const newClaimId = () => `c${randomBytes(9).toString('base64url')}`
const newNoteId = () => `n${randomBytes(9).toString('base64url')}`

/** Creating, editing and deleting claims: every rule the renderer must not be trusted with. */
export class ClaimService {
  constructor(
    private readonly store: WorkspaceStore,
    private readonly book: ClaimBook,
    private readonly now: () => Date = () => new Date(),
    private readonly reviewer: () => Promise<Reviewer> = () => workspaceReviewer(store),
  ) {}

  async list(articleId: string): Promise<Claim[]> {
    return [...(await this.book.forArticle(articleId)).all].sort(inTextOrder)
  }

  /** Every claim of the workspace (or those `isIncluded`), in article and text order. */
  async listAll(isIncluded: (claim: Claim) => boolean = () => true): Promise<Claim[]> {
    const order = new Map(this.store.data.articles.map((entry, index) => [entry.id, index]))
    return (await this.book.all())
      .filter(isIncluded)
      .sort(
        (a, b) =>
          (order.get(a.articleId) ?? 0) - (order.get(b.articleId) ?? 0) || inTextOrder(a, b),
      )
  }

  async create(draft: ClaimDraft): Promise<Claim> {
    this.store.assertWritable()
    const article = await this.store.getArticle(draft.articleId)
    const claims = await this.book.forArticle(draft.articleId)
    const time = this.now().toISOString()
    const reviewer = await this.reviewer()
    const made: Claim = {
      id: newClaimId(),
      articleId: draft.articleId,
      ...selectorsFor(article.text, draft),
      anchor: { state: 'anchored', confidence: 1 },
      tagIds: this.checkedTagIds(draft.tagIds ?? []),
      verdictId: this.knownVerdictId(draft.verdictId),
      claimant: draft.claimant ?? '',
      status: draft.status ?? 'to-check',
      finding: EMPTY_NOTES,
      notes: EMPTY_NOTES,
      sources: [],
      ...(reviewer.isOnDesk ? { author: reviewer.name } : {}),
      createdAt: time,
      updatedAt: time,
    }
    const claim = await withApproval(null, made, async () => reviewer, time)
    if (claim.status === 'checked')
      claim.checkedAgainst = this.store.currentVersion(draft.articleId)
    await claims.change((all) => [...all, claim])
    return claim
  }

  async update(articleId: string, claimId: string, patch: ClaimPatch): Promise<Claim> {
    this.store.assertWritable()
    const claims = await this.book.forArticle(articleId)
    const current = this.existing(claims.find(claimId), claimId)
    const time = this.now().toISOString()
    const edited: Claim = {
      ...(patch.verdictId ? settlingVerdictConflict(current) : current),
      ...definedFields(patch),
      tagIds: patch.tagIds ? this.checkedTagIds(patch.tagIds) : current.tagIds,
      verdictId: patch.verdictId ? this.knownVerdictId(patch.verdictId) : current.verdictId,
      updatedAt: time,
    }
    const updated = await withApproval(current, edited, this.reviewer, time)
    if (isNewlyChecked(current, updated))
      updated.checkedAgainst = this.store.currentVersion(articleId)
    await claims.change((all) => all.map((claim) => (claim.id === claimId ? updated : claim)))
    return updated
  }

  /** Adds a reviewer's note to the claim's thread: a desk's editors and owner, anyone off a desk. */
  async addReviewNote(articleId: string, claimId: string, text: string): Promise<Claim> {
    this.store.assertWritable()
    const reviewer = await this.reviewer()
    if (!reviewer.canReview)
      throw new ServiceError(
        'forbidden',
        'Only an editor or the owner of the team desk can add review notes.',
      )
    const claims = await this.book.forArticle(articleId)
    const current = this.existing(claims.find(claimId), claimId)
    const notes = current.reviewNotes ?? []
    if (notes.length >= REVIEW_NOTE_LIMITS.notes)
      throw new ServiceError(
        'conflict',
        `This claim has ${REVIEW_NOTE_LIMITS.notes} review notes, as many as a claim can hold.`,
      )
    const at = this.now().toISOString()
    const note = { id: newNoteId(), by: reviewer.name, at, text: text.trim() }
    const updated: Claim = { ...current, reviewNotes: [...notes, note], updatedAt: at }
    await claims.change((all) => all.map((claim) => (claim.id === claimId ? updated : claim)))
    return updated
  }

  async delete(articleId: string, claimId: string): Promise<Claim> {
    this.store.assertWritable()
    const claims = await this.book.forArticle(articleId)
    const deleted = this.existing(claims.find(claimId), claimId)
    await claims.change((all) => all.filter((claim) => claim.id !== claimId))
    return deleted
  }

  /** Adds a whole claim made elsewhere (an imported annotation); its selectors are checked against the article text again. */
  async insert(claim: Claim): Promise<Claim> {
    this.store.assertWritable()
    const article = await this.store.getArticle(claim.articleId)
    const claims = await this.book.forArticle(claim.articleId)
    if (claims.find(claim.id))
      throw new ServiceError('conflict', 'That claim is already in the workspace.')
    const made = withoutApproval(claim)
    // An approval made elsewhere is not this desk's: the claim comes in ready for review.
    const restored: Claim = {
      ...made,
      ...(made.status === 'approved' ? { status: 'ready-for-review' as const } : {}),
      ...selectorsFor(article.text, claim.position),
      tagIds: claim.tagIds.filter((id) => this.isKnownTag(id)),
      verdictId: this.knownVerdictId(claim.verdictId),
    }
    await claims.change((all) => [...all, restored])
    return restored
  }

  private existing(claim: Claim | undefined, claimId: string): Claim {
    if (!claim)
      throw new ServiceError('not-found', `There is no claim with id ${claimId} in that article.`)
    return claim
  }

  private isKnownTag(tagId: string): boolean {
    return this.store.data.tags.some((tag) => tag.id === tagId)
  }

  private checkedTagIds(tagIds: string[]): string[] {
    const unknown = tagIds.find((id) => !this.isKnownTag(id))
    if (unknown)
      throw new ServiceError(
        'not-found',
        `There is no tag ${unknown} in this workspace; it may have been deleted.`,
      )
    return [...new Set(tagIds)]
  }

  private knownVerdictId(verdictId: string | undefined): string {
    const scale = this.store.data.verdictScale
    if (verdictId === undefined) return scale.unratedId
    if (!scale.verdicts.some((verdict) => verdict.id === verdictId)) {
      throw new ServiceError(
        'invalid-input',
        `There is no verdict ${verdictId} on this workspace's scale.`,
      )
    }
    return verdictId
  }
}
