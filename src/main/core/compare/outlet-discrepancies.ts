import type { Discrepancy } from '../../../shared/compare-model'
import type { ArticleAnalysis } from './article-analysis'
import { readAnalysisFile } from './read-analysis-file'
import { dateDiscrepancies } from './date-discrepancies'
import { figureDiscrepancies } from './figure-discrepancies'
import { quoteDiscrepancies } from './quote-discrepancies'

/** What the articles' texts disagree on: quote wording and attribution, figures, dates. */
export const outletDiscrepancies = (analyses: readonly ArticleAnalysis[]): Discrepancy[] => [
  ...quoteDiscrepancies(analyses),
  ...figureDiscrepancies(analyses),
  ...dateDiscrepancies(analyses),
]

/** Only sentences with a quotation, a figure or a date can disagree: the others are let go as read. */
const comparablePart = (analysis: ArticleAnalysis): ArticleAnalysis => ({
  ...analysis,
  sentences: analysis.sentences.filter(
    (sentence) => sentence.quotations.length || sentence.figures.length || sentence.dates.length,
  ),
})

/** The same from analyses kept on disk (a worker thread reads them itself: nothing big is copied). */
export async function discrepanciesOfFiles(files: readonly string[]): Promise<Discrepancy[]> {
  const analyses: ArticleAnalysis[] = []
  for (const file of files) analyses.push(comparablePart(await readAnalysisFile(file)))
  return outletDiscrepancies(analyses)
}
