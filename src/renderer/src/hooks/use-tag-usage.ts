import { useCallback } from 'react'
import { call } from '../api/client'

/** How many claims carry a tag, asked right before a delete or merge so the question is current. */
export function useTagUsage(): (tagId: string) => Promise<number> {
  return useCallback(async (tagId: string) => (await call('tags.usage', { tagId })).claimCount, [])
}
