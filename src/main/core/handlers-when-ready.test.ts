import { describe, expect, it } from 'vitest'
import { handlersWhenReady } from './handlers-when-ready'
import { openTempWorkspace } from './testing/temp-workspace'

describe('handlersWhenReady', () => {
  it('answers a call made before the app has opened, once it has', async () => {
    const opening = openTempWorkspace()
    const handlers = handlersWhenReady(opening.then((app) => app.handlers))
    const listed = handlers['articles.list']({})
    const app = await opening
    try {
      expect((await listed).length).toBeGreaterThan(0)
      expect(await listed).toEqual(await app.handlers['articles.list']({}))
    } finally {
      await app.dispose()
    }
  })

  it('passes on who is calling, so each caller keeps its own undo history', async () => {
    const app = await openTempWorkspace()
    try {
      const handlers = handlersWhenReady(Promise.resolve(app.handlers))
      const [article] = await handlers['articles.list']({})
      await handlers['claims.create'](
        { articleId: article!.id, start: 0, end: 5 },
        { clientId: 'tab-a' },
      )
      expect(await handlers['undo.state']({}, { clientId: 'tab-a' })).toEqual({
        undoLabel: 'Mark claim',
        redoLabel: null,
      })
      expect(await handlers['undo.state']({}, { clientId: 'tab-b' })).toMatchObject({
        undoLabel: null,
      })
    } finally {
      await app.dispose()
    }
  })

  it('fails every call with the reason the app could not open', async () => {
    const handlers = handlersWhenReady(Promise.reject(new Error('the data folder is unreadable')))
    await expect(handlers['articles.list']({})).rejects.toThrow('the data folder is unreadable')
  })
})
