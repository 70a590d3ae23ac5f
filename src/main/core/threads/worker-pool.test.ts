import { mkdtemp, rm } from 'node:fs/promises'
import { availableParallelism, tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { Worker } from 'node:worker_threads'
import { once } from 'node:events'
import { afterAll, afterEach, beforeAll, expect, it } from 'vitest'
import type { TaskProgress } from '../../../shared/change-events'
import { TaskBoard } from '../tasks/task-board'
import { bundleFixture } from '../testing/bundle-fixture'
import type { FixtureJobs } from './worker-pool.fixture'
import { poolSize, WorkerPool } from './worker-pool'

let workDir: string
let script: string
let pool: WorkerPool<FixtureJobs> | null = null

const inlineJobs = async () => (await import('./worker-pool.fixture')).FIXTURE_JOBS
const threadPool = (size?: number) => {
  pool = WorkerPool.of<FixtureJobs>(script, 'fixture', inlineJobs, size)
  return pool
}

beforeAll(async () => {
  workDir = await mkdtemp(join(tmpdir(), 'claimdesk-pool-'))
  const fixture = fileURLToPath(new URL('./worker-pool.fixture.ts', import.meta.url))
  script = await bundleFixture(fixture, workDir, 'pool-fixture.mjs')
}, 60_000)

afterEach(async () => {
  await pool?.close()
  pool = null
})

afterAll(async () => {
  await rm(workDir, { recursive: true, force: true })
})

it('runs a job on a worker thread, not on this one', async () => {
  const ranOn = await threadPool(1).run('whichThread', { ms: 0 })
  expect(ranOn).toBeGreaterThan(0)
})

it('starts its threads as work comes, not when it is made', async () => {
  const running = threadPool(2)
  const madeSince = new Worker('', { eval: true })
  await once(madeSince, 'exit')
  expect(await running.run('whichThread', { ms: 0 })).toBeGreaterThan(madeSince.threadId)
})

it('has one thread per core, at most four, and spreads jobs over all of them', async () => {
  expect(poolSize()).toBe(Math.max(1, Math.min(4, availableParallelism())))
  const running = threadPool()
  const jobs = Array.from({ length: poolSize() * 3 }, () => running.run('whichThread', { ms: 100 }))
  const threads = new Set(await Promise.all(jobs))
  expect(threads.size).toBe(poolSize())
})

it('reports progress on the task board as the jobs of a piece of work finish', async () => {
  const events: TaskProgress[] = []
  const board = new TaskBoard((progress) => events.push(progress))
  const running = threadPool(2)
  await board.run('Analysing', 6, async (task) => {
    for (let done = 1; done <= 6; done++) {
      await running.run('whichThread', { ms: 60 }, { signal: task.signal })
      task.advance(done)
    }
  })
  const states = events.map((event) => event.state)
  expect(states[0]).toBe('running')
  expect(states.at(-1)).toBe('done')
  const midway = events.filter((event) => event.state === 'running' && event.done > 0)
  expect(midway.length).toBeGreaterThan(0)
  // The last job's report may still say "running" (the work is done, the task not yet ended).
  expect(midway.every((event) => event.total === 6 && event.done <= 6)).toBe(true)
})

it('stops a running job when it is cancelled, and the pool goes on with a fresh thread', async () => {
  const running = threadPool(1)
  const controller = new AbortController()
  const started = Date.now()
  const spinning = running.run('spin', { ms: 20_000 }, { signal: controller.signal })
  setTimeout(() => controller.abort(), 100)
  await expect(spinning).rejects.toThrow('The work was cancelled.')
  expect(Date.now() - started).toBeLessThan(5_000)
  await expect(running.run('whichThread', { ms: 0 })).resolves.toBeGreaterThan(0)
})

it('drops a queued job that is cancelled before it starts', async () => {
  const running = threadPool(1)
  const controller = new AbortController()
  const first = running.run('whichThread', { ms: 200 })
  const queued = running.run('spin', { ms: 20_000 }, { signal: controller.signal })
  controller.abort()
  await expect(queued).rejects.toThrow('The work was cancelled.')
  await expect(first).resolves.toBeGreaterThan(0)
})

it('rejects a job that throws with its message, and keeps serving', async () => {
  const running = threadPool(1)
  await expect(running.run('fail', { message: 'The file is not an article.' })).rejects.toThrow(
    'The file is not an article.',
  )
  await expect(running.run('whichThread', { ms: 0 })).resolves.toBeGreaterThan(0)
})
