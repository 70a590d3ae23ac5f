import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, describe, expect, it, vi } from 'vitest'
import {
  readWindowState,
  restorableBounds,
  WindowBoundsKeeper,
  writeWindowState,
  type WindowBounds,
} from './window-state'

const laptop = { x: 0, y: 0, width: 1440, height: 900 }
const monitor = { x: 1440, y: 0, width: 2560, height: 1440 }
const saved = { x: 1600, y: 100, width: 1200, height: 800, isMaximized: false }

describe('restorableBounds', () => {
  it('reopens on a display that is still there', () => {
    expect(restorableBounds(saved, [laptop, monitor])).toEqual(saved)
  })

  it('falls back to the default placement when that display is gone', () => {
    expect(restorableBounds(saved, [laptop])).toBeNull()
  })

  it('ignores a damaged or hand-edited state', () => {
    for (const bad of [
      null,
      'x',
      { ...saved, width: -5 },
      { ...saved, x: '1' },
      { ...saved, height: 1e9 },
    ])
      expect(restorableBounds(bad, [laptop, monitor])).toBeNull()
  })
})

describe('the window state file', () => {
  let dir = ''
  afterEach(() => rm(dir, { recursive: true, force: true }))

  it('round-trips and reads garbage as "no state"', async () => {
    dir = await mkdtemp(join(tmpdir(), 'claimdesk-window-'))
    const path = join(dir, 'window-state.json')
    expect(await readWindowState(path)).toBeNull()
    await writeWindowState(path, saved)
    expect(await readWindowState(path)).toEqual(saved)
    await writeFile(path, '{"x": 1,')
    expect(await readWindowState(path)).toBeNull()
  })
})

describe('WindowBoundsKeeper', () => {
  let dir = ''
  afterEach(() => rm(dir, { recursive: true, force: true }))
  const boundsAt = (x: number): WindowBounds => ({ ...saved, x })

  it('writes the last bounds when the app quits and waits until they are on disk', async () => {
    dir = await mkdtemp(join(tmpdir(), 'claimdesk-window-'))
    const path = join(dir, 'window-state.json')
    const keeper = new WindowBoundsKeeper(() => path, vi.fn())
    keeper.save(boundsAt(10))
    keeper.save(boundsAt(20))
    await keeper.finish(boundsAt(30))
    expect(await readWindowState(path)).toEqual(boundsAt(30))
  })

  it('waits for a write still running when the app quits without a window (closed first)', async () => {
    dir = await mkdtemp(join(tmpdir(), 'claimdesk-window-'))
    const path = join(dir, 'window-state.json')
    let release!: () => void
    const slowWrite = async (target: string, bounds: WindowBounds) => {
      await new Promise<void>((resolve) => (release = resolve))
      await writeWindowState(target, bounds)
    }
    const keeper = new WindowBoundsKeeper(() => path, vi.fn(), slowWrite)
    keeper.save(boundsAt(40))
    let finished = false
    const finishing = keeper.finish(null).then(() => (finished = true))
    await new Promise((resolve) => setTimeout(resolve, 20))
    expect(finished).toBe(false)
    release()
    await finishing
    expect(await readWindowState(path)).toEqual(boundsAt(40))
  })

  it('writes nothing after the quit, so a window closing later starts no write', async () => {
    const write = vi.fn(async () => undefined)
    const keeper = new WindowBoundsKeeper(() => '/unused', vi.fn(), write)
    await keeper.finish(boundsAt(1))
    keeper.save(boundsAt(2))
    expect(write.mock.calls).toEqual([['/unused', boundsAt(1)]])
  })

  it('reports a failed write and still finishes', async () => {
    const onError = vi.fn()
    const failure = new Error('read-only disk')
    const keeper = new WindowBoundsKeeper(
      () => '/x',
      onError,
      async () => Promise.reject(failure),
    )
    await keeper.finish(boundsAt(5))
    expect(onError).toHaveBeenCalledWith(failure)
  })
})
