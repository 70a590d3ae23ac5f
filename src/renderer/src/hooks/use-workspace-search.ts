import { useQueryClient } from '@tanstack/react-query'
import { useEffect, useState } from 'react'
import type { SearchResults } from '../../../shared/search-model'
import { callKey } from '../data/stale-reads'
import { useCallQuery, type CallState } from '../data/use-call-query'

/** A query is sent once typing pauses this long. */
const TYPING_PAUSE_MS = 150
const SHOWN_HITS = 50
/** While the index is still catching up, the matches are asked for again this often. */
const WHILE_INDEXING_MS = 1_000

/**
 * The workspace's matches for what is typed; null before anything is. Matches found while the
 * index is still being brought up to date are asked for again until it is, so what the box shows
 * follows the index without waiting for another change.
 */
export function useWorkspaceSearch(typed: string): CallState<SearchResults> | null {
  const [query, setQuery] = useState(typed.trim())
  const client = useQueryClient()
  useEffect(() => {
    const timer = window.setTimeout(() => setQuery(typed.trim()), TYPING_PAUSE_MS)
    return () => window.clearTimeout(timer)
  }, [typed])
  const input = query ? { query: query.slice(0, 500), limit: SHOWN_HITS } : null
  const state = useCallQuery('search.query', input)
  const isIndexing = state.status === 'ready' && state.value.isIndexing
  useEffect(() => {
    if (!isIndexing || !query) return
    const timer = window.setTimeout(() => {
      const key = callKey('search.query', { query: query.slice(0, 500), limit: SHOWN_HITS })
      void client.invalidateQueries({ queryKey: key })
    }, WHILE_INDEXING_MS)
    return () => window.clearTimeout(timer)
  }, [isIndexing, query, state, client])
  return input ? state : null
}
