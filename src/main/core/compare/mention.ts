import { createHash } from 'node:crypto'
import type { DiscrepancyItem } from '../../../shared/compare-model'
import type { ArticleAnalysis, SentenceInfo } from './article-analysis'
import { passageOf } from './passages'

/** Something a sentence of an article says (a figure, a date, a quotation). */
export type Mention<T> = { analysis: ArticleAnalysis; sentence: SentenceInfo; item: T }

export const mentionsOf = <T>(
  analyses: readonly ArticleAnalysis[],
  itemsOf: (sentence: SentenceInfo) => readonly T[],
) =>
  analyses.flatMap((analysis) =>
    analysis.sentences.flatMap((sentence) =>
      itemsOf(sentence).map((item) => ({ analysis, sentence, item })),
    ),
  )

export const itemOf = <T>(mention: Mention<T>, says: string): DiscrepancyItem => ({
  passage: passageOf(mention.analysis, mention.sentence),
  says,
})

export const articleCount = <T>(mentions: readonly Mention<T>[]) =>
  new Set(mentions.map((mention) => mention.analysis.articleId)).size

/**
 * A stable id from what a discrepancy is about, so the renderer can key and the report can refer
 * to it; hashed, since one figure copied into a thousand articles has 40,000 mentions.
 */
export const discrepancyId = <T>(kind: string, mentions: readonly Mention<T>[]) => {
  const hash = createHash('sha256')
  for (const { analysis, sentence } of mentions)
    hash.update(`${analysis.articleId}@${sentence.start}+`)
  return `${kind}:${hash.digest('base64url').slice(0, 22)}`
}
