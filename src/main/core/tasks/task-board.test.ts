import { describe, expect, it } from 'vitest'
import type { TaskProgress } from '../../../shared/change-events'
import { TaskBoard } from './task-board'

const states = (events: TaskProgress[]) => events.map(({ state, done }) => `${state}:${done}`)

describe('background tasks', () => {
  it('report their start and their end, with how much was done', async () => {
    const events: TaskProgress[] = []
    const board = new TaskBoard((progress) => events.push(progress))
    const value = await board.run('Counting', 3, async (task) => {
      for (let done = 1; done <= 3; done++) task.advance(done)
      return 'counted'
    })
    expect(value).toBe('counted')
    expect(states(events)).toEqual(['running:0', 'done:3'])
    expect(events[1]).toMatchObject({ label: 'Counting', total: 3 })
  })

  it('stop when cancelled by id, and say so; an unknown or finished task is not cancelled', async () => {
    const events: TaskProgress[] = []
    const board = new TaskBoard((progress) => events.push(progress))
    const running = board.run('Waiting', null, (task) => {
      return new Promise((_, reject) =>
        task.signal.addEventListener('abort', () => reject(new Error('stopped'))),
      )
    })
    const taskId = events[0]?.taskId as string
    expect(board.cancel(taskId)).toBe(true)
    await expect(running).rejects.toMatchObject({ code: 'cancelled' })
    expect(states(events)).toEqual(['running:0', 'cancelled:0'])
    expect(events.at(-1)?.message).toBeUndefined()
    expect(board.cancel(taskId)).toBe(false)
    expect(board.cancel('no-such-task')).toBe(false)
  })

  it('report a failure with its message', async () => {
    const events: TaskProgress[] = []
    const board = new TaskBoard((progress) => events.push(progress))
    await expect(
      board.run('Reading', 1, async () => {
        throw new Error('The file is damaged.')
      }),
    ).rejects.toThrow('The file is damaged.')
    expect(events.at(-1)).toMatchObject({ state: 'failed', message: 'The file is damaged.' })
  })
})
