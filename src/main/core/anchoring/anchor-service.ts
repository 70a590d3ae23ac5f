import type { Claim } from '../../../shared/claim-model'
import { ServiceError } from '../../../shared/result'
import type { ClaimBook } from '../claims/claim-book'
import { selectorsFor } from '../claims/selectors'
import type { WorkspaceStore } from '../workspace/workspace-store'

/** What the user decides after an update: this claim belongs here, or it is fine where it is. */
export class AnchorService {
  constructor(
    private readonly store: WorkspaceStore,
    private readonly book: ClaimBook,
    private readonly now: () => Date = () => new Date(),
  ) {}

  /** Attaches a claim (orphaned, or placed wrongly) to text the user selected; the wording it was checked on is kept. */
  async reattach(
    articleId: string,
    claimId: string,
    range: { start: number; end: number },
  ): Promise<Claim> {
    const article = await this.store.getArticle(articleId)
    return this.change(articleId, claimId, (claim) => {
      const selectors = selectorsFor(article.text, range)
      const previousExact = claim.anchor.previousExact ?? claim.quote.exact
      const anchor =
        previousExact === selectors.quote.exact
          ? { state: 'anchored' as const, confidence: 1 }
          : { state: 'anchored' as const, confidence: 1, previousExact }
      return { ...claim, ...selectors, anchor }
    })
  }

  /** Accepts a claim's new place after review ("needs review" → anchored). */
  async confirm(articleId: string, claimId: string): Promise<Claim> {
    return this.change(articleId, claimId, (claim) => {
      if (claim.anchor.state === 'orphaned') {
        throw new ServiceError(
          'invalid-input',
          'An orphaned claim has no place to confirm: select its new text to re-attach it.',
        )
      }
      return { ...claim, anchor: { ...claim.anchor, state: 'anchored', confidence: 1 } }
    })
  }

  private async change(
    articleId: string,
    claimId: string,
    apply: (claim: Claim) => Claim,
  ): Promise<Claim> {
    this.store.assertWritable()
    const claims = await this.book.forArticle(articleId)
    const current = claims.find(claimId)
    if (!current)
      throw new ServiceError('not-found', `There is no claim with id ${claimId} in that article.`)
    const changed = { ...apply(current), updatedAt: this.now().toISOString() }
    await claims.change((all) => all.map((claim) => (claim.id === claimId ? changed : claim)))
    return changed
  }
}
