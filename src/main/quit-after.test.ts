import { describe, expect, it, vi } from 'vitest'
import { quitAfter } from './quit-after'

const quitEvent = () => ({ preventDefault: vi.fn() })

describe('quitAfter', () => {
  it('holds the first quit until the work is done, then quits once for real', async () => {
    let done!: () => void
    const finish = vi.fn(() => new Promise<void>((resolve) => (done = resolve)))
    const quit = vi.fn()
    const beforeQuit = quitAfter(finish, quit, vi.fn())

    const first = quitEvent()
    beforeQuit(first)
    const meanwhile = quitEvent()
    beforeQuit(meanwhile)
    expect(first.preventDefault).toHaveBeenCalled()
    expect(meanwhile.preventDefault).toHaveBeenCalled()
    expect(finish).toHaveBeenCalledOnce()
    expect(quit).not.toHaveBeenCalled()

    done()
    await vi.waitFor(() => expect(quit).toHaveBeenCalledOnce())
    const last = quitEvent()
    beforeQuit(last)
    expect(last.preventDefault).not.toHaveBeenCalled()
    expect(finish).toHaveBeenCalledOnce()
  })

  it('reports a failure and still quits', async () => {
    const quit = vi.fn()
    const onError = vi.fn()
    const failure = new Error('disk full')
    quitAfter(() => Promise.reject(failure), quit, onError)(quitEvent())
    await vi.waitFor(() => expect(quit).toHaveBeenCalledOnce())
    expect(onError).toHaveBeenCalledWith(failure)
  })
})
