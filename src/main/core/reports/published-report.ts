import type { Discrepancy } from '../../../shared/compare-model'
import type { ReportOptions } from '../../../shared/report-options'
import { quoteContext, type QuoteContext, type TextRange } from './quote-context'
import type { ReportData } from './report-data'
import { textFragmentUrl } from './text-fragment'

/** What a published report needs beyond the claims: where the outlets disagree, and sentences. */
export type ReportSources = {
  discrepancies(): Promise<readonly Discrepancy[]>
  /** An article's sentences, sorted, as ranges of its text. */
  sentences(articleId: string): Promise<readonly TextRange[]>
}

/** A claim's quote as the report shows it: in its sentence, with a link to that place online. */
export type QuoteInPlace = QuoteContext & { link?: string }

/** The report data as it will be published: options settled, unrated claims kept or left out. */
export type PublishedReport = ReportData & {
  options: ReportOptions
  title: string
  /** The discrepancies that touch an article of the report; empty when the section is off. */
  discrepancies: readonly Discrepancy[]
  quotes: ReadonlyMap<string, QuoteInPlace>
}

/** Whether the report shows where the outlets disagree. */
export function hasDisagreements(data: ReportData, options: ReportOptions): boolean {
  if (options.disagreements === 'auto') return data.articles.length > 1
  return options.disagreements === 'on'
}

async function quotesInPlace(
  data: ReportData,
  sources: ReportSources,
): Promise<Map<string, QuoteInPlace>> {
  const quotes = new Map<string, QuoteInPlace>()
  for (const { article, claims } of data.articles) {
    if (claims.length === 0) continue
    const sentences = await sources.sentences(article.id)
    for (const claim of claims) {
      const span = { ...claim.position, exact: claim.quote.exact }
      const link = textFragmentUrl(article.url, article.text, span)
      quotes.set(claim.id, {
        ...quoteContext(article.text, span, sentences),
        ...(link ? { link } : {}),
      })
    }
  }
  return quotes
}

/** Settles what the report shows; the title falls back to the workspace's name. */
export async function publishReport(
  gathered: ReportData,
  options: ReportOptions,
  sources: ReportSources,
): Promise<PublishedReport> {
  const { unratedId } = gathered.verdictScale
  const data: ReportData = options.includeUnrated
    ? gathered
    : {
        ...gathered,
        articles: gathered.articles.map((entry) => ({
          ...entry,
          claims: entry.claims.filter((claim) => claim.verdictId !== unratedId),
        })),
      }
  const reported = new Set(data.articles.map((entry) => entry.article.id))
  const discrepancies = hasDisagreements(data, options)
    ? (await sources.discrepancies()).filter((discrepancy) =>
        discrepancy.items.some((item) => reported.has(item.passage.articleId)),
      )
    : []
  const name = data.settings.displayName || data.workspaceName
  return {
    ...data,
    options,
    title: options.title || `Fact-check: ${name}`,
    discrepancies,
    quotes: await quotesInPlace(data, sources),
  }
}
