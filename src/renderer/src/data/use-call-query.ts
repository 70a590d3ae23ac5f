import { useQuery } from '@tanstack/react-query'
import type { CallName, In, Out } from '../../../shared/contract'
import { call } from '../api/client'
import { callKey } from './stale-reads'

export type CallState<T> =
  { status: 'loading' } | { status: 'ready'; value: T } | { status: 'failed'; message: string }

/**
 * A read through the one cache: the same call with the same input is fetched once, kept, and
 * fetched again only when a change makes it stale. A `null` input means "nothing to load yet".
 */
export function useCallQuery<N extends CallName>(name: N, input: In<N> | null): CallState<Out<N>> {
  const query = useQuery({
    queryKey: callKey(name, input ?? ({} as In<N>)),
    queryFn: () => call(name, input as In<N>),
    enabled: input !== null,
  })
  if (query.isSuccess) return { status: 'ready', value: query.data }
  if (query.isError) return { status: 'failed', message: query.error.message }
  return { status: 'loading' }
}
