import type { Suggestion } from '../../../shared/compare-model'
import type { ArticleAnalysis, SentenceInfo } from './article-analysis'
import { describeFigure } from './figures'

/** What makes a sentence worth checking, and how much each counts; a sentence's score is the capped sum. */
const SIGNALS: { weight: number; reason: (sentence: SentenceInfo) => string | null }[] = [
  {
    weight: 0.35,
    reason: (s) =>
      s.figures.length ? `figure: ${s.figures.map(describeFigure).join(', ')}` : null,
  },
  {
    weight: 0.3,
    reason: (s) => (s.quotations.some((q) => q.text.split(/\s+/).length >= 4) ? 'quotation' : null),
  },
  {
    weight: 0.2,
    reason: (s) => (s.hasAttribution ? `attributed${s.speaker ? ` to ${s.speaker}` : ''}` : null),
  },
  { weight: 0.15, reason: (s) => (s.hasComparison ? 'comparison' : null) },
  {
    weight: 0.15,
    reason: (s) => (s.dates.length ? `date: ${s.dates.map((d) => d.text).join(', ')}` : null),
  },
  { weight: 0.1, reason: (s) => (s.hasPrediction ? 'prediction' : null) },
]

/** Headlines and captions restate or describe photos; very short sentences carry no checkable claim. */
const isCandidate = (sentence: SentenceInfo) =>
  sentence.kind !== 'caption' &&
  sentence.kind !== 'headline' &&
  sentence.text.split(/\s+/).length >= 6

const MIN_SCORE = 0.3
const MAX_SUGGESTIONS = 20

/** The sentences of an article most worth checking, best first, with the reasons they were picked. */
export function suggestClaims(
  analysis: ArticleAnalysis,
  isTaken: (start: number, end: number) => boolean,
): Suggestion[] {
  return analysis.sentences
    .filter((sentence) => isCandidate(sentence) && !isTaken(sentence.start, sentence.end))
    .flatMap((sentence) => {
      const hits = SIGNALS.flatMap(({ weight, reason }) => {
        const said = reason(sentence)
        return said ? [{ weight, said }] : []
      })
      const score = Math.min(
        1,
        Math.round(hits.reduce((sum, hit) => sum + hit.weight, 0) * 100) / 100,
      )
      const text = sentence.text.trimEnd()
      const suggestion = {
        articleId: analysis.articleId,
        start: sentence.start,
        end: sentence.start + text.length,
        text,
        score,
        reasons: hits.map((hit) => hit.said),
      }
      return score >= MIN_SCORE ? [suggestion] : []
    })
    .sort((a, b) => b.score - a.score || a.start - b.start)
    .slice(0, MAX_SUGGESTIONS)
}
