import { useQueryClient } from '@tanstack/react-query'
import type { TaskProgress } from '../../../shared/change-events'
import { useCancelTask } from '../hooks/use-cancel-task'
import { dismissTask, useBackgroundTasks } from '../state/background-tasks'

const STATE_LABELS: Record<TaskProgress['state'], string> = {
  running: 'running',
  done: 'done',
  failed: 'failed',
  cancelled: 'cancelled',
}

/** Background work (imports, analysis, large reports): how far each has got, and a way to stop it. */
export function TaskProgressBar() {
  const tasks = useBackgroundTasks()
  if (tasks.length === 0) return null
  return (
    <section className="task-progress" aria-label="Background work">
      {tasks.map((task) => (
        <TaskRow key={task.taskId} task={task} />
      ))}
    </section>
  )
}

function TaskRow({ task }: { task: TaskProgress }) {
  const client = useQueryClient()
  const cancel = useCancelTask()
  const isRunning = task.state === 'running'
  const count = task.total === null ? `${task.done}` : `${task.done} of ${task.total}`
  return (
    <div className={`task-row task-${task.state}`}>
      <span className="task-label" role="status">
        {task.label}: {isRunning ? count : STATE_LABELS[task.state]}
        {task.message && !isRunning ? ` (${task.message})` : ''}
      </span>
      <progress
        aria-label={task.label}
        max={task.total ?? undefined}
        value={task.total === null && isRunning ? undefined : task.done}
      />
      {isRunning ? (
        <button
          type="button"
          aria-label={`Cancel ${task.label}`}
          onClick={() => void cancel(task.taskId)}
        >
          Cancel
        </button>
      ) : (
        <button
          type="button"
          aria-label={`Dismiss ${task.label}`}
          onClick={() => dismissTask(client, task.taskId)}
        >
          Dismiss
        </button>
      )}
    </div>
  )
}
