import { QueryClient } from '@tanstack/react-query'

/**
 * Reads stay fresh until a change event says otherwise, so nothing is fetched again on a timer,
 * on focus or on reconnect: the main side pushes every change.
 */
export const createQueryClient = () =>
  new QueryClient({
    defaultOptions: {
      queries: {
        staleTime: Infinity,
        gcTime: 5 * 60_000,
        retry: false,
        refetchOnWindowFocus: false,
        refetchOnReconnect: false,
      },
    },
  })
