import { dirname } from 'node:path'
import type { Article } from '../../../shared/article-model'
import { ensureDir, nodeFs, writeFileAtomic } from '../store/atomic-write'
import { analyseArticle, type ArticleAnalysis } from './article-analysis'

/** Analyses an article and keeps the analysis in `file`; a cache that cannot be written is recomputed next time. */
export async function analyseToFile(article: Article, file: string): Promise<ArticleAnalysis> {
  const analysis = analyseArticle(article)
  try {
    await ensureDir(dirname(file))
    await writeFileAtomic(nodeFs, file, JSON.stringify(analysis))
  } catch {
    // Deliberately ignored: the user loses nothing, so say nothing.
  }
  return analysis
}
