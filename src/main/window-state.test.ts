import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { readWindowState, restorableBounds, writeWindowState } from './window-state'

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
