import { z } from 'zod'
import { Tag, VerdictScale, WorkspaceSettings } from '../../../shared/claim-model'
import { Article, ArticleId, ArticleMeta, IsoDateTime } from '../../../shared/article-model'

export const ArticleEntry = ArticleMeta.extend({
  id: ArticleId,
  claimCount: z.number().int().nonnegative(),
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

export const WORKSPACE_SCHEMA_VERSION = 1

/** One article's normalised text lives in its own file, so the index stays small. */
export const ArticleFileRecord = Article
export const ARTICLE_SCHEMA_VERSION = 1

/** The hidden folder inside a workspace folder that holds Claimdesk's store. */
export const STORE_FOLDER = '.claimdesk'
