import { z } from 'zod'
import { isWebUrl } from './safe-url'

/** Ids are opaque, short and URL-safe so they can travel in file names and URNs. */
export const Id = z.string().regex(/^[A-Za-z0-9_-]{1,64}$/, 'not a valid id')
export type Id = z.infer<typeof Id>

export const ArticleId = Id
export const ClaimId = Id
export const TagId = Id

export const IsoDateTime = z.iso.datetime({ offset: true })

/** Offsets are UTF-16 code unit indices into an article's text, like DOM and ProseMirror ranges. */
export const Offset = z.number().int().nonnegative()

export const BlockKind = z.enum([
  'headline',
  'subtitle',
  'byline',
  'dateline',
  'caption',
  'heading',
  'paragraph',
  'quote',
  'list-item',
  'aside',
])
export type BlockKind = z.infer<typeof BlockKind>

/** One block of an article's text; `start`/`end` locate it in the article text. */
export const ArticleBlock = z.object({
  kind: BlockKind,
  text: z.string(),
  start: Offset,
  end: Offset,
})
export type ArticleBlock = z.infer<typeof ArticleBlock>

export const ArticleFormat = z.enum(['txt', 'md', 'html', 'docx', 'pdf', 'paste', 'url'])
export type ArticleFormat = z.infer<typeof ArticleFormat>

export const ArticleMeta = z.object({
  title: z.string(),
  subtitle: z.string().optional(),
  site: z.string().optional(),
  byline: z.string().optional(),
  published: z.string().optional(),
  updated: z.string().optional(),
  /** Where the article lives on the web: an http(s) address or nothing (a javascript: one is dropped). */
  url: z.string().refine(isWebUrl).optional().catch(undefined),
  /** The address the page names as its own (`<link rel=canonical>`, og:url), http(s) only. */
  canonicalUrl: z.string().refine(isWebUrl).optional().catch(undefined),
  path: z.string().optional(),
  fileName: z.string().optional(),
  format: ArticleFormat,
  encoding: z.string(),
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
  importedAt: IsoDateTime,
})
export type ArticleMeta = z.infer<typeof ArticleMeta>

/** One text an article had: its sha256 and when Claimdesk first read it. Version n is `versions[n - 1]`. */
export const ArticleVersion = z.object({
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
  at: IsoDateTime,
})
export type ArticleVersion = z.infer<typeof ArticleVersion>

/** The file a version was read from, kept byte for byte in the workspace's store. */
export const ArticleOriginal = z.object({
  /** The name the file had when it was read (or the kept file's own name, for a page or a paste). */
  fileName: z.string(),
  /** Where the bytes are kept, relative to the workspace's store folder. */
  storedAs: z.string(),
  size: z.number().int().nonnegative(),
})
export type ArticleOriginal = z.infer<typeof ArticleOriginal>

/** What the article list needs, without the text. */
export const ArticleSummary = ArticleMeta.extend({
  id: ArticleId,
  claimCount: z.number().int().nonnegative(),
})
export type ArticleSummary = z.infer<typeof ArticleSummary>

/** An article: metadata plus its blocks; `text` is the blocks joined with "\n\n". */
export const Article = ArticleMeta.extend({
  id: ArticleId,
  text: z.string(),
  blocks: z.array(ArticleBlock),
})
export type Article = z.infer<typeof Article>

/** One version of an article as it read then, with the file it was read from when that was kept. */
export const ArticleVersionText = Article.extend({ original: ArticleOriginal.optional() })
export type ArticleVersionText = z.infer<typeof ArticleVersionText>
