import { join } from 'node:path'
import type { Claim } from '../../../shared/claim-model'
import { ServiceError } from '../../../shared/result'
import { nodeFs } from '../store/atomic-write'
import { removeStaleTempFilesIn } from '../store/file-recovery'
import { inParallel } from '../tasks/in-parallel'
import type { WorkspaceStore } from '../workspace/workspace-store'
import { ArticleClaims } from './article-claims'

/** Claims files read at once by a pass that keeps them. */
const FILES_AT_ONCE = 8

/**
 * Loads each article's claims on first use and keeps them, so the main side answers from memory.
 * A pass over every article (the check at open, the search index catching up) reads them without
 * keeping them, so a workspace of a hundred thousand claims holds only those in use.
 */
export class ClaimBook {
  private readonly loaded = new Map<string, Promise<ArticleClaims>>()
  /** Claims being read and not kept; a file is read by one load at a time. */
  private readonly passing = new Map<string, Promise<readonly Claim[]>>()
  private tempFilesSwept: Promise<unknown> | undefined

  constructor(private readonly store: WorkspaceStore) {}

  forArticle(articleId: string): Promise<ArticleClaims> {
    const missing = this.missing(articleId)
    if (missing) return Promise.reject(missing)
    let claims = this.loaded.get(articleId)
    if (!claims) {
      const passing = this.passing.get(articleId)?.catch(() => undefined)
      claims = (passing ?? Promise.resolve()).then(() => this.load(articleId, true))
      this.loaded.set(articleId, claims)
    }
    return claims
  }

  /** An article's claims for a pass over every article: those in use are shared, others let go. */
  claimsOf(articleId: string): Promise<readonly Claim[]> {
    const missing = this.missing(articleId)
    if (missing) return Promise.reject(missing)
    const loaded = this.loaded.get(articleId)
    if (loaded) return loaded.then((claims) => claims.all)
    let reading = this.passing.get(articleId)
    if (!reading) {
      reading = this.load(articleId, false)
        .then((claims) => claims.all)
        .finally(() => this.passing.delete(articleId))
      this.passing.set(articleId, reading)
    }
    return reading
  }

  /** Every article's claims, kept. A few files at a time: a thousand read at once blocked the event loop for seconds. */
  async all(): Promise<Claim[]> {
    const entries = [...this.store.data.articles]
    // An article removed meanwhile is passed over.
    const perArticle = await inParallel(entries, FILES_AT_ONCE, async (entry) =>
      this.missing(entry.id) ? null : this.forArticle(entry.id),
    )
    return perArticle.flatMap((claims) => (claims ? [...claims.all] : []))
  }

  async flush(): Promise<void> {
    await Promise.all([...this.loaded.values()].map(async (claims) => (await claims).flush()))
  }

  private missing(articleId: string): ServiceError | undefined {
    if (this.store.data.articles.some((entry) => entry.id === articleId)) return undefined
    return new ServiceError(
      'not-found',
      `There is no article with id ${articleId} in this workspace.`,
    )
  }

  /** Kept claims report their changes; claims read for a pass are never changed. */
  private load(articleId: string, isKept: boolean): Promise<ArticleClaims> {
    return ArticleClaims.load(this.store.storeFolder, articleId, {
      onNotice: (message) => this.store.addNotice(message),
      // One listing of the claims folder for its stale temp files, not one a file read.
      sweepTempFiles: () =>
        (this.tempFilesSwept ??= removeStaleTempFilesIn(
          nodeFs,
          join(this.store.storeFolder, 'claims'),
        )),
      observer: isKept
        ? {
            changed: (before, after) =>
              this.store.report({ kind: 'claim', articleId, before, after }),
            counted: (claimCount) => this.store.setClaimCount(articleId, claimCount),
          }
        : undefined,
    })
  }
}
