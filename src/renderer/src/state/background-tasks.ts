import { useQuery, type QueryClient } from '@tanstack/react-query'
import type { TaskProgress } from '../../../shared/change-events'

/** Kept in the one cache beside the reads; another workspace opening clears it. */
const TASKS_KEY = ['background-tasks'] as const

/** A finished task stays shown this long, so its end is seen; a failed or cancelled one until dismissed. */
const DONE_SHOWN_MS = 4000

type Tasks = Record<string, TaskProgress>

/** Takes a task's latest progress, as every window hears it. */
export function showTaskProgress(client: QueryClient, progress: TaskProgress): void {
  client.setQueryData<Tasks>(TASKS_KEY, (tasks = {}) => ({ ...tasks, [progress.taskId]: progress }))
  if (progress.state === 'done')
    window.setTimeout(() => dismissTask(client, progress.taskId), DONE_SHOWN_MS)
}

export function dismissTask(client: QueryClient, taskId: string): void {
  client.setQueryData<Tasks>(TASKS_KEY, (tasks = {}) =>
    Object.fromEntries(Object.entries(tasks).filter(([id]) => id !== taskId)),
  )
}

export const useBackgroundTasks = (): TaskProgress[] =>
  Object.values(
    useQuery<Tasks>({
      queryKey: TASKS_KEY,
      queryFn: () => ({}),
      initialData: {},
      staleTime: Infinity,
    }).data,
  )
