import type { Article } from '../../../shared/article-model'
import type { Claim } from '../../../shared/claim-model'
import { isWebUrl } from '../../../shared/safe-url'
import { claimUrn, vocabularyOf, type ReportData } from './report-data'
import { articleIri, notesMarkdown } from './web-annotation-report'

/** The page a claim goes back onto: its article's web address, else the page it was made on elsewhere. */
const pageOf = (article: Article, claim: Claim) =>
  isWebUrl(article.url ?? '') || !claim.origin?.url ? articleIri(article) : claim.origin.url

/**
 * The claims as a Hypothesis API search result: one row per claim, its notes as the Markdown
 * text, its tags, and the quote with its context as Hypothesis anchors it. Offsets count UTF-16
 * units, as Hypothesis's do.
 * @see https://h.readthedocs.io/en/latest/api-reference/v1/#tag/annotations/paths/~1search/get
 */
export function hypothesisReport(data: ReportData): string {
  const { tagNames } = vocabularyOf(data)
  const notes = notesMarkdown(data, 'notes')
  const rows = data.articles.flatMap(({ article, claims }) =>
    claims.map((claim) => {
      const uri = pageOf(article, claim)
      return {
        id: claimUrn(claim.id),
        created: claim.createdAt,
        updated: claim.updatedAt,
        uri,
        text: notes.get(claim) ?? '',
        tags: tagNames(claim),
        target: [
          {
            source: uri,
            selector: [
              { type: 'TextQuoteSelector', ...claim.quote },
              { type: 'TextPositionSelector', ...claim.position },
            ],
          },
        ],
        document: { title: [claim.origin?.title || article.title] },
      }
    }),
  )
  return `${JSON.stringify({ total: rows.length, rows }, null, 2)}\n`
}
