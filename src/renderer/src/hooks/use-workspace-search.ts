import { useEffect, useState } from 'react'
import type { SearchResults } from '../../../shared/search-model'
import { useCallQuery, type CallState } from '../data/use-call-query'

/** A query is sent once typing pauses this long. */
const TYPING_PAUSE_MS = 150
const SHOWN_HITS = 50

/** The workspace's matches for what is typed; null before anything is. */
export function useWorkspaceSearch(typed: string): CallState<SearchResults> | null {
  const [query, setQuery] = useState(typed.trim())
  useEffect(() => {
    const timer = window.setTimeout(() => setQuery(typed.trim()), TYPING_PAUSE_MS)
    return () => window.clearTimeout(timer)
  }, [typed])
  const input = query ? { query: query.slice(0, 500), limit: SHOWN_HITS } : null
  const state = useCallQuery('search.query', input)
  return input ? state : null
}
