import { describe, expect, it } from 'vitest'
import { BackgroundStart } from './background-start'

const settled = async (promise: Promise<void>) => {
  let isSettled = false
  void promise.then(() => (isSettled = true))
  await new Promise((resolve) => setImmediate(resolve))
  return isSettled
}

describe('BackgroundStart', () => {
  it('waits until told to start', async () => {
    const start = new BackgroundStart(60_000)
    expect(await settled(start.started)).toBe(false)
    start.now()
    expect(await settled(start.started)).toBe(true)
  })

  it('starts by itself once nobody has told it to within the wait', async () => {
    const start = new BackgroundStart(5)
    await start.started
    start.now()
    expect(await settled(start.started)).toBe(true)
  })
})
