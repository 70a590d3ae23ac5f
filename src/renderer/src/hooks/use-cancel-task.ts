import { useCallback } from 'react'
import { call } from '../api/client'

/** Stops a piece of background work; it reports itself cancelled through its progress. */
export function useCancelTask(): (taskId: string) => Promise<boolean> {
  return useCallback(
    async (taskId: string) => (await call('tasks.cancel', { taskId })).cancelled,
    [],
  )
}
