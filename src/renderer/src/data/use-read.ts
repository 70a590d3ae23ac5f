import { useQueryClient } from '@tanstack/react-query'
import { useCallback } from 'react'
import type { Claim } from '../../../shared/claim-model'
import { call } from '../api/client'
import { callKey } from './stale-reads'

/** An article's claims when an action needs them: from the cache if there, else asked for (and kept). */
export function useClaimsOf(): (articleId: string) => Promise<Claim[]> {
  const client = useQueryClient()
  return useCallback(
    (articleId: string) =>
      client.fetchQuery({
        queryKey: callKey('claims.list', { articleId }),
        queryFn: () => call('claims.list', { articleId }),
      }),
    [client],
  )
}
