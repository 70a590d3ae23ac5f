import { z } from 'zod'
import { Tag, VerdictScale, WorkspaceSettings } from '../../../shared/claim-model'
import {
  Article,
  ArticleId,
  ArticleMeta,
  ArticleVersion,
  IsoDateTime,
} from '../../../shared/article-model'
import { DEFAULT_REPORT_OPTIONS } from '../../../shared/report-options'
import type { Migration } from '../store/migrate-data'
import { isRecord } from '../store/salvage-entries'

export const ArticleEntry = ArticleMeta.extend({
  id: ArticleId,
  claimCount: z.number().int().nonnegative(),
  /** Every text the article had, oldest first; the last is the current one. */
  versions: z.array(ArticleVersion).min(1),
})
export type ArticleEntry = z.infer<typeof ArticleEntry>

/** The index of a workspace: small, rewritten on every change to articles, tags or settings. */
export const WorkspaceFile = z.object({
  name: z.string(),
  createdAt: IsoDateTime,
  articles: z.array(ArticleEntry),
  tags: z.array(Tag),
  verdictScale: VerdictScale,
  settings: WorkspaceSettings,
})
export type WorkspaceFile = z.infer<typeof WorkspaceFile>

export const WORKSPACE_SCHEMA_VERSION = 3

/** Format 3 gives every article its list of versions: the text it has now is version 1. */
const withFirstVersions = (data: unknown) =>
  isRecord(data) && Array.isArray(data.articles)
    ? {
        ...data,
        articles: data.articles.map((entry: unknown) =>
          isRecord(entry) && !Array.isArray(entry.versions)
            ? { ...entry, versions: [{ sha256: entry.sha256, at: entry.importedAt }] }
            : entry,
        ),
      }
    : data

/** Format 2 adds the workspace's display name and the remembered report options to its settings. */
export const WORKSPACE_MIGRATIONS: Migration[] = [
  {
    from: 1,
    migrate: (data) =>
      isRecord(data) && isRecord(data.settings)
        ? {
            ...data,
            settings: { displayName: '', report: DEFAULT_REPORT_OPTIONS, ...data.settings },
          }
        : data,
  },
  { from: 2, migrate: withFirstVersions },
]

/** One article's normalised text lives in its own file, so the index stays small. */
export const ArticleFileRecord = Article
export const ARTICLE_SCHEMA_VERSION = 1

/** The hidden folder inside a workspace folder that holds Claimdesk's store. */
export const STORE_FOLDER = '.claimdesk'
