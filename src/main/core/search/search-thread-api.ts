import { dirname } from 'node:path'
import type { SearchRequest } from '../../../shared/search-model'
import { ensureDir, nodeFs, writeFileAtomic } from '../store/atomic-write'
import { fileLines } from './file-lines'
import { SearchIndex, type IndexedArticle } from './search-index'

/** The calls the search thread answers, on the one index it holds. */
export function searchThreadApi() {
  const index = new SearchIndex()
  return {
    putArticle: (input: Parameters<SearchIndex['putArticle']>[0]) => index.putArticle(input),
    removeArticle: (articleId: string) => index.removeArticle(articleId),
    putClaims: (input: Parameters<SearchIndex['putClaims']>[0]) => index.putClaims(input),
    putClaim: (doc: Parameters<SearchIndex['putClaim']>[0]) => index.putClaim(doc),
    removeClaim: (docId: string) => index.removeClaim(docId),
    search: (request: SearchRequest) => index.search(request),
    candidates: (input: { text: string; limit: number }) =>
      index.candidateArticles(input.text, input.limit),
    /** Reads the saved index; what it holds of each article (nothing when missing, damaged or old). */
    load: async (file: string): Promise<Record<string, IndexedArticle>> => {
      const isLoaded = await index.load(fileLines(file)).catch(() => false)
      return isLoaded ? index.indexed() : {}
    },
    save: async (input: { file: string; fingerprints: Record<string, string> }) => {
      for (const [articleId, claims] of Object.entries(input.fingerprints))
        index.setClaimsFingerprint(articleId, claims)
      await ensureDir(dirname(input.file))
      await writeFileAtomic(nodeFs, input.file, index.savedLines())
    },
  }
}

export type SearchThreadApi = ReturnType<typeof searchThreadApi>
