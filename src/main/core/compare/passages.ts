import type { Passage } from '../../../shared/compare-model'
import type { ArticleAnalysis, SentenceInfo } from './article-analysis'
import type { PassageFeatures } from './passage-match'

const overlaps = (item: { start: number; end: number }, start: number, end: number) =>
  item.start < end && item.end > start

const sentencesIn = (analysis: ArticleAnalysis, start: number, end: number): SentenceInfo[] =>
  analysis.sentences.filter((sentence) => overlaps(sentence, start, end))

/** A sentence as a passage of its article. */
export function passageOf(
  analysis: ArticleAnalysis,
  range: { start: number; end: number; text: string },
): Passage {
  return {
    articleId: analysis.articleId,
    articleTitle: analysis.title,
    ...(analysis.site ? { site: analysis.site } : {}),
    start: range.start,
    end: range.end,
    text: range.text.trim(),
  }
}

/** The features of a range (a claim): its sentences' words and names, the figures, quotes and dates inside it. */
export function featuresOfRange(
  analysis: ArticleAnalysis,
  start: number,
  end: number,
): PassageFeatures {
  const sentences = sentencesIn(analysis, start, end)
  const inside = <T extends { start: number; end: number }>(items: T[]) =>
    items.filter((item) => overlaps(item, start, end))
  const dates = sentences.flatMap((sentence) => sentence.dates)
  return {
    words: sentences.flatMap((sentence) => sentence.words),
    names: sentences.flatMap((sentence) => sentence.names),
    figures: inside(sentences.flatMap((sentence) => sentence.figures)),
    quotations: inside(sentences.flatMap((sentence) => sentence.quotations)),
    dates: inside(dates).length ? inside(dates) : dates,
    speaker: sentences.find((sentence) => sentence.speaker)?.speaker ?? null,
  }
}
