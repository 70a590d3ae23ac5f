import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { afterNextPaint } from './after-next-paint'

describe('afterNextPaint', () => {
  let frames: Array<() => void>
  beforeEach(() => {
    frames = []
    vi.useFakeTimers()
    vi.stubGlobal('requestAnimationFrame', (callback: () => void) => frames.push(callback))
  })
  afterEach(() => {
    vi.useRealTimers()
    vi.unstubAllGlobals()
  })

  it('runs the work in a task after the next frame, not in the frame itself', async () => {
    const work = vi.fn(() => 'done')
    const result = afterNextPaint(work)
    expect(work).not.toHaveBeenCalled()
    frames.shift()?.()
    expect(work).not.toHaveBeenCalled()
    await vi.advanceTimersByTimeAsync(0)
    expect(work).toHaveBeenCalledTimes(1)
    await expect(result).resolves.toBe('done')
    await vi.advanceTimersByTimeAsync(200)
    expect(work).toHaveBeenCalledTimes(1)
  })

  it('runs the work once without a frame when the window paints none, as a hidden one does', async () => {
    const work = vi.fn()
    const result = afterNextPaint(work)
    await vi.advanceTimersByTimeAsync(99)
    expect(work).not.toHaveBeenCalled()
    await vi.advanceTimersByTimeAsync(1)
    expect(work).toHaveBeenCalledTimes(1)
    frames.shift()?.()
    await vi.advanceTimersByTimeAsync(0)
    expect(work).toHaveBeenCalledTimes(1)
    await result
  })

  it('passes on a failure of the work', async () => {
    const result = afterNextPaint(() => {
      throw new Error('no')
    })
    const settled = expect(result).rejects.toThrow('no')
    await vi.advanceTimersByTimeAsync(100)
    await settled
  })
})
