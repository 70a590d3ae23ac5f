import { describe, expect, it } from 'vitest'
import { CHANGE_CHANNEL } from '../shared/bridge'
import { ChangeFeed } from './core/events/change-feed'
import { forwardChanges } from './ipc'

const fakeWindow = (id: number, isDestroyed = false) => {
  const sent: [string, unknown][] = []
  return {
    id,
    isDestroyed: () => isDestroyed,
    send: (...args: [string, unknown]) => sent.push(args),
    sent,
  }
}

describe('forwardChanges', () => {
  it('sends each change to every open window, marked as its own only in the window that made it', () => {
    const feed = new ChangeFeed()
    const mine = fakeWindow(3)
    const other = fakeWindow(4)
    const closing = fakeWindow(5, true)
    const stop = forwardChanges(feed, () => [mine, other, closing])
    feed.publish([{ kind: 'claims', articleId: 'a1' }], 'window-3')
    expect(mine.sent).toEqual([
      [
        CHANGE_CHANNEL,
        { id: expect.any(String), event: { kind: 'claims', articleId: 'a1' }, isOwn: true },
      ],
    ])
    expect(other.sent).toEqual([[CHANGE_CHANNEL, expect.objectContaining({ isOwn: false })]])
    expect(closing.sent).toEqual([])
    stop()
    feed.publish([{ kind: 'vocabulary' }], null)
    expect(mine.sent).toHaveLength(1)
  })
})
