import { randomBytes } from 'node:crypto'
import type { Claim } from '../../../shared/claim-model'
import { ServiceError } from '../../../shared/result'
import type { ClaimBook } from '../claims/claim-book'
import type { ClaimService } from '../claims/claim-service'
import type { WorkspaceStore } from '../workspace/workspace-store'

const newGroupId = () => `g${randomBytes(9).toString('base64url')}`

/** Where a counterpart is: a range of another article's text. */
export type PassageRange = { articleId: string; start: number; end: number }

/** "Same claim" groups: a claim's `groupId`, stored with the claim in its article's file. */
export class ClaimGroups {
  constructor(
    private readonly store: WorkspaceStore,
    private readonly book: ClaimBook,
    private readonly claims: ClaimService,
  ) {}

  async members(groupId: string): Promise<Claim[]> {
    return this.claims.listAll((claim) => claim.groupId === groupId)
  }

  /** Links a claim to a passage of another article: the passage becomes a claim (or reuses one) in the same group. */
  async link(
    articleId: string,
    claimId: string,
    target: PassageRange,
  ): Promise<{ groupId: string; claims: Claim[] }> {
    this.store.assertWritable()
    if (target.articleId === articleId)
      throw new ServiceError('invalid-input', 'A claim is linked to a passage of another article.')
    const source = await this.claim(articleId, claimId)
    const existing = (await this.claims.list(target.articleId)).find(
      (claim) => claim.position.start === target.start && claim.position.end === target.end,
    )
    const counterpart = existing ?? (await this.claims.create(target))
    const groupId = source.groupId ?? counterpart.groupId ?? newGroupId()
    const regrouped = new Set(
      [source.groupId, counterpart.groupId].filter((id): id is string => Boolean(id)),
    )
    const changed = await this.setGroup(
      (claim) =>
        claim.id === source.id ||
        claim.id === counterpart.id ||
        (claim.groupId !== undefined && regrouped.has(claim.groupId)),
      groupId,
    )
    return { groupId, claims: changed }
  }

  /** Takes a claim out of its group; a group left with one claim is no group, so that claim leaves too. */
  async unlink(articleId: string, claimId: string): Promise<Claim[]> {
    this.store.assertWritable()
    const claim = await this.claim(articleId, claimId)
    const { groupId } = claim
    if (!groupId) return [claim]
    const remaining = (await this.members(groupId)).filter((member) => member.id !== claim.id)
    const leaving = new Set([
      claim.id,
      ...(remaining.length === 1 ? remaining.map((member) => member.id) : []),
    ])
    return this.setGroup((member) => leaving.has(member.id), undefined)
  }

  private async claim(articleId: string, claimId: string): Promise<Claim> {
    const claim = (await this.book.forArticle(articleId)).find(claimId)
    if (!claim)
      throw new ServiceError('not-found', `There is no claim with id ${claimId} in that article.`)
    return claim
  }

  private async setGroup(
    isChanged: (claim: Claim) => boolean,
    groupId: string | undefined,
  ): Promise<Claim[]> {
    const changed: Claim[] = []
    for (const entry of this.store.listArticles()) {
      const claims = await this.book.forArticle(entry.id)
      if (!claims.all.some(isChanged)) continue
      await claims.change((all) =>
        all.map((claim) => {
          if (!isChanged(claim)) return claim
          const updated: Claim = { ...claim, groupId }
          if (!groupId) delete updated.groupId
          changed.push(updated)
          return updated
        }),
      )
    }
    return changed
  }
}
