import type { Claim } from '../../../shared/claim-model'
import { ServiceError } from '../../../shared/result'
import type { WorkspaceStore } from '../workspace/workspace-store'
import { ArticleClaims } from './article-claims'

/** Loads each article's claims on first use and keeps them, so the main side answers from memory. */
export class ClaimBook {
  private readonly loaded = new Map<string, Promise<ArticleClaims>>()

  constructor(private readonly store: WorkspaceStore) {}

  forArticle(articleId: string): Promise<ArticleClaims> {
    if (!this.store.data.articles.some((entry) => entry.id === articleId)) {
      return Promise.reject(
        new ServiceError(
          'not-found',
          `There is no article with id ${articleId} in this workspace.`,
        ),
      )
    }
    let claims = this.loaded.get(articleId)
    if (!claims) {
      claims = ArticleClaims.load(
        this.store.storeFolder,
        articleId,
        (message) => this.store.addNotice(message),
        {
          changed: (before, after) =>
            this.store.report({ kind: 'claim', articleId, before, after }),
          counted: (claimCount) => this.store.setClaimCount(articleId, claimCount),
        },
      )
      this.loaded.set(articleId, claims)
    }
    return claims
  }

  async all(): Promise<Claim[]> {
    const perArticle = await Promise.all(
      this.store.data.articles.map((entry) => this.forArticle(entry.id)),
    )
    return perArticle.flatMap((claims) => [...claims.all])
  }

  async flush(): Promise<void> {
    await Promise.all([...this.loaded.values()].map(async (claims) => (await claims).flush()))
  }
}
