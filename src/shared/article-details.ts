import { z } from 'zod'
import type { ArticleMeta } from './article-model'
import { isWebUrl } from './safe-url'

/** An ISO calendar day that exists: 2024-02-30 is refused, not rolled over to March. */
function isIsoDay(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false
  const time = Date.parse(`${value}T00:00:00Z`)
  return !Number.isNaN(time) && new Date(time).toISOString().slice(0, 10) === value
}

/** A day (2024-11-04) or a moment with its offset (2024-11-04T09:30:00+02:00), as imports give them. */
export const isIsoDate = (value: string): boolean =>
  isIsoDay(value) ||
  (z.iso.datetime({ offset: true }).safeParse(value).success && isIsoDay(value.slice(0, 10)))

const optionalText = (max: number) => z.string().trim().max(max)

/**
 * What the user may say about an article: each field as typed, trimmed; an empty one means
 * "not known" and is stored as absent, never guessed.
 */
export const ArticleDetails = z
  .object({
    title: z.string().trim().min(1, 'An article needs a title.').max(500),
    site: optionalText(300),
    byline: optionalText(300),
    published: optionalText(40).refine(
      (value) => value === '' || isIsoDate(value),
      'Write the date as YYYY-MM-DD (for example 2024-11-04), or leave it empty.',
    ),
    url: optionalText(2048).refine(
      (value) => value === '' || isWebUrl(value),
      'Write a web address that starts with http:// or https://, or leave it empty.',
    ),
  })
  .strict()
export type ArticleDetails = z.infer<typeof ArticleDetails>
export type ArticleDetailField = keyof ArticleDetails

/** The details an article has now, each unknown one as an empty field. */
export const detailsOf = (meta: ArticleMeta): ArticleDetails => ({
  title: meta.title,
  site: meta.site ?? '',
  byline: meta.byline ?? '',
  published: meta.published ?? '',
  url: meta.url ?? '',
})

/** The article with these details; an empty field takes the detail away. */
export function withDetails<T extends ArticleMeta>(meta: T, details: ArticleDetails): T {
  const next: T = { ...meta, title: details.title }
  for (const field of ['site', 'byline', 'published', 'url'] as const) {
    if (details[field] === '') delete next[field]
    else next[field] = details[field]
  }
  return next
}

/** What is wrong with each field, by name, for a form to show beside it. */
export function detailProblems(
  details: ArticleDetails,
): Partial<Record<ArticleDetailField, string>> {
  const result = ArticleDetails.safeParse(details)
  if (result.success) return {}
  const problems: Partial<Record<ArticleDetailField, string>> = {}
  for (const issue of result.error.issues) {
    const field = issue.path[0] as ArticleDetailField
    problems[field] ??= issue.message
  }
  return problems
}
