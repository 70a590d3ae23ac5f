import { describe, expect, it } from 'vitest'
import { handlersWhenReady } from './handlers-when-ready'
import { openTempDesk } from './testing/temp-desk'

describe('handlersWhenReady', () => {
  it('answers a call made before the desk has opened, once it has', async () => {
    const opening = openTempDesk()
    const handlers = handlersWhenReady(opening.then((desk) => desk.handlers))
    const listed = handlers['articles.list']({})
    const desk = await opening
    try {
      expect((await listed).length).toBeGreaterThan(0)
      expect(await listed).toEqual(await desk.handlers['articles.list']({}))
    } finally {
      await desk.dispose()
    }
  })

  it('fails every call with the reason the desk could not open', async () => {
    const handlers = handlersWhenReady(Promise.reject(new Error('the data folder is unreadable')))
    await expect(handlers['articles.list']({})).rejects.toThrow('the data folder is unreadable')
  })
})
