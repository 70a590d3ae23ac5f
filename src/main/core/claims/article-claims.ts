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

/**
 * The claims of one article, in their own file: saving a change rewrites only that article's
 * claims, whatever the size of the workspace.
 */
export class ArticleClaims {
  private constructor(
    private readonly db: Low<ArticleClaimsFile>,
    private readonly file: DurableJsonFile<ArticleClaimsFile>,
  ) {}

  static async load(storeFolder: string, articleId: string, onNotice: (message: string) => void) {
    const path = join(storeFolder, 'claims', `${articleId}.json`)
    const format = {
      schema: ArticleClaimsFile,
      schemaVersion: CLAIMS_SCHEMA_VERSION,
      migrations: CLAIMS_MIGRATIONS,
    }
    await salvageEntries(path, { ...format, repair: repairClaims, onNotice })
    const file = new DurableJsonFile(path, {
      ...format,
      onNotice,
      checkBeforeWrite: (data) => checkClaimsInSlices(data, ArticleClaimsFile),
    })
    const db = new Low(file, { claims: [] })
    await db.read()
    return new ArticleClaims(db, file)
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

  /** Applies a change in memory, then resolves once it is on disk; a failed write keeps the change in memory. */
  async change(apply: (claims: Claim[]) => Claim[]): Promise<void> {
    this.db.data = { claims: apply(this.db.data.claims) }
    await this.db.write()
  }

  flush(): Promise<void> {
    return this.file.flush()
  }
}
