import { readFile } from 'node:fs/promises'
import type { ArticleAnalysis } from './article-analysis'

/** Reads a kept analysis back; apart from analysing, so reading never loads compromise. */
export const readAnalysisFile = async (file: string): Promise<ArticleAnalysis> =>
  JSON.parse(await readFile(file, 'utf8')) as ArticleAnalysis
