import type { Counterpart } from '../../../shared/compare-model'
import type { ArticleAnalysis } from './article-analysis'
import { matchPassages, type PassageFeatures } from './passage-match'
import { passageOf } from './passages'
import { wordDiff } from './similarity'

/** Enough to compare side by side without burying the best under near-misses. */
const MAX_PER_ARTICLE = 2
const MAX_COUNTERPARTS = 12

/** The passages of other articles that report what `probe` (a claim's passage) reports, best first. */
export function findCounterparts(
  probe: { articleId: string; text: string; features: PassageFeatures },
  analyses: readonly ArticleAnalysis[],
): Counterpart[] {
  const found = analyses
    .filter((analysis) => analysis.articleId !== probe.articleId)
    .flatMap((analysis) =>
      analysis.sentences
        .flatMap((sentence) => {
          const match = matchPassages(probe.features, sentence)
          return match ? [{ analysis, sentence, match }] : []
        })
        .sort((a, b) => b.match.score - a.match.score)
        .slice(0, MAX_PER_ARTICLE),
    )
  return found
    .sort((a, b) => b.match.score - a.match.score)
    .slice(0, MAX_COUNTERPARTS)
    .map(({ analysis, sentence, match }) => {
      const passage = passageOf(analysis, sentence)
      return {
        passage,
        score: match.score,
        reasons: match.reasons,
        diff: wordDiff(probe.text, passage.text),
      }
    })
}
