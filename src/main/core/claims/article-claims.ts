import { join } from 'node:path'
import { z } from 'zod'
import { Low } from 'lowdb'
import { Claim, EMPTY_NOTES } from '../../../shared/claim-model'
import { DurableJsonFile } from '../store/durable-json-file'
import type { Migration } from '../store/migrate-data'
import { checkClaimsInSlices } from './check-claims-in-slices'
import { isRecord, salvageEntries } from '../store/salvage-entries'
import { repairClaims } from './repair-claims'

export const ArticleClaimsFile = z.object({ claims: z.array(Claim) })
export type ArticleClaimsFile = z.infer<typeof ArticleClaimsFile>

export const CLAIMS_SCHEMA_VERSION = 2

/** Format 2 gives every claim a finding, empty until written, apart from its notes. */
export const CLAIMS_MIGRATIONS: Migration[] = [
  {
    from: 1,
    migrate: (data) =>
      isRecord(data) && Array.isArray(data.claims)
        ? {
            ...data,
            claims: data.claims.map((claim: unknown) =>
              isRecord(claim) ? { finding: EMPTY_NOTES, ...claim } : claim,
            ),
          }
        : data,
  },
]

/** Told of every claim a change added, edited or removed, and of the article's new claim count. */
export type ClaimsObserver = {
  changed(before: Claim | null, after: Claim | null): void
  counted(claimCount: number): Promise<void>
}

export type ArticleClaimsOptions = {
  onNotice: (message: string) => void
  /** Hears the changes; claims only read (a pass over every article) need none. */
  observer?: ClaimsObserver
  /** How the claims folder's stale temp files are removed (see DurableJsonFile). */
  sweepTempFiles?: () => Promise<unknown>
}

/** The claims a change touched, found by identity: a change replaces the claims it edits. */
function* touchedClaims(
  before: readonly Claim[],
  after: readonly Claim[],
): Generator<[Claim | null, Claim | null]> {
  const previous = new Map(before.map((claim) => [claim.id, claim]))
  for (const claim of after) {
    const old = previous.get(claim.id)
    previous.delete(claim.id)
    if (old !== claim) yield [old ?? null, claim]
  }
  for (const old of previous.values()) yield [old, null]
}

/**
 * The claims of one article, in their own file: saving a change rewrites only that article's
 * claims, whatever the size of the workspace.
 */
export class ArticleClaims {
  private constructor(
    private readonly db: Low<ArticleClaimsFile>,
    private readonly file: DurableJsonFile<ArticleClaimsFile>,
    private readonly observer?: ClaimsObserver,
  ) {}

  static async load(storeFolder: string, articleId: string, options: ArticleClaimsOptions) {
    const { onNotice, observer, sweepTempFiles } = options
    const path = join(storeFolder, 'claims', `${articleId}.json`)
    const format = {
      schema: ArticleClaimsFile,
      schemaVersion: CLAIMS_SCHEMA_VERSION,
      migrations: CLAIMS_MIGRATIONS,
    }
    const file = new DurableJsonFile(path, {
      ...format,
      onNotice,
      checkBeforeWrite: (data) => checkClaimsInSlices(data, ArticleClaimsFile),
      sweepTempFiles,
      salvage: () => salvageEntries(path, { ...format, repair: repairClaims, onNotice }),
    })
    const db = new Low(file, { claims: [] })
    await db.read()
    return new ArticleClaims(db, file, observer)
  }

  get all(): readonly Claim[] {
    return this.db.data.claims
  }

  get isReadOnly(): boolean {
    return this.file.isReadOnly
  }

  find(claimId: string): Claim | undefined {
    return this.db.data.claims.find((claim) => claim.id === claimId)
  }

  /**
   * Applies a change in memory, then resolves once it is on disk and reported; a failed write keeps
   * the change in memory. Claims are never edited in place: an edited claim is a new object.
   */
  async change(apply: (claims: Claim[]) => Claim[]): Promise<void> {
    const before = this.db.data.claims
    this.db.data = { claims: apply(before) }
    await this.db.write()
    if (!this.observer) return
    for (const [old, claim] of touchedClaims(before, this.db.data.claims))
      this.observer.changed(old, claim)
    if (before.length !== this.db.data.claims.length)
      await this.observer.counted(this.db.data.claims.length)
  }

  flush(): Promise<void> {
    return this.file.flush()
  }
}
